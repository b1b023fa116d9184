package quotes

import (
	"os"
	"testing"

	"github.com/dossier/dossier/generator/internal/annotate/people"
)

func TestDebugE2E(t *testing.T) {
	if os.Getenv("QDEBUG") == "" {
		t.Skip()
	}
	docs := loadSeeds(t)
	for _, a := range docs {
		a.People, a.Mentions, a.Warnings = people.Find(a.Source, nil)
		a.Quotes, a.Citations = Find(a)
	}
	for _, a := range docs {
		t.Logf("=== %s", a.Source.ID)
		for _, p := range a.People {
			t.Logf("  person %s %v %d", p.Name, p.Aliases, len(p.Descriptions))
		}
		for _, q := range a.Quotes {
			sp := "-"
			if q.Speaker >= 0 {
				sp = a.People[q.Speaker].Name
			}
			t.Logf("L%d %-6s %-14s %-30q %.80q", a.Source.Line(q.Start), q.Kind, sp, q.Attribution, Text(a.Source, q))
		}
	}
}
