package link

import (
	"path/filepath"
	"testing"

	"github.com/dossier/dossier/generator/internal/doc"
	"github.com/dossier/dossier/generator/internal/load"
)

// TestEveryAnnotationHasProvenance: every annotation of the graph built
// from the shipped sources records the rules that decided it and a
// confidence (issue 11: "every annotation carries its rule names").
func TestEveryAnnotationHasProvenance(t *testing.T) {
	sources, _, err := load.Dir(filepath.Join("..", "..", ".."), filepath.Join("..", "..", "..", "sources"))
	if err != nil {
		t.Fatal(err)
	}
	var docs []*doc.Annotated
	for _, s := range sources {
		docs = append(docs, mustAnnotate(s, nil))
	}
	g := Link(docs, nil)
	n := 0
	check := func(what string, w doc.Why) {
		t.Helper()
		n++
		switch {
		case len(w.Rules) == 0:
			t.Errorf("%s: no rules", what)
		case w.Confidence != doc.High && w.Confidence != doc.Medium && w.Confidence != doc.Low:
			t.Errorf("%s: confidence %q", what, w.Confidence)
		}
	}
	d := &g.Dossier
	for _, s := range d.Sources {
		for _, c := range s.Cites {
			check("citation of "+c.Outlet+" in "+s.ID, c.Why)
		}
	}
	for _, p := range d.People {
		check("person "+p.ID, p.Why)
		for _, m := range p.Mentions {
			check("mention "+m.Form+" in "+m.Source, m.Why)
		}
		for _, x := range p.Descriptions {
			check("description "+x.Text, x.Why)
		}
		for _, a := range p.Ages {
			check("age of "+p.ID, a.Why)
		}
	}
	for _, q := range d.Quotes {
		check("quote "+q.ID, q.Why)
	}
	for _, e := range d.Events {
		check("event "+e.ID, e.Why)
		for _, r := range e.Reports {
			check("report "+r.Text+" in "+r.Source, r.Why)
		}
	}
	if n < 100 {
		t.Fatalf("only %d annotations in the shipped dossier", n)
	}
}
