package quotes

import (
	"strings"
	"testing"

	"github.com/dossier/dossier/generator/internal/annotate/people"
	"github.com/dossier/dossier/generator/internal/doc"
)

// seedWant is one important expected result on the seed texts.
type seedWant struct {
	doc     string // "000".."004"
	prefix  string // the quotation's first words
	kind    doc.QuoteKind
	speaker string // a word of the speaker's name; "-" for unknown
}

var seedWants = []seedWant{
	{"000", "Friends", doc.Term, "-"},
	{"000", "Discussed Life", doc.Term, "-"},
	{"000", "Just friends, just friends", doc.Speech, "Trump"},
	{"000", "He’s a good man. We’ve been friends", doc.Speech, "Trump"},
	{"000", "Life. We discussed life.", doc.Speech, "Trump"},
	{"000", "He’s actually a different kind of person", doc.Speech, "Trump"},
	{"000", "Kanye is supposed to rest", doc.Speech, "-"},
	{"001", "is going to be president for all Americans", doc.Speech, "Miller"},
	{"001", "Kanye 2020", doc.Term, "-"},
	{"001", "hey", doc.Speech, "West"},
	{"001", "We've been friends for a long time", doc.Speech, "Trump"},
	{"001", "I just want to take a picture right now", doc.Speech, "West"},
	{"001", "You take care of yourself", doc.Speech, "Trump"},
	{"001", "I told y’all I didn’t vote", doc.Speech, "West"},
	{"001", "I just said that I would have voted", doc.Speech, "West"},
	{"001", "He's said very nice things about me", doc.Speech, "Trump"},
	{"001", "Famous", doc.Title, "-"},
	// Partial quotes under a reporting or naming verb are speech (the
	// devset's convention: "he called the arrest 'theatre'").
	{"002", "multi-cultural issues", doc.Speech, "West"},
	{"002", "genius", doc.Speech, "West"},
	{"002", "I feel it is important", doc.Speech, "West"},
	{"002", "#2024.", doc.Speech, "West"},
	{"002", "life", doc.Speech, "Trump"},
	{"002", "We’re just friends, just friends. He’s a good man. Going well. Long time", doc.Speech, "Trump"},
	{"002", "Life, we discussed life", doc.Speech, "Trump"},
	{"002", "I just want you to take my picture", doc.Speech, "West"},
	{"002", "Man, you take care of yourself", doc.Speech, "Trump"},
	{"002", "If I would've voted", doc.Speech, "West"},
	{"002", "Specifically to black people", doc.Speech, "West"},
	{"002", "I often think back to the first day", doc.Speech, "West"},
	{"002", "Oh you're not that bad after all", doc.Speech, "-"},
	{"002", "I still don't understand awards shows", doc.Speech, "West"},
	{"002", "When I talk about the idea of being president", doc.Speech, "West"},
	{"002", "I don’t have views on politics", doc.Speech, "West"},
	{"003", "Just friends. Just friends", doc.Speech, "Trump"},
	{"003", "Kanye West is coming to the White House", doc.Speech, "Sanders"},
	{"003", "There’s so many times", doc.Speech, "West"},
	{"003", "How could you like Trump", doc.Speech, "-"},
	{"003", "my wife just called me", doc.Speech, "West"},
	{"003", "In this world that we live in", doc.Speech, "West"},
	{"003", "Everyone around me tried", doc.Speech, "West"},
	{"003", "I told y'all I didn't vote", doc.Speech, "West"},
	{"004", "We've been friends for a long time", doc.Speech, "Trump"},
	{"004", "Life, we discuss life", doc.Speech, "Trump"},
	{"004", "I just want to take a picture", doc.Speech, "West"},
	{"004", "Personal problems that Mr. West", doc.Speech, "-"},
	{"004", "Famous", doc.Title, "-"},
	{"004", "I told y’all I didn’t vote", doc.Speech, "West"},
	{"004", "f‑‑king genius", doc.Speech, "West"},
}

// seedCites are the outlets the seed texts cite, by document.
var seedCites = map[string][]string{
	"000": {"Rolling Stone", "TMZ", "People"},
	"001": {"Billboard", "The Daily Beast", "Rolling Stone"},
	"002": {"TMZ", "E! News", "TheWrap"},
	"003": {"The New York Times"},
	"004": {"Us Weekly", "C-SPAN"},
}

func checkSeeds(t *testing.T, docs []*doc.Annotated) {
	t.Helper()
	byID := map[string]*doc.Annotated{}
	for _, a := range docs {
		a.Quotes, a.Citations = Find(a)
		byID[a.Source.ID[:3]] = a
	}
	for _, w := range seedWants {
		a := byID[w.doc]
		var q *doc.Quote
		for i := range a.Quotes {
			if hasPrefixWords(Text(a.Source, a.Quotes[i]), w.prefix) {
				q = &a.Quotes[i]
				break
			}
		}
		if q == nil {
			t.Errorf("%s: no quote %q", w.doc, w.prefix)
			continue
		}
		if q.Kind != w.kind {
			t.Errorf("%s %q: kind %s, want %s", w.doc, w.prefix, q.Kind, w.kind)
		}
		got := "-"
		if q.Speaker >= 0 {
			got = a.People[q.Speaker].Name
		}
		if (w.speaker == "-") != (got == "-") || !strings.Contains(got, w.speaker) && w.speaker != "-" {
			t.Errorf("%s %q: speaker %s (%q), want %s", w.doc, w.prefix, got, q.Attribution, w.speaker)
		}
	}
	for id, outlets := range seedCites {
		have := map[string]bool{}
		for _, c := range byID[id].Citations {
			have[c.Outlet] = true
		}
		for _, o := range outlets {
			if !have[o] {
				t.Errorf("%s: outlet %s not cited", id, o)
			}
		}
	}
	groups := Group(docs)
	// The same words across sources share a group.
	same := [][2]string{
		{"001/We've been friends for a long time", "004/We've been friends for a long time"},
		{"001/We've been friends for a long time", "003/We’ve been friends for a long time"},
		{"000/Life. We discussed life.", "004/Life, we discuss life"},
		{"000/Life. We discussed life.", "002/Life, we discussed life"},
		{"001/I just want to take a picture", "004/I just want to take a picture"},
		{"001/I told y’all I didn’t vote", "004/I told y’all I didn’t vote"},
		{"000/He’s actually a different kind", "001/He's actually a different kind"},
	}
	find := func(key string) string {
		id, prefix, _ := strings.Cut(key, "/")
		for i, a := range docs {
			if a.Source.ID[:3] != id {
				continue
			}
			for j, q := range a.Quotes {
				if hasPrefixWords(Text(a.Source, q), prefix) {
					return groups[i][j]
				}
			}
		}
		return "missing " + key
	}
	for _, p := range same {
		if g1, g2 := find(p[0]), find(p[1]); g1 != g2 {
			t.Errorf("%q (%s) and %q (%s) not grouped", p[0], g1, p[1], g2)
		}
	}
	if g1, g2 := find("000/Just friends, just friends"), find("001/You take care of yourself"); g1 == g2 {
		t.Errorf("different quotes share group %s", g1)
	}
	// Two sayings of one moment are two groups, even though a long quote
	// of 002 holds both: sources quote the second alone (001, 004), so it
	// is not one utterance with the first (issue 13).
	if g1, g2 := find("000/Just friends, just friends"), find("004/We've been friends for a long time"); g1 == g2 {
		t.Errorf("two sayings chained into group %s", g1)
	}
}

// TestSeeds checks the important results on the five seed texts, with
// people marked by hand.
func TestSeeds(t *testing.T) {
	checkSeeds(t, loadSeeds(t))
}

// TestSeedsThroughPeople checks the same results end to end, with people
// found by people.Find.
func TestSeedsThroughPeople(t *testing.T) {
	docs := loadSeeds(t)
	for _, a := range docs {
		a.People, a.Mentions, a.Warnings = people.Find(a.Source, nil)
	}
	checkSeeds(t, docs)
}
