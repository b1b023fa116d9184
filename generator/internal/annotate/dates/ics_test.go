package dates

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dossier/dossier/generator/internal/doc"
)

// icsReference is WriteICS as first written, with a strings.Replacer and fmt:
// the rewrite must write the same bytes. It has one fix: a line of 75
// bytes none of which starts a rune (invalid UTF-8, which the loader never
// lets through) made it loop forever.
func icsReference(events []doc.EventEntry, name string) []byte {
	var b bytes.Buffer
	line := func(s string) {
		limit := 75
		for len(s) > limit {
			cut := limit
			for cut > 0 && !utf8.RuneStart(s[cut]) {
				cut--
			}
			if cut == 0 { // (as first written, this looped forever)
				cut = limit
			}
			b.WriteString(s[:cut])
			b.WriteString("\r\n ")
			s = s[cut:]
			limit = 74
		}
		b.WriteString(s)
		b.WriteString("\r\n")
	}
	esc := strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\r\n", `\n`, "\n", `\n`, "\r", `\n`).Replace
	description := func(e doc.EventEntry) string {
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
	line("BEGIN:VCALENDAR")
	line("VERSION:2.0")
	line("PRODID:-//Dossier//dossier generator//EN")
	line("CALSCALE:GREGORIAN")
	line("METHOD:PUBLISH")
	line("X-WR-CALNAME:" + esc(name))
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
		line("SUMMARY:" + esc(e.Summary))
		line("DESCRIPTION:" + esc(description(e)))
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

// FuzzICSMatchesReference checks that WriteICS writes what icsReference does,
// for any text in an event's fields.
func FuzzICSMatchesReference(f *testing.F) {
	f.Add("Ada Lund met the mayor; housing, \"rent\" and\r\nmore", "Tuesday", "ada-lund", "date", "2016-12-13 or 2016-12-14", "2016-12", true)
	f.Add("a\\b", "late\r", "x\ny", "", "é"+strings.Repeat("ü", 40), "2016", false)
	f.Add(strings.Repeat("€", 30), "\x80\xff", "", "place", "\r", "2017-01-02", false)
	f.Fuzz(func(t *testing.T, summary, text, person, field, note, date string, planned bool) {
		p := doc.Day
		switch len(date) {
		case 4:
			p = doc.Year
		case 7:
			p = doc.Month
		}
		e := doc.EventEntry{ID: "e1", Date: date, Precision: p, Summary: summary, Planned: planned,
			People:  []string{person, person + "2"},
			Reports: []doc.ReportEntry{{Source: "s1", Line: 7, Text: text, Summary: summary}, {Source: "s2", Line: 1, Text: note, Summary: text}}}
		if field != "" {
			e.Conflicts = []doc.Conflict{{Field: field, Note: note}}
		}
		events := []doc.EventEntry{e, {ID: "e2", Date: "2016-12-13", Precision: doc.Day, Summary: note}}
		var got bytes.Buffer
		if err := WriteICS(&got, events, summary); err != nil {
			t.Fatal(err)
		}
		want := icsReference(events, summary)
		if !bytes.Equal(got.Bytes(), want) {
			t.Errorf("WriteICS differs from the reference:\n got %q\nwant %q", got.Bytes(), want)
		}
	})
}

// TestWriteICSFlushes checks a file long enough to be written in several
// pieces against the reference.
func TestWriteICSFlushes(t *testing.T) {
	var events []doc.EventEntry
	for i := range 3000 {
		events = append(events, doc.EventEntry{ID: fmt.Sprint("e", i), Date: "2016-12-13", Precision: doc.Day,
			Summary: strings.Repeat("word, ", i%40), People: []string{"ada-lund"},
			Reports: []doc.ReportEntry{{Source: "s", Line: i, Text: "on Tuesday", Summary: "said; so"}}})
	}
	var got bytes.Buffer
	if err := WriteICS(&got, events, "big"); err != nil {
		t.Fatal(err)
	}
	if want := icsReference(events, "big"); got.Len() < 1<<20 || !bytes.Equal(got.Bytes(), want) {
		t.Errorf("WriteICS of %d bytes differs from the reference of %d", got.Len(), len(want))
	}
}

// TestWriteICSInvalidUTF8 checks that a value with no rune start in a
// whole line (invalid UTF-8) is still folded, not looped over forever.
func TestWriteICSInvalidUTF8(t *testing.T) {
	events := []doc.EventEntry{{ID: "e", Date: "2021-03-09", Precision: doc.Day, Summary: strings.Repeat("\xa8", 300)}}
	var b bytes.Buffer
	if err := WriteICS(&b, events, "x"); err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(strings.TrimSuffix(b.String(), "\r\n"), "\r\n") {
		if len(l) > 75 {
			t.Errorf("line of %d octets", len(l))
		}
	}
}
