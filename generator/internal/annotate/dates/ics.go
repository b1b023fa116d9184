package dates

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/dossier/dossier/generator/internal/doc"
)

// ICS publishes a timeline as an iCalendar file (RFC 5545) named name.
// Every event becomes an all-day VEVENT: one day for day precision, the
// whole month or year otherwise (the description says which); decades are
// left out. The output is deterministic: DTSTAMP is the event's own date,
// lines end in CRLF and are folded at 75 octets, and text is escaped.
func ICS(events []doc.EventEntry, name string) []byte {
	var b bytes.Buffer
	line := func(s string) { writeFolded(&b, s) }
	line("BEGIN:VCALENDAR")
	line("VERSION:2.0")
	line("PRODID:-//Dossier//dossier generator//EN")
	line("CALSCALE:GREGORIAN")
	line("METHOD:PUBLISH")
	line("X-WR-CALNAME:" + escapeText(name))
	for _, e := range events {
		v, ok := parseVal(e.Date, e.Precision)
		if !ok || e.Precision == doc.Decade {
			continue
		}
		start, end := v.date().Format("20060102"), v.end().Format("20060102")
		line("BEGIN:VEVENT")
		line("UID:" + e.ID + "@dossier")
		line("DTSTAMP:" + start + "T000000Z")
		line("DTSTART;VALUE=DATE:" + start)
		line("DTEND;VALUE=DATE:" + end)
		line("SUMMARY:" + escapeText(e.Summary))
		line("DESCRIPTION:" + escapeText(description(e)))
		if e.Planned {
			line("STATUS:TENTATIVE")
		} else {
			line("STATUS:CONFIRMED")
		}
		line("TRANSP:TRANSPARENT")
		line("END:VEVENT")
	}
	line("END:VCALENDAR")
	return b.Bytes()
}

// description lists what an event's calendar entry says about it.
func description(e doc.EventEntry) string {
	var parts []string
	if e.Precision != doc.Day {
		parts = append(parts, fmt.Sprintf("Date known to the %s: %s.", e.Precision, e.Date))
	}
	if e.Planned {
		parts = append(parts, "Planned at the time of the reports.")
	}
	if len(e.People) > 0 {
		parts = append(parts, "People: "+strings.Join(e.People, ", ")+".")
	}
	for _, c := range e.Conflicts {
		parts = append(parts, "Conflict over the "+c.Field+": "+c.Note+".")
	}
	for _, r := range e.Reports {
		parts = append(parts, fmt.Sprintf("%s line %d (%q): %s", r.Source, r.Line, r.Text, r.Summary))
	}
	return strings.Join(parts, "\n")
}

// escapeText escapes a TEXT value: backslash, semicolon, comma, newline.
func escapeText(s string) string {
	r := strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\r\n", `\n`, "\n", `\n`, "\r", `\n`)
	return r.Replace(s)
}

// writeFolded writes one content line, folded so that no line exceeds 75
// octets (continuations start with a space), never splitting a UTF-8 rune.
func writeFolded(b *bytes.Buffer, s string) {
	limit := 75
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		b.WriteString(s[:cut])
		b.WriteString("\r\n ")
		s = s[cut:]
		limit = 74 // the leading space counts
	}
	b.WriteString(s)
	b.WriteString("\r\n")
}
