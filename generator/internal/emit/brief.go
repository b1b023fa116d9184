package emit

import (
	"sort"

	"github.com/dossier/dossier/generator/internal/doc"
	"github.com/dossier/dossier/generator/internal/link"
)

// MaxBriefQuotes is how many of a person's quotes the brief at the top of
// their page shows: the ones reported by the most sources.
const MaxBriefQuotes = 3

// personBrief is the top of a person page: how the sources describe them
// most often, where they are first and last mentioned, and the quotes of
// theirs that travelled furthest. Everything in it is also further down
// the page; the brief picks, it adds nothing.
type personBrief struct {
	Description string        `json:"description"`  // the wording most sources give, or ""
	DescribedBy int           `json:"described_by"` // the sources that give it
	First       *mentionAt    `json:"first,omitempty"`
	Last        *mentionAt    `json:"last,omitempty"` // nil when it is the first
	Travelled   []personQuote `json:"travelled"`      // one per quote group, most sources first; only groups with other sources
}

// mentionAt is a person's first mention in one source.
type mentionAt struct {
	Source string `json:"source"`
	Cite   string `json:"cite"`
	Date   string `json:"date"`
	Label  string `json:"label"`
	Line   int    `json:"line"`
}

// briefOf builds the brief of Dossier.People[p] from what its page already
// holds (descriptions grouped by wording, most cited first; its quotes)
// and its mentions' postings: the first and last mention are the earliest
// and latest published of the sources naming the person, the first in
// dossier order on a tie; sources without a date are not placed.
func briefOf(g *link.Graph, ix *index, p int, descs []described, said []personQuote) personBrief {
	b := personBrief{Travelled: []personQuote{}}
	if len(descs) > 0 {
		b.Description = descs[0].Text
		seen := map[string]bool{}
		for _, c := range descs[0].Cites {
			seen[c.Source] = true
		}
		b.DescribedBy = len(seen)
	}
	var first, last *mentionAt
	for k, r := range ix.mentions[p] {
		if k > 0 && ix.mentions[p][k-1].doc == r.doc {
			continue // not the source's first mention
		}
		entry := g.Dossier.Sources[r.doc]
		if entry.Published == "" {
			continue
		}
		a := g.Docs[r.doc]
		m := &mentionAt{Source: a.Source.ID, Cite: cite(entry), Date: entry.Published,
			Label: DateLabel(entry.Published, doc.Day), Line: a.Source.Line(a.Mentions[r.item].Start)}
		if first == nil || m.Date < first.Date {
			first = m
		}
		if last == nil || m.Date > last.Date {
			last = m
		}
	}
	b.First = first
	if last != first {
		b.Last = last
	}
	seen := map[string]bool{}
	for _, q := range said {
		if q.Others < 1 || seen[q.Group] {
			continue
		}
		seen[q.Group] = true
		b.Travelled = append(b.Travelled, q)
	}
	sort.SliceStable(b.Travelled, func(i, j int) bool { return b.Travelled[i].Others > b.Travelled[j].Others })
	if len(b.Travelled) > MaxBriefQuotes {
		b.Travelled = b.Travelled[:MaxBriefQuotes]
	}
	return b
}
