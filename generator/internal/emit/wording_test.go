package emit

import (
	"reflect"
	"strings"
	"testing"

	"github.com/dossier/dossier/generator/internal/doc"
)

// quoteIn returns a quote of text whose parts are the given substrings, in order.
func quoteIn(t *testing.T, text string, parts ...string) (*doc.Source, doc.Quote) {
	t.Helper()
	var q doc.Quote
	at := 0
	for _, p := range parts {
		k := strings.Index(text[at:], p)
		if k < 0 {
			t.Fatalf("%q not in %q", p, text[at:])
		}
		q.Parts = append(q.Parts, doc.Span{Start: at + k, End: at + k + len(p)})
		at += k + len(p)
	}
	q.Span = doc.Span{Start: q.Parts[0].Start, End: q.Parts[len(q.Parts)-1].End}
	if len(parts) == 1 {
		q.Parts = nil
	}
	return &doc.Source{Text: text}, q
}

func TestWordings(t *testing.T) {
	src1, q1 := quoteIn(t, `"The harbor is open," the mayor said. "Come and see it."`, "The harbor is open,", "Come and see it.")
	src2, q2 := quoteIn(t, `She said: "The harbour is open. Come and see it!"`, "The harbour is open. Come and see it!")
	src3, q3 := quoteIn(t, "\"The harbor is open to all,\n\n\"Come and see it.\"", "The harbor is open to all,", "Come and see it.")
	ws := []wording{newWording(src1, q1), newWording(src2, q2), newWording(src3, q3)}
	if got, want := ws[0].text(), "The harbor is open, … Come and see it."; got != want {
		t.Errorf("text with an attribution left out = %q; want %q", got, want)
	}
	if got, want := ws[2].text(), "The harbor is open to all, Come and see it."; got != want {
		t.Errorf("text run over two paragraphs = %q; want %q", got, want)
	}
	got := compareWordings(ws)
	want := [][]wordRun{
		{{runSame, "The harbor is open,"}, {runGap, "…"}, {runSame, "Come and see it."}},
		{{runSame, "The"}, {runOwn, "harbour"}, {runSame, "is open. Come and see it!"}},
		{{runSame, "The harbor is open"}, {runOwn, "to all,"}, {runSame, "Come and see it."}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("compareWordings =\n%v\nwant\n%v", got, want)
	}
}

func TestCite(t *testing.T) {
	for _, tc := range []struct {
		s    doc.SourceEntry
		want string
	}{
		{doc.SourceEntry{Outlet: "Coastal Herald", Published: "2021-03-04", Title: "A very long title"}, "Coastal Herald, Mar 4, 2021"},
		{doc.SourceEntry{Outlet: "Coastal Herald"}, "Coastal Herald"},
		{doc.SourceEntry{Title: "Harbor bridge opens after four years of delays, cost overruns and two lawsuits", Published: "2021-03-05"},
			"Harbor bridge opens after four years of delays…, Mar 5, 2021"},
	} {
		if got := cite(tc.s); got != tc.want {
			t.Errorf("cite(%+v) = %q; want %q", tc.s, got, tc.want)
		}
	}
}

// TestWordingsRepeated: wordings that read alike are compared once. A
// wording two sources share is the same throughout; a wording of its own is
// compared with the other distinct wordings, however many sources repeat
// one of them: here the last variant shares "boats" only with the variant
// before it, which comes after twenty copies of the common wording (more
// than maxCompared wordings, not more than maxCompared distinct ones).
func TestWordingsRepeated(t *testing.T) {
	var ws []wording
	add := func(text, part string) {
		src, q := quoteIn(t, text, part)
		ws = append(ws, newWording(src, q))
	}
	for range 20 {
		add(`"Bring the nets in," said Ines Tolvane.`, "Bring the nets in,")
	}
	add(`"Haul the boats in," she said.`, "Haul the boats in,")
	add(`"Bring the boats in," she said.`, "Bring the boats in,")
	got := compareWordings(ws)
	for k := range 20 {
		if want := []wordRun{{runSame, "Bring the nets in,"}}; !reflect.DeepEqual(got[k], want) {
			t.Fatalf("repeated wording %d = %v; want %v", k, got[k], want)
		}
	}
	if want := []wordRun{{runOwn, "Haul"}, {runSame, "the boats in,"}}; !reflect.DeepEqual(got[20], want) {
		t.Errorf("first variant = %v; want %v", got[20], want)
	}
	if want := []wordRun{{runSame, "Bring the boats in,"}}; !reflect.DeepEqual(got[21], want) {
		t.Errorf("second variant = %v; want %v", got[21], want)
	}
}
