package emit

import (
	"strings"
	"testing"
)

// A paragraph's note: a quote other sources report too (with their
// number and the group's entry), nothing for a quote found only here, and
// each note block of the annotated text right after its paragraph, in the
// order of source.notes (the render hook pairs them by position).
func TestParaNotes(t *testing.T) {
	g := graphOf(t, nil,
		"---\ntitle: One\npublished: 2021-03-05\n---\nMayor Ada Lund opened the bridge.\n\n“We will build it together,” Lund said.\n\n“Nothing is decided yet,” Lund said.\n",
		"---\ntitle: Two\npublished: 2021-03-06\n---\nThe mayor, Ada Lund, spoke at the bridge.\n\n“We will build it together,” Lund said.\n",
	)
	ix := newIndex(g)
	i := -1
	for k, a := range g.Docs {
		if a.Source.Title == "One" {
			i = k
		}
	}
	if i < 0 {
		t.Fatal("no source One")
	}
	front, anns := sourcePage(g, ix, i)
	notes := front.Source.Notes
	var quotes []noteItem
	var paras []int
	for _, n := range notes {
		paras = append(paras, n.Para)
		for _, it := range n.Items {
			if it.Kind == "quote" {
				quotes = append(quotes, it)
			}
			if it.URL == "" {
				t.Errorf("note item %+v has no link", it)
			}
		}
	}
	if len(quotes) != 1 || quotes[0].Others != 1 || !strings.HasPrefix(quotes[0].URL, "/quotes/") || !strings.HasPrefix(quotes[0].Text, "We will build") {
		t.Fatalf("quote notes = %+v; want the one quote the other source reports, linked to its group", quotes)
	}
	md := markdownText(g.Docs[i].Source, anns, false, notedLines(notes)...)
	if n := strings.Count(md, "> [!NOTE]"); n != len(notes) {
		t.Fatalf("%d note blocks for %d notes:\n%s", n, len(notes), md)
	}
	if len(paras) != 1 || paras[0] != 7 {
		t.Errorf("notes on paragraphs %v; want only the shared quote's paragraph, line 7", paras)
	}
	k := strings.Index(md, "[7](#L7 \"line\")")
	if k < 0 || !strings.HasPrefix(md[k+strings.Index(md[k:], "\n"):], "\n\n> [!NOTE]\n") {
		t.Errorf("the note does not follow paragraph 7:\n%s", md)
	}
}

// opening keeps a quote's first words and marks the cut.
func TestOpening(t *testing.T) {
	if got := opening("one two, three", 2); got != "one two …" {
		t.Errorf("opening = %q", got)
	}
	if got := opening(" one  two ", 5); got != "one two" {
		t.Errorf("opening = %q", got)
	}
}

// A source page's person cards: one per person it names, with the
// number of sources naming them dossier-wide.
func TestPersonCards(t *testing.T) {
	g := graphOf(t, nil,
		"---\ntitle: One\n---\nMayor Ada Lund opened the bridge.\n",
		"---\ntitle: Two\n---\nThe mayor, Ada Lund, spoke with Ben Okoro.\n",
	)
	ix := newIndex(g)
	for i, a := range g.Docs {
		front, _ := sourcePage(g, ix, i)
		c, ok := front.Source.Cards["ada-lund"]
		if !ok || c.Sources != 2 || len(front.Source.Cards) != len(front.Source.People) {
			t.Errorf("%s: cards %+v; want one per person named, Ada Lund's naming 2 sources", a.Source.Title, front.Source.Cards)
		}
	}
}
