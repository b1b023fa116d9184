package link

import (
	"reflect"
	"sort"
	"testing"

	"github.com/dossier/dossier/generator/internal/doc"
	"github.com/dossier/dossier/generator/internal/load"
	"github.com/dossier/dossier/generator/internal/synth"
)

// TestRelatedMatchesPairMaps checks related against the straightforward
// pair-map version it replaced, on a synthetic corpus whose stories make
// many sources share people, quotes and events.
func TestRelatedMatchesPairMaps(t *testing.T) {
	n := 400
	if testing.Short() {
		n = 100
	}
	var docs []*doc.Annotated
	var sources []*doc.Source
	for _, f := range synth.Corpus(synth.Options{N: n, Seed: 7}) {
		s, _, err := load.Bytes(f.Data, "sources/"+f.Name)
		if err != nil {
			t.Fatal(err)
		}
		sources = append(sources, s)
	}
	load.AssignIDs(sources)
	for _, s := range sources {
		docs = append(docs, mustAnnotate(s, nil))
	}
	g := Link(docs, nil)
	got := make([][]doc.Related, len(g.Docs))
	nonEmpty := 0
	for i := range got {
		got[i] = g.Dossier.Sources[i].Related
		if len(got[i]) > 0 {
			nonEmpty++
		}
	}
	if nonEmpty < n/2 {
		t.Fatalf("only %d of %d sources have related sources; the corpus does not exercise related", nonEmpty, n)
	}
	relatedPairMaps(g)
	for i := range got {
		if want := g.Dossier.Sources[i].Related; !reflect.DeepEqual(got[i], want) {
			t.Errorf("source %s: related = %+v; want %+v", g.Dossier.Sources[i].ID, got[i], want)
		}
	}
}

// relatedPairMaps is the reference: a map of pair counts per source, every
// candidate sorted.
func relatedPairMaps(g *Graph) {
	const maxPosting = 200
	postings := map[string][]int{}
	add := func(key string, i int) {
		p := postings[key]
		if len(p) == 0 || p[len(p)-1] != i {
			postings[key] = append(p, i)
		}
	}
	for i := range g.Docs {
		for _, id := range g.Dossier.Sources[i].People {
			add("p:"+id, i)
		}
		for _, q := range g.Docs[i].Quotes {
			add("q:"+q.Group, i)
		}
		for _, r := range g.Docs[i].Reports {
			if r.Event != "" {
				add("e:"+r.Event, i)
			}
		}
	}
	type shared struct{ people, quotes, events int }
	pairs := make([]map[int]*shared, len(g.Docs))
	for k, p := range postings {
		if len(p) < 2 || len(p) > maxPosting {
			continue
		}
		for _, a := range p {
			for _, b := range p {
				if a == b {
					continue
				}
				if pairs[a] == nil {
					pairs[a] = map[int]*shared{}
				}
				s := pairs[a][b]
				if s == nil {
					s = &shared{}
					pairs[a][b] = s
				}
				switch k[0] {
				case 'p':
					s.people++
				case 'q':
					s.quotes++
				case 'e':
					s.events++
				}
			}
		}
	}
	for a := range g.Docs {
		rel := []doc.Related{}
		for b, s := range pairs[a] {
			rel = append(rel, doc.Related{
				Source: g.Dossier.Sources[b].ID,
				Score:  float64(s.people) + 2*float64(s.quotes) + 2*float64(s.events),
				Shared: describeShared(s.people, s.quotes, s.events),
			})
		}
		sort.Slice(rel, func(i, j int) bool {
			if rel[i].Score != rel[j].Score {
				return rel[i].Score > rel[j].Score
			}
			return rel[i].Source < rel[j].Source
		})
		if len(rel) > MaxRelated {
			rel = rel[:MaxRelated]
		}
		g.Dossier.Sources[a].Related = rel
	}
}

func BenchmarkRelated(b *testing.B) {
	var sources []*doc.Source
	for _, f := range synth.Corpus(synth.Options{N: 1000, Seed: 1}) {
		s, _, err := load.Bytes(f.Data, "sources/"+f.Name)
		if err != nil {
			b.Fatal(err)
		}
		sources = append(sources, s)
	}
	load.AssignIDs(sources)
	var docs []*doc.Annotated
	for _, s := range sources {
		docs = append(docs, mustAnnotate(s, nil))
	}
	g := Link(docs, nil)
	for _, impl := range []struct {
		name string
		f    func(*Graph)
	}{{"counters", related}, {"pairmaps", relatedPairMaps}} {
		b.Run(impl.name, func(b *testing.B) {
			for b.Loop() {
				impl.f(g)
			}
		})
	}
}

// related scores the related sources of a linked graph again, from the
// ids link resolved onto its annotations, as Link does.
func related(g *Graph) {
	keys := newSharedKeys(len(g.Docs))
	for i, d := range g.Docs {
		for _, id := range g.Dossier.Sources[i].People {
			keys.add(sharedPerson, id, i)
		}
		for _, q := range d.Quotes {
			keys.add(sharedQuote, q.Group, i)
		}
	}
	for i, d := range g.Docs {
		for _, r := range d.Reports {
			if r.Event != "" {
				keys.add(sharedEvent, r.Event, i)
			}
		}
	}
	scoreRelated(g, keys)
}
