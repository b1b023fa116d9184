package link

import (
	"reflect"
	"testing"

	"github.com/dossier/dossier/generator/internal/annotate/people"

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

// TestLinkOverwritesResolvedIDs checks that Link sets every resolved id
// on the annotations, whatever they held before (a second run over the
// same sources, an annotation read back from the cache): a report merged
// into no event is left with "", never a stale id.
func TestLinkOverwritesResolvedIDs(t *testing.T) {
	texts := []string{
		"---\ntitle: One\npublished: 2020-05-04\n---\nMayor Anna Berg met engineer Paul Novak on Monday.\n\n\"We will build it,\" Berg said.\n",
		"---\ntitle: Two\npublished: 2020-05-05\n---\nAnna Berg and Paul Novak met on Monday, May 4, 2020.\n\n\"We will build it,\" said Anna Berg.\n",
	}
	fresh := build(t, texts...)
	stale := build(t, texts...)
	for _, d := range stale.Docs {
		for j := range d.People {
			d.People[j].ID = "stale"
		}
		for j := range d.Quotes {
			d.Quotes[j].ID, d.Quotes[j].Group = "stale", "stale"
		}
		for j := range d.Reports {
			d.Reports[j].Event = "stale"
		}
	}
	again := Link(stale.Docs, nil)
	if !reflect.DeepEqual(again.Dossier, fresh.Dossier) {
		t.Errorf("linking annotations that held ids gave another dossier")
	}
	reports := 0
	for i, d := range again.Docs {
		f := fresh.Docs[i]
		for j := range d.People {
			if d.People[j].ID != f.People[j].ID || d.People[j].ID == "" {
				t.Errorf("%s: person %d id %q; want %q", d.Source.ID, j, d.People[j].ID, f.People[j].ID)
			}
		}
		for j := range d.Quotes {
			if d.Quotes[j].ID != f.Quotes[j].ID || d.Quotes[j].Group != f.Quotes[j].Group || d.Quotes[j].ID == "" {
				t.Errorf("%s: quote %d ids %q %q; want %q %q", d.Source.ID, j, d.Quotes[j].ID, d.Quotes[j].Group, f.Quotes[j].ID, f.Quotes[j].Group)
			}
		}
		for j := range d.Reports {
			reports++
			if d.Reports[j].Event != f.Reports[j].Event || d.Reports[j].Event == "stale" {
				t.Errorf("%s: report %d event %q; want %q", d.Source.ID, j, d.Reports[j].Event, f.Reports[j].Event)
			}
		}
	}
	if reports == 0 {
		t.Fatal("no reports: the test exercises no event ids")
	}
}

// TestResolvedIDsMatchDossier checks that the ids link writes onto the
// annotations are the dossier's: each quote's id and group are its
// entry's, and each person id and event id is an entry.
func TestResolvedIDsMatchDossier(t *testing.T) {
	g := build(t,
		"---\ntitle: One\npublished: 2020-05-04\n---\nMayor Anna Berg met engineer Paul Novak on Monday.\n\n\"We will build it,\" Berg said.\n",
		"---\ntitle: Two\npublished: 2020-05-05\n---\nAnna Berg and Paul Novak met on Monday, May 4, 2020.\n\n\"We will build it,\" said Anna Berg.\n",
	)
	quotes := map[string]doc.QuoteEntry{}
	for _, q := range g.Dossier.Quotes {
		quotes[q.ID] = q
	}
	people := map[string]bool{}
	for _, p := range g.Dossier.People {
		people[p.ID] = true
	}
	events := map[string]bool{}
	for _, e := range g.Dossier.Events {
		events[e.ID] = true
	}
	merged := 0
	for _, d := range g.Docs {
		for _, p := range d.People {
			if !people[p.ID] {
				t.Errorf("%s: person %q has id %q, not in the dossier", d.Source.ID, p.Name, p.ID)
			}
		}
		for _, q := range d.Quotes {
			e, ok := quotes[q.ID]
			if !ok || e.Source != d.Source.ID || e.Group != q.Group {
				t.Errorf("%s: quote %q group %q; its entry %+v", d.Source.ID, q.ID, q.Group, e)
			}
		}
		for _, r := range d.Reports {
			if r.Event != "" {
				merged++
				if !events[r.Event] {
					t.Errorf("%s: report event %q is not in the dossier", d.Source.ID, r.Event)
				}
			}
		}
	}
	if merged == 0 {
		t.Error("no report was merged into an event")
	}
}
