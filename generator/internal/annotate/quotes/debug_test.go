package quotes

import (
	"os"
	"testing"
)

func TestDebugSeeds(t *testing.T) {
	if os.Getenv("QDEBUG") == "" {
		t.Skip()
	}
	docs := loadSeeds(t)
	for _, a := range docs {
		a.Quotes, a.Citations = Find(a)
	}
	groups := Group(docs)
	for i, a := range docs {
		t.Logf("=== %s", a.Source.ID)
		for j, q := range a.Quotes {
			sp := "-"
			if q.Speaker >= 0 {
				sp = a.People[q.Speaker].Name
			}
			t.Logf("L%d %-6s %-14s %-30q %q [%s]", a.Source.Line(q.Start), q.Kind, sp, q.Attribution, Text(a.Source, q), groups[i][j])
		}
		for _, c := range a.Citations {
			t.Logf("  cite L%d %s (%q)", a.Source.Line(c.Start), c.Outlet, a.Source.Slice(c.Span))
		}
	}
}
