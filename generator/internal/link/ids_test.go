package link

import (
	"cmp"
	"strconv"
	"strings"
	"testing"

	"github.com/dossier/dossier/generator/internal/doc"
	"github.com/dossier/dossier/generator/internal/load"
	"github.com/dossier/dossier/generator/internal/synth"
)

func TestNormalize(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"“We’re not done,” she said.", "were not done she said"},
		{"  Life.\n\nWe  discussed LIFE! ", "life we discussed life"},
		{"", ""},
		{"Ünïcode — ok", "ünïcode ok"},
	} {
		if got := Normalize(c.in); got != c.want {
			t.Errorf("Normalize(%q) = %q; want %q", c.in, got, c.want)
		}
	}
	if QuoteID("s", "We're here.", 1) != QuoteID("s", "we’re  here", 1) {
		t.Error("the same words in other marks and spacing get different ids")
	}
	if id := QuoteID("s", "x", 2); !strings.HasSuffix(id, "-2") || len(id) != len("s-")+8+2 {
		t.Errorf("QuoteID(…, 2) = %q", id)
	}
}

func TestRenameCollisions(t *testing.T) {
	settle := func(props ...proposal) map[string]string {
		r := renamer(0)
		for _, p := range props {
			r.propose(p.old, p.id, p.tie)
		}
		r.settle()
		return r.to
	}
	a := settle(proposal{"1", "x", "t1"}, proposal{"2", "x", "t2"}, proposal{"3", "y", "t3"})
	b := settle(proposal{"3", "y", "t3"}, proposal{"2", "x", "t2"}, proposal{"1", "x", "t1"})
	for _, old := range []string{"1", "2", "3"} {
		if a[old] != b[old] {
			t.Errorf("%s: %q in one order, %q in the other", old, a[old], b[old])
		}
	}
	if a["1"] != "x-t1" || a["2"] != "x-t2" || a["3"] != "y" {
		t.Errorf("got %v", a)
	}
}

// linkFiles loads, annotates and links synthesized files.
func linkFiles(t *testing.T, files []synth.File) *Graph {
	t.Helper()
	var sources []*doc.Source
	for _, f := range files {
		s, _, err := load.Bytes(f.Data, "sources/"+f.Name)
		if err != nil {
			t.Fatal(err)
		}
		sources = append(sources, s)
	}
	load.AssignIDs(sources)
	docs := make([]*doc.Annotated, len(sources))
	for i, s := range sources {
		docs[i] = mustAnnotate(s, nil)
	}
	return Link(docs, nil)
}

// ids are the ids a graph gives everything, keyed by what they belong to.
type ids struct {
	source map[string]string   // file → source id
	quote  map[string]string   // file and position → quote id
	group  map[string]string   // file and position → group id
	event  map[string]string   // file and report position → event id
	person map[string]string   // file and name → person id
	files  map[string][]string // group or event id → the files of its members
}

func idsOf(g *Graph) ids {
	x := ids{map[string]string{}, map[string]string{}, map[string]string{}, map[string]string{}, map[string]string{}, map[string][]string{}}
	for _, d := range g.Docs {
		f := d.Source.File
		x.source[f] = d.Source.ID
		for _, q := range d.Quotes {
			k := f + "#" + strconv.Itoa(q.Start)
			x.quote[k], x.group[k] = q.ID, q.Group
			x.files[q.Group] = append(x.files[q.Group], f)
		}
		for _, r := range d.Reports {
			if id := r.Event; id != "" {
				x.event[f+"#"+strconv.Itoa(r.Start)] = id
				x.files[id] = append(x.files[id], f)
			}
		}
		for _, p := range d.People {
			x.person[f+"#"+p.Name] = p.ID
		}
	}
	return x
}

// TestPermalinksSurvive links a corpus, then the same corpus with one
// source removed and another added, and checks that nothing else was
// renamed: every source id and every quote id of the sources in both; the
// group and event id of every group and event that neither changed source
// is part of; every person id. Page URLs are made from these ids alone.
func TestPermalinksSurvive(t *testing.T) {
	files := synth.Corpus(synth.Options{N: 41, Seed: 16, Paragraphs: 4})
	removed, added := files[7], files[40]
	a := idsOf(linkFiles(t, files[:40]))
	var rest []synth.File
	for _, f := range files {
		if f.Name != removed.Name {
			rest = append(rest, f)
		}
	}
	b := idsOf(linkFiles(t, rest))
	changed := map[string]bool{"sources/" + removed.Name: true, "sources/" + added.Name: true}
	touched := func(id string, x ids) bool {
		for _, f := range x.files[id] {
			if changed[f] {
				return true
			}
		}
		return false
	}
	for f, id := range a.source {
		if !changed[f] && b.source[f] != id {
			t.Errorf("source %s: id %s became %s", f, id, b.source[f])
		}
	}
	compare := func(kind string, am, bm map[string]string, grouped bool) (kept int) {
		for k, id := range am {
			f := k[:strings.IndexByte(k, '#')]
			if changed[f] {
				continue
			}
			if grouped && (touched(id, a) || touched(bm[k], b)) {
				continue
			}
			if bm[k] != id {
				t.Errorf("%s at %s: id %s became %s", kind, k, id, bm[k])
			}
			kept++
		}
		return kept
	}
	if n := compare("quote", a.quote, b.quote, false); n == 0 {
		t.Error("no quotes compared")
	}
	if n := compare("group", a.group, b.group, true); n == 0 {
		t.Error("no untouched groups compared")
	}
	if n := compare("event", a.event, b.event, true); n == 0 {
		t.Error("no untouched events compared")
	}
	compare("person", a.person, b.person, false)
}

// TestPermalinksNotByOrder removes a source whose quote begins like a
// different quote of another source: numbering by order would rename the
// other's group ("…-2" becoming "…").
func TestPermalinksNotByOrder(t *testing.T) {
	files := []synth.File{
		{Name: "a.txt", Data: []byte("---\ntitle: Bridge plans\npublished: 2021-03-01\n---\nMayor Ada Lund spoke on Monday.\n\n“We will build the bridge over the river next spring, whatever the council says,” Lund said.\n")},
		{Name: "b.txt", Data: []byte("---\ntitle: Canal works\npublished: 2021-03-05\n---\nEngineer Ben Okafor spoke on Tuesday.\n\n“We will build the bridge with steel from the northern mills and nothing else,” Okafor said.\n")},
		{Name: "c.txt", Data: []byte("---\ntitle: Weather\npublished: 2021-03-06\n---\nA storm hit the coast on Friday, said forecaster Cleo Varga.\n")},
	}
	all := idsOf(linkFiles(t, files))
	rest := idsOf(linkFiles(t, files[1:]))
	n := 0
	for k, id := range all.group {
		if strings.HasPrefix(k, "sources/a.txt#") {
			continue
		}
		n++
		if rest.group[k] != id {
			t.Errorf("group of %s: %s became %s when another source was removed", k, id, rest.group[k])
		}
	}
	for k, id := range all.event {
		if !strings.HasPrefix(k, "sources/a.txt#") && rest.event[k] != id {
			t.Errorf("event of %s: %s became %s when another source was removed", k, id, rest.event[k])
		}
	}
	if n == 0 {
		t.Fatal("no quotes found")
	}
}

// namesakes is a graph of people who share a name, numbered by order as
// people.LinkIDs numbers them: the i-th is mentioned in a source
// published on the given day of March 2021.
func namesakes(days ...int) *linking {
	g := &linking{Graph: &Graph{}}
	for i, day := range days {
		src := &doc.Source{ID: "s" + strconv.Itoa(day), Published: "2021-03-" + strconv.Itoa(10+day)}
		g.Docs = append(g.Docs, &doc.Annotated{Source: src, People: []doc.Person{{Name: "Ada Lund"}}})
		id := "ada-lund"
		if i > 0 {
			id += "-" + strconv.Itoa(i+1)
		}
		g.personID = append(g.personID, []string{id})
		g.Dossier.People = append(g.Dossier.People, doc.PersonEntry{ID: id, Name: "Ada Lund",
			Mentions: []doc.MentionEntry{{Source: src.ID, Line: 3, Form: "Ada Lund"}}})
		speaker := id
		g.Dossier.Quotes = append(g.Dossier.Quotes, doc.QuoteEntry{Speaker: &speaker})
		g.Dossier.Sources = append(g.Dossier.Sources, doc.SourceEntry{ID: src.ID, People: []string{id}})
	}
	return g
}

// TestNamesakesNotByOrder checks that people who share a name get ids
// from their mentions: adding another namesake, mentioned later but
// numbered first, renames neither.
func TestNamesakesNotByOrder(t *testing.T) {
	published := func(g *linking) func(string, int, string, int) int {
		return func(a string, la int, b string, lb int) int { return cmp.Or(cmp.Compare(a, b), cmp.Compare(la, lb)) }
	}
	ids := func(g *linking) map[string]string { // source → person id
		stablePeopleIDs(g, published(g))
		out := map[string]string{}
		for i, d := range g.Docs {
			out[d.Source.ID] = g.personID[i][0]
			if g.Dossier.Sources[i].People[0] != out[d.Source.ID] || *g.Dossier.Quotes[i].Speaker != out[d.Source.ID] {
				t.Errorf("%s: the person is renamed in one place and not another", d.Source.ID)
			}
		}
		return out
	}
	two := ids(namesakes(2, 3))
	if two["s2"] != "ada-lund" || !strings.HasPrefix(two["s3"], "ada-lund-") || len(two["s3"]) != len("ada-lund-")+6 {
		t.Fatalf("ids = %v", two)
	}
	three := ids(namesakes(5, 2, 3)) // a later namesake, numbered first
	for src, id := range two {
		if three[src] != id {
			t.Errorf("%s: %s became %s when a namesake was added", src, id, three[src])
		}
	}
}
