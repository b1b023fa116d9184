package dates

import (
	"testing"

	"github.com/dossier/dossier/generator/internal/doc"
)

// TestParseValRoundTrip checks that a value parseVal accepts formats back
// to the same text, and that periodKey tells apart the periods merging
// numbers.
func TestParseValRoundTrip(t *testing.T) {
	for _, c := range []struct {
		s string
		p doc.Precision
	}{
		{"2016-12-13", doc.Day}, {"0000-01-01", doc.Day}, {"9999-12-31", doc.Day}, {"2016-00-99", doc.Day},
		{"2016-12", doc.Month}, {"0007-01", doc.Month}, {"2016", doc.Year}, {"0099", doc.Year},
		{"1990", doc.Decade}, {"0000", doc.Decade},
	} {
		v, ok := parseVal(c.s, c.p)
		if !ok || v.String() != c.s {
			t.Errorf("parseVal(%q, %v) = %v, %v; String %q", c.s, c.p, v, ok, v.String())
		}
	}
	for _, c := range []struct {
		s string
		p doc.Precision
	}{{"2016-1-13", doc.Day}, {"20161213", doc.Day}, {"2016-12-1x", doc.Day}, {"2016-12", doc.Day}, {"216", doc.Year}, {"+016", doc.Year}} {
		if v, ok := parseVal(c.s, c.p); ok {
			t.Errorf("parseVal(%q, %v) = %v, want not ok", c.s, c.p, v)
		}
	}
	seen := map[int32]string{}
	add := func(v val) {
		k, s := periodKey(v), v.String()
		if v.p == doc.Decade {
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
		add(val{y, 0, 0, doc.Year})
		add(val{y, 0, 0, doc.Decade})
		for m := 1; m <= 12; m++ {
			add(val{y, m, 0, doc.Month})
			for d := 1; d <= 31; d++ {
				add(val{y, m, d, doc.Day})
			}
		}
	}
}

// TestMergeSkipsEmpty checks that Merge passes over missing documents and
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
		t.Fatalf("Merge = %+v, want one event of source a", evs)
	}
}
