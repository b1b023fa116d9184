package dates

import (
	"reflect"
	"slices"
	"testing"

	"github.com/dossier/dossier/generator/internal/doc"
	"github.com/dossier/dossier/generator/internal/synth"
)

// reportEventsByKey is how the event of each report used to be found:
// by looking up the report's source id, line and text in the entries of
// the events. Prepared.Merge must give what it gives.
func reportEventsByKey(docs []*doc.Annotated, events []doc.EventEntry) [][]string {
	type key struct {
		source string
		line   int
		text   string
	}
	byReport := map[key]string{}
	for _, e := range events {
		for _, r := range e.Reports {
			byReport[key{r.Source, r.Line, r.Text}] = e.ID
		}
	}
	out := make([][]string, len(docs))
	for i, d := range docs {
		out[i] = make([]string, len(d.Reports))
		for j, r := range d.Reports {
			if r.Date < 0 || r.Date >= len(d.Dates) {
				continue
			}
			dt := d.Dates[r.Date]
			out[i][j] = byReport[key{d.Source.ID, d.Source.Line(dt.Start), d.Source.Slice(dt.Span)}]
		}
	}
	return out
}

// TestReportEventsMatchKeys checks the report events Prepared.Merge returns
// against the lookup by key on a synthetic corpus, with the cases where
// reports share a key added: a report given twice, an expression twice on
// one line, a date that does not parse at the span of one that does, two
// documents with one source id, and reports without a date.
func TestReportEventsMatchKeys(t *testing.T) {
	n := 300
	if testing.Short() {
		n = 60
	}
	var names []string
	var data [][]byte
	for _, f := range synth.Corpus(synth.Options{N: n, Seed: 11}) {
		names = append(names, f.Name)
		data = append(data, f.Data)
	}
	names = append(names, "twice.txt")
	data = append(data, []byte("---\ntitle: Twice\npublished: 2020-05-06\n---\n"+
		"Mayor Anna Berg opened the bridge on May 4, 2020, and Paul Novak closed the road on May 4, 2020.\n\n"+
		"Anna Berg opened the bridge on Monday, May 4, 2020.\n"))
	docs, ids := pipelineDocs(t, names, data)
	for _, a := range docs {
		a.Dates, a.Reports = Find(a)
	}
	// Altered copies of documents with reports, sharing their source ids.
	var extra []*doc.Annotated
	var extraIDs [][]string
	for i, a := range docs {
		if len(a.Reports) == 0 || len(extra) >= 6 {
			continue
		}
		b := *a
		b.Dates = append([]doc.Date(nil), a.Dates...)
		b.Reports = append([]doc.Report(nil), a.Reports...)
		switch len(extra) % 3 {
		case 0: // a report given twice
			b.Reports = append(b.Reports, b.Reports[0])
		case 1: // an unparsable date at the span of a parsable one
			d := b.Dates[b.Reports[0].Date]
			d.Value = "someday"
			b.Dates = append(b.Dates, d)
			r := b.Reports[0]
			r.Date = len(b.Dates) - 1
			b.Reports = append(b.Reports, r)
		case 2: // no date
			r := b.Reports[0]
			r.Date = -1
			b.Reports = append(b.Reports, r)
		}
		extra = append(extra, &b)
		extraIDs = append(extraIDs, ids[i])
	}
	docs = append(docs, extra...)
	ids = append(ids, extraIDs...)

	events, got := Prepare(docs).Merge(ids)
	if want := mergeEvents(docs, ids); !reflect.DeepEqual(events, want) {
		t.Fatalf("two merges of the same reports give different events")
	}
	want := reportEventsByKey(docs, events)
	shared := 0
	for i := range docs {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("source %s: report events\n got %q\nwant %q", docs[i].Source.ID, got[i], want[i])
		}
		for _, id := range got[i] {
			if id != "" {
				shared++
			}
		}
	}
	if shared < n {
		t.Errorf("only %d reports in events; the corpus does not exercise merging", shared)
	}
}

// TestLoneSourceDayOff checks that a source dating a happening a day off
// from several others, about the same person in some of the same words, is
// a conflict on their event, not an event of its own, and that a happening
// of that person on another day stays apart.
func TestLoneSourceDayOff(t *testing.T) {
	names := []string{"a.txt", "b.txt", "c.txt"}
	data := [][]byte{
		[]byte("---\ntitle: A\npublished: 2023-03-17\n---\nAda Lund was arrested at Port Halden Airport on 16 March 2023.\n"),
		[]byte("---\ntitle: B\npublished: 2023-03-18\n---\nAda Lund was detained at Port Halden Airport on 16 March 2023 as she boarded a flight.\n"),
		[]byte("---\ntitle: C\npublished: 2024-03-02\n---\nOn 15 March 2023, officers stopped Ada Lund at the airport gate.\n\n" +
			"On 17 March 2023, Ada Lund hired a lawyer in the old town.\n"),
	}
	docs, ids := pipelineDocs(t, names, data)
	for _, a := range docs {
		a.Dates, a.Reports = Find(a)
	}
	events := mergeEvents(docs, ids)
	var arrest *doc.EventEntry
	for i, e := range events {
		if e.Date == "2023-03-16" {
			arrest = &events[i]
		}
		if e.Date == "2023-03-15" {
			t.Errorf("the lone 15 March report stands alone: %+v", e)
		}
	}
	if arrest == nil || len(arrest.Reports) != 3 || len(arrest.Conflicts) != 1 {
		t.Fatalf("want one arrest event of three reports with a conflict, got %+v", arrest)
	}
	if !slices.Contains(arrest.Why.Rules, "near-day-conflict") {
		t.Errorf("arrest why = %v", arrest.Why.Rules)
	}
}
