package emit

import (
	"bytes"
	"strings"
	"testing"
)

func TestReview(t *testing.T) {
	g := graphOf(t, nil,
		// No front matter: the publication date is unknown, the relative date unresolved.
		"Council vote\n\nMayor Ada Lund met engineer Ben Okafor on Tuesday.\n\n“We will build it,” Lund said.\n",
		"---\ntitle: Bridge\npublished: 2021-03-05\n---\nAda Lund and Ben Okafor met on Monday, March 1, 2021.\n",
	)
	g.Warnings = append(g.Warnings, `people: "Okafor" in source `+g.Docs[1].Source.ID+` could be ben-okafor or nia-okafor; add it to data/people.yaml`)
	sections := Review(g, nil)
	byID := map[string]ReviewSection{}
	for _, s := range sections {
		byID[s.ID] = s
		if s.Title == "" || s.Help == "" || s.Items == nil {
			t.Errorf("section %+v", s)
		}
		for _, it := range s.Items {
			if it.Fix == "" || it.What == "" || !strings.HasPrefix(it.Where, it.File) || it.Link == "" {
				t.Errorf("%s: item %+v", s.ID, it)
			}
		}
	}
	for _, id := range []string{"attributions", "ambiguous", "relative", "conflicts", "non-persons", "published"} {
		if _, ok := byID[id]; !ok {
			t.Errorf("no section %s", id)
		}
	}
	if it := byID["published"].Items; len(it) != 1 || it[0].File != g.Docs[0].Source.File || !strings.Contains(it[0].Fix, "published: YYYY-MM-DD") {
		t.Errorf("unknown publication dates = %+v", it)
	}
	if len(byID["relative"].Items) == 0 {
		t.Error("the relative date of the undated source is not listed")
	}
	amb := byID["ambiguous"].Items
	if len(amb) != 1 || !strings.Contains(amb[0].Fix, `{id: ben-okafor, name: "Ben Okafor", aliases: ["Okafor"]}`) {
		t.Errorf("ambiguous = %+v", amb)
	}
	var out bytes.Buffer
	if err := WriteReview(&out, g); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"dossier review:", "== Unknown publication dates (1)", "    fix: " + g.Docs[0].Source.File + ", front matter: published: YYYY-MM-DD"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("review output lacks %q:\n%s", want, &out)
		}
	}
}

// TestWhyNotes checks that every annotation of a source page carries the
// number of its provenance note, and the notes are numbered in order.
func TestWhyNotes(t *testing.T) {
	g := fixtureGraph(t)
	ix := newIndex(g)
	for i := range g.Docs {
		front, anns := sourcePage(g, ix, i)
		notes := front.Source.Why
		if len(notes) != len(anns) {
			t.Errorf("%s: %d notes for %d annotations", g.Docs[i].Source.ID, len(notes), len(anns))
		}
		for k, n := range notes {
			if n.N != k+1 || n.Note == "" || n.Line < 1 || !strings.Contains(n.Note, "confidence ") {
				t.Errorf("note %d = %+v", k, n)
			}
		}
		for _, a := range anns {
			if !strings.Contains(a.title, WhyMarker) {
				t.Errorf("annotation %q has no note", a.title)
			}
		}
	}
}
