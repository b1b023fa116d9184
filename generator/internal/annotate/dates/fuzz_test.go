package dates_test

import (
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dossier/dossier/generator/internal/annotate"
	"github.com/dossier/dossier/generator/internal/annotate/people"
	"github.com/dossier/dossier/generator/internal/doc"
)

var dateValue = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// FuzzFind runs the whole annotation of one source (people, quotes, then
// dates, as the pipeline does) on any text and checks the dates and
// reports: no panic, linear time, spans inside the text, on rune
// boundaries, in order and disjoint, values well formed, indexes valid.
//
//	go test ./generator/internal/annotate/dates -run '^$' -fuzz FuzzFind -fuzztime 30s -fuzzminimizetime 5s
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"", "Tuesday", "on Tuesday (Dec. 13, 2016) at 10:40 am", "last week, next month, in the 1990s, 2020",
		"Feb. 30, 2021 and 31/31/2031 and 0000-00-00", "May may May. June 1st, 2nd, 3rd",
		"The meeting will take place on March 3. It took place on March 3.", "9999 AD, 1 BC, 12:99 pm",
		"yesterday\n\ntoday\n\ntomorrow", strings.Repeat("Monday ", 100), "\uFFFD2016\uFFFD", "mid-2000s, late '90s",
	} {
		f.Add(s, uint16(6000))
	}
	f.Fuzz(func(t *testing.T, text string, days uint16) {
		text = strings.ToValidUTF8(strings.ReplaceAll(text, "\r", "\n"), "\uFFFD")
		published := ""
		if days%8 != 0 { // sometimes no publication date: it is inferred
			published = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(days)).Format(time.DateOnly)
		}
		src := &doc.Source{ID: "f", Text: text, FirstLine: 1, Published: published}
		var a *doc.Annotated
		var err error
		done := make(chan struct{})
		go func() {
			defer close(done)
			a, err = annotate.Source(src, &people.Registry{})
		}()
		limit := time.Duration(len(text)/1000+2) * time.Second
		select {
		case <-done:
			if err != nil {
				t.Fatal(err)
			}
		case <-time.After(limit):
			t.Fatalf("annotation took over %v on %d bytes: not linear? %q", limit, len(text), text)
		}
		if src.Published != published {
			t.Fatalf("annotation wrote the source's publication date: %q", src.Published)
		}
		if a.Published != "" && !dateValue.MatchString(a.Published) {
			t.Fatalf("inferred publication date %q", a.Published)
		}
		spans := make([]doc.Span, len(a.Dates))
		for i, d := range a.Dates {
			if d.Start < 0 || d.End > len(text) || d.Start >= d.End || !boundary(text, d.Start) || !boundary(text, d.End) {
				t.Fatalf("date span %v out of range or splitting a rune (len %d) in %q", d.Span, len(text), text)
			}
			if i > 0 && d.Start < a.Dates[i-1].Start {
				t.Fatalf("dates out of order in %q", text)
			}
			if !dateValue.MatchString(d.Value) {
				t.Fatalf("date %q has value %q", text[d.Start:d.End], d.Value)
			}
			switch d.Precision {
			case doc.Day, doc.Month, doc.Year, doc.Decade:
			default:
				t.Fatalf("date %q has precision %q", text[d.Start:d.End], d.Precision)
			}
			spans[i] = d.Span
		}
		if kept := doc.Disjoint(spans, len(text)); len(kept) != len(spans) {
			t.Fatalf("dates overlap: %d of %d disjoint in %q", len(kept), len(spans), text)
		}
		for i, r := range a.Reports {
			if r.Start < 0 || r.End > len(text) || r.Start > r.End {
				t.Fatalf("report span %v out of range in %q", r.Span, text)
			}
			if i > 0 && r.Start < a.Reports[i-1].Start {
				t.Fatalf("reports out of order in %q", text)
			}
			if r.Date < 0 || r.Date >= len(a.Dates) {
				t.Fatalf("report names date %d of %d", r.Date, len(a.Dates))
			}
			for _, p := range r.People {
				if p < 0 || p >= len(a.People) {
					t.Fatalf("report names person %d of %d", p, len(a.People))
				}
			}
			if !utf8.ValidString(r.Summary) {
				t.Fatalf("report summary is not UTF-8: %q", r.Summary)
			}
		}
	})
}

func boundary(s string, i int) bool { return i == len(s) || utf8.RuneStart(s[i]) }
