package dates

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier/dossier/generator/internal/annotate/people"
	"github.com/dossier/dossier/generator/internal/doc"
)

// loadSeeds reads the seed sources (front matter stripped; published read
// from it) and annotates their people with people.Find.
func loadSeeds(t *testing.T) []*doc.Annotated {
	t.Helper()
	files, err := filepath.Glob("../../../../sources/*.txt")
	if err != nil || len(files) == 0 {
		t.Skip("no seed sources")
	}
	var docs []*doc.Annotated
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text, pub, first := string(b), "", 1
		if strings.HasPrefix(text, "---\n") {
			end := strings.Index(text[4:], "\n---\n")
			if end < 0 {
				t.Fatalf("%s: unterminated front matter", f)
			}
			front := text[4 : 4+end]
			if i := strings.Index(front, "published: "); i >= 0 {
				pub = strings.TrimSpace(strings.SplitN(front[i+len("published: "):], "\n", 2)[0])
			}
			first += strings.Count(text[:4+end+5], "\n")
			text = text[4+end+5:]
		}
		src := &doc.Source{ID: filepath.Base(f)[:3], File: f, Text: text, FirstLine: first, Published: pub}
		a := &doc.Annotated{Source: src}
		a.People, a.Mentions, _ = people.Find(src, nil)
		a.Dates, a.Reports = Find(a)
		docs = append(docs, a)
	}
	return docs
}

func TestSeeds(t *testing.T) {
	docs := loadSeeds(t)
	byID := map[string]*doc.Annotated{}
	for _, a := range docs {
		byID[a.Source.ID] = a
	}
	// expressions: source, text as written, value, precision
	want := []struct{ src, text, value, prec string }{
		{"000", "Tuesday (Dec. 13, 2016)", "2016-12-13", "day"},
		{"000", "10:40 am", "2016-12-13", "day"},
		{"000", "2020", "2020", "year"},
		{"001", "Tuesday morning (Dec. 13)", "2016-12-13", "day"},
		{"001", "December 13, 2016", "2016-12-13", "day"},
		{"001", "next month", "2017-01", "month"},
		{"001", "last month", "2016-11", "month"},
		{"001", "September 2015", "2015-09", "month"},
		{"002", "Tuesday", "2016-12-13", "day"},
		{"002", "Wednesday", "2016-12-14", "day"},
		{"002", "21 November", "2016-11-21", "day"},
		{"002", "January 20", "2017-01-20", "day"},
		{"002", "last week", "2016-12", "month"},
		{"002", "shortly after 9am", "2016-12-13", "day"},
		{"002", "February 11, 1985", "1985-02-11", "day"},
		{"002", "February 1996", "1996-02", "month"},
		{"002", "July 1999", "1999-07", "month"},
		{"002", "March 1990", "1990-03", "month"},
		{"002", "August 2015", "2015-08", "month"},
		{"002", "2009", "2009", "year"},
		{"003", "Thursday", "2018-10-11", "day"},
		{"003", "Tuesday", "2018-10-09", "day"},
		{"003", "June", "2018-06", "month"},
		{"003", "last month", "2018-09", "month"},
		{"003", "September 29", "2018-09-29", "day"},
		{"003", "August", "2018-08", "month"},
		{"003", "November 2016", "2016-11", "month"},
		{"003", "December 2016", "2016-12", "month"},
		{"003", "the 1990s", "1990", "decade"},
		{"004", "Tuesday, December 13", "2016-12-13", "day"},
		{"004", "November 17", "2016-11-17", "day"},
	}
	for _, w := range want {
		a := byID[w.src]
		found := false
		for _, d := range a.Dates {
			if a.Source.Slice(d.Span) == w.text && d.Value == w.value && string(d.Precision) == w.prec {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("%s: want %q = %s (%s)", w.src, w.text, w.value, w.prec)
		}
	}
	// not dates
	for _, a := range docs {
		for _, d := range a.Dates {
			switch text := a.Source.Slice(d.Span); text {
			case "2024", "44", "39", "35", "70", "30", "50", "21", "15", "100":
				t.Errorf("%s line %d: %q taken for a date", a.Source.ID, a.Source.Line(d.Start), text)
			}
		}
	}
	// one meeting event on 2016-12-13, reported by four sources, with 002's Wednesday as a conflict
	ids := LinkPersonIDs(docs)
	events := mergeEvents(docs, ids)
	var meeting *doc.EventEntry
	for i, e := range events {
		if e.Date == "2016-12-13" && len(e.Reports) > 4 {
			meeting = &events[i]
		}
	}
	if meeting == nil {
		t.Fatal("no 2016-12-13 meeting event")
	}
	srcs := map[string]bool{}
	for _, r := range meeting.Reports {
		srcs[r.Source] = true
	}
	for _, s := range []string{"000", "001", "002", "004"} {
		if !srcs[s] {
			t.Errorf("meeting event lacks a report from %s", s)
		}
	}
	if len(meeting.Conflicts) != 1 || strings.Join(meeting.Conflicts[0].Values, ",") != "2016-12-13,2016-12-14" ||
		!strings.Contains(meeting.Conflicts[0].Note, "002") {
		t.Errorf("want a 2016-12-13/14 conflict naming 002, got %+v", meeting.Conflicts)
	}
	has := func(date string, planned bool, substr string) {
		t.Helper()
		for _, e := range events {
			if e.Date == date && e.Planned == planned {
				for _, r := range e.Reports {
					if strings.Contains(r.Summary, substr) {
						return
					}
				}
			}
		}
		t.Errorf("no event on %s (planned %v) with a report saying %q", date, planned, substr)
	}
	has("2018-10-11", true, "will meet on Thursday")
	has("2017-01-20", true, "inauguration on January 20")
	has("2017-01-20", true, "inauguration in January")
	has("2020", true, "run for president")
	has("2016-11-17", false, "rant on November 17")
	// one event per happening, whatever precision each source gives it
	one := func(date string, planned bool, substrs ...string) {
		t.Helper()
		var found *doc.EventEntry
		for i, e := range events {
			if e.Date == date && e.Planned == planned && (found == nil || len(e.Reports) > len(found.Reports)) {
				found = &events[i]
			}
		}
		if found == nil {
			t.Errorf("no event on %s (planned %v)", date, planned)
			return
		}
		for _, sub := range substrs {
			ok := false
			for _, r := range found.Reports {
				ok = ok || strings.Contains(r.Summary, sub)
			}
			if !ok {
				t.Errorf("event %s lacks a report saying %q", found.ID, sub)
			}
		}
	}
	one("2017-01-20", true, "inauguration on January 20", "next month's inauguration", "inauguration next month", "inauguration in January")
	one("2016-11-17", false, "rant on November 17", "at a concert in California", "last month at a concert", "at a concert back in November 2016")
	one("2020", true, "run for president in 2020", "his 2020 run", "would run in 2020", "running for office in 2020")
	for _, e := range events {
		if e.Planned && e.Date == "2020" && len(e.Reports) == 1 {
			t.Errorf("a planned 2020 report stands alone: %s", e.Reports[0].Summary)
		}
		if e.Date == "2016-11" && strings.Contains(e.Reports[0].Summary, "concert") {
			t.Errorf("a concert report stands alone at 2016-11: %s", e.Reports[0].Summary)
		}
		if e.Date == "2016-12-13" && len(e.Reports) > 4 {
			for _, r := range e.Reports {
				if strings.Contains(r.Text, "last week") {
					t.Errorf("a report of last week joined the meeting: %s", r.Summary)
				}
			}
		}
	}
	for _, e := range events {
		if e.Date == "2018-10-11" && len(e.Conflicts) > 0 {
			t.Errorf("the 2018 lunch must not conflict with its announcement: %+v", e.Conflicts)
		}
	}
	// publication dates the texts support
	for id, wantDate := range map[string]string{"000": "2016-12-13", "001": "2016-12-13", "002": "", "003": "", "004": "2016-12-13"} {
		a := byID[id]
		got, basis := inferPublishedText(a.Source.Text)
		if got != wantDate {
			t.Errorf("%s: inferPublishedText = %q (%s), want %q", id, got, basis, wantDate)
		}
	}
}
