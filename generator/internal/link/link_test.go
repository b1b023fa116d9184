package link

import (
	"github.com/dossier/dossier/generator/internal/annotate/people"
	"testing"

	"github.com/dossier/dossier/generator/internal/annotate"
	"github.com/dossier/dossier/generator/internal/doc"
	"github.com/dossier/dossier/generator/internal/load"
)

func build(t *testing.T, texts ...string) *Graph {
	t.Helper()
	var sources []*doc.Source
	for i, text := range texts {
		s, _, err := load.Bytes([]byte(text), "sources/"+string(rune('a'+i))+".txt")
		if err != nil {
			t.Fatal(err)
		}
		sources = append(sources, s)
	}
	load.AssignIDs(sources)
	var docs []*doc.Annotated
	for _, s := range sources {
		docs = append(docs, mustAnnotate(s, nil))
	}
	return Link(docs, nil)
}

func TestLink(t *testing.T) {
	g := build(t,
		"---\ntitle: One\npublished: 2020-05-04\n---\nMayor Anna Berg met engineer Paul Novak on Monday.\n\n\"We will build it,\" Berg said.\n",
		"---\ntitle: Two\npublished: 2020-05-05\n---\nAnna Berg and Paul Novak met on Monday, May 4, 2020.\n\n\"We will build it,\" said Anna Berg.\n",
		"---\ntitle: Three\npublished: 2020-06-01\n---\nA storm hit the coast.\n",
	)
	if len(g.Dossier.Sources) != 3 {
		t.Fatalf("got %d sources", len(g.Dossier.Sources))
	}
	ids := map[string]bool{}
	for _, p := range g.Dossier.People {
		ids[p.ID] = true
	}
	if !ids["anna-berg"] || !ids["paul-novak"] {
		t.Errorf("people = %v; want anna-berg and paul-novak", ids)
	}
	if g.Docs[0].People[g.Docs[0].Mentions[0].Person].ID != g.Docs[1].People[g.Docs[1].Mentions[0].Person].ID {
		t.Errorf("Anna Berg has different ids in the two sources")
	}
	// The same quote in both sources shares a group; each quote has a unique id.
	seen := map[string]bool{}
	groups := map[string]int{}
	for _, q := range g.Dossier.Quotes {
		if seen[q.ID] {
			t.Errorf("duplicate quote id %s", q.ID)
		}
		seen[q.ID] = true
		groups[q.Group]++
		if q.Speaker == nil || *q.Speaker != "anna-berg" {
			t.Errorf("quote %q speaker = %v; want anna-berg", q.Text, q.Speaker)
		}
	}
	if len(groups) != 1 {
		t.Errorf("quote groups = %v; want the two wordings in one group", groups)
	}
	rel := g.Dossier.Sources[0].Related
	if len(rel) != 1 || rel[0].Source != g.Dossier.Sources[1].ID {
		t.Errorf("related of source one = %+v; want only source two", rel)
	}
	if len(g.Dossier.Sources[2].Related) != 0 {
		t.Errorf("an unrelated source has related sources: %+v", g.Dossier.Sources[2].Related)
	}
}

// mustAnnotate annotates src and panics on an internal error, which no
// test source should cause.
func mustAnnotate(src *doc.Source, reg *people.Registry) *doc.Annotated {
	a, err := annotate.Source(src, reg)
	if err != nil {
		panic(err)
	}
	return a
}
