package emit

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dossier/dossier/generator/internal/annotate/dates"
	"github.com/dossier/dossier/generator/internal/doc"
)

// icsReference is writeICS as first written, with a strings.Replacer and fmt:
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
		first, after, ok := dates.Period(e.Date, e.Precision)
		if !ok || e.Precision == doc.Decade {
			continue
		}
		start, end := first.Format("20060102"), after.Format("20060102")
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

// FuzzICSMatchesReference checks that writeICS writes what icsReference does,
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
		if err := writeICS(&got, events, summary); err != nil {
			t.Fatal(err)
		}
		want := icsReference(events, summary)
		if !bytes.Equal(got.Bytes(), want) {
			t.Errorf("writeICS differs from the reference:\n got %q\nwant %q", got.Bytes(), want)
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
	if err := writeICS(&got, events, "big"); err != nil {
		t.Fatal(err)
	}
	if want := icsReference(events, "big"); got.Len() < 1<<20 || !bytes.Equal(got.Bytes(), want) {
		t.Errorf("writeICS of %d bytes differs from the reference of %d", got.Len(), len(want))
	}
}

// TestWriteICSInvalidUTF8 checks that a value with no rune start in a
// whole line (invalid UTF-8) is still folded, not looped over forever.
func TestWriteICSInvalidUTF8(t *testing.T) {
	events := []doc.EventEntry{{ID: "e", Date: "2021-03-09", Precision: doc.Day, Summary: strings.Repeat("\xa8", 300)}}
	var b bytes.Buffer
	if err := writeICS(&b, events, "x"); err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(strings.TrimSuffix(b.String(), "\r\n"), "\r\n") {
		if len(l) > 75 {
			t.Errorf("line of %d octets", len(l))
		}
	}
}

// TestICS checks the calendar of a few events: its lines, folding, escaping
// and periods, and that a decade is left out.
func TestICS(t *testing.T) {
	events := []doc.EventEntry{
		{ID: "2016-12-13-ada-lund-meeting", Date: "2016-12-13", Precision: doc.Day,
			Summary: "Ada Lund met the mayor; they discussed life, housing and a very long list of other matters that will need folding",
			People:  []string{"ada-lund"}, Reports: []doc.ReportEntry{{Source: "x", Line: 3, Text: "Tuesday", Date: "2016-12-13", Summary: "Ada Lund met the mayor"}}},
		{ID: "2017-01-inauguration", Date: "2017-01", Precision: doc.Month, Summary: "Inauguration", Planned: true},
		{ID: "1990-decade", Date: "1990", Precision: doc.Decade, Summary: "the 1990s"},
	}
	ics := func() string {
		var b strings.Builder
		if err := writeICS(&b, events, "Dossier timeline"); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	out := ics()
	if out != ics() {
		t.Fatal("not deterministic")
	}
	for _, l := range strings.Split(strings.TrimSuffix(out, "\r\n"), "\r\n") {
		if len(l) > 75 {
			t.Errorf("line over 75 octets: %q", l)
		}
		if strings.Contains(l, "\n") {
			t.Errorf("bare LF in %q", l)
		}
	}
	unfolded := strings.ReplaceAll(out, "\r\n ", "")
	for _, want := range []string{
		"BEGIN:VCALENDAR\r\n", "VERSION:2.0\r\n", "X-WR-CALNAME:Dossier timeline\r\n",
		"UID:2016-12-13-ada-lund-meeting@dossier\r\n", "DTSTAMP:20161213T000000Z\r\n",
		"DTSTART;VALUE=DATE:20161213\r\n", "DTEND;VALUE=DATE:20161214\r\n",
		`SUMMARY:Ada Lund met the mayor\; they discussed life\, housing and a very long list of other matters that will need folding` + "\r\n",
		"DTSTART;VALUE=DATE:20170101\r\n", "DTEND;VALUE=DATE:20170201\r\n", "STATUS:TENTATIVE\r\n",
		"END:VCALENDAR\r\n",
	} {
		if !strings.Contains(unfolded, want) {
			t.Errorf("missing %q in\n%s", want, out)
		}
	}
	if strings.Contains(out, "1990-decade") {
		t.Error("a decade became a calendar event")
	}
}
