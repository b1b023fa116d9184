package link

import (
	"testing"

	"github.com/dossier/dossier/generator/internal/annotate/dates"
	"github.com/dossier/dossier/generator/internal/doc"
)

// TestPeriodKeyDistinct checks that periodKey tells apart the periods
// merging numbers.
func TestPeriodKeyDistinct(t *testing.T) {
	seen := map[int32]string{}
	add := func(v dates.Value) {
		k, s := periodKey(v), v.String()
		if v.Precision == doc.Decade {
			s = "c" + s
		}
		if k < 0 {
			t.Errorf("periodKey(%s) = %d < 0", s, k)
		}
		if o, dup := seen[k]; dup && o != s {
			t.Errorf("periodKey(%s) = periodKey(%s) = %d", s, o, k)
		}
		seen[k] = s
	}
	for _, y := range []int{-1, 0, 1, 9, 10, 1990, 1999, 2016, 9999, 10000} {
		add(dates.Value{Year: y, Precision: doc.Year})
		add(dates.Value{Year: y, Precision: doc.Decade})
		for m := 1; m <= 12; m++ {
			add(dates.Value{Year: y, Month: m, Precision: doc.Month})
			for d := 1; d <= 31; d++ {
				add(dates.Value{Year: y, Month: m, Day: d, Precision: doc.Day})
			}
		}
	}
}

// TestMergeSkipsEmpty checks that merging passes over missing documents and
// documents without a source, whatever reports they hold.
func TestMergeSkipsEmpty(t *testing.T) {
	rep := doc.Report{Span: doc.Span{Start: 0, End: 5}, Summary: "x"}
	date := doc.Date{Value: "2016-12-13", Precision: doc.Day}
	docs := []*doc.Annotated{
		nil,
		{Reports: []doc.Report{rep}, Dates: []doc.Date{date}},
		{Source: &doc.Source{ID: "a", Text: "Met on Tuesday.", FirstLine: 1}, Reports: []doc.Report{rep}, Dates: []doc.Date{date}},
	}
	evs := mergeEvents(docs, nil)
	if len(evs) != 1 || len(evs[0].Reports) != 1 || evs[0].Reports[0].Source != "a" {
		t.Fatalf("merge = %+v, want one event of source a", evs)
	}
}

// mergeEvents is the whole merge as Link runs it: PrepareEvents, then
// PreparedEvents.Merge, keeping the events.
func mergeEvents(docs []*doc.Annotated, personIDs [][]string) []doc.EventEntry {
	events, _ := PrepareEvents(docs).Merge(personIDs)
	return events
}
