// Package link joins the annotated sources into one annotation graph: one id
// per person across sources, quote groups, merged events, and related
// sources. Each kind's matching lives with its annotator (people.Link,
// quotes.Group, dates.Merge); this package runs them and assembles the
// doc.Dossier, keeping the per-source mappings that emit needs.
package link

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/dossier/dossier/generator/internal/annotate/dates"
	"github.com/dossier/dossier/generator/internal/annotate/people"
	"github.com/dossier/dossier/generator/internal/annotate/quotes"
	"github.com/dossier/dossier/generator/internal/doc"
)

// Graph is the linked dossier with the mappings from each source's local
// annotations to dossier-wide ids. Slices indexed [i][j] refer to
// Docs[i] and the j-th element of the matching Annotated slice.
type Graph struct {
	Dossier  doc.Dossier
	Docs     []*doc.Annotated
	PersonID [][]string // Docs[i].People[j] → person id
	QuoteID  [][]string // Docs[i].Quotes[j] → quote id
	Group    [][]string // Docs[i].Quotes[j] → quote group id
	EventID  [][]string // Docs[i].Reports[j] → event id ("" when not merged into one)
	Warnings []string   // sorted
}

// MaxRelated is how many related sources each source lists.
const MaxRelated = 5

// Link builds the graph. docs must be in a deterministic order (by file).
func Link(docs []*doc.Annotated, reg *people.Registry) *Graph {
	g := &Graph{Docs: docs}
	var personWarnings []string
	g.PersonID, g.Dossier.People, personWarnings = people.Link(docs, reg)
	g.Warnings = append(g.Warnings, personWarnings...)
	for _, d := range docs {
		for _, w := range d.Warnings {
			g.Warnings = append(g.Warnings, d.Source.File+": "+w)
		}
	}

	g.Group = quotes.Group(docs)
	g.QuoteID = make([][]string, len(docs))
	for i, d := range docs {
		g.QuoteID[i] = make([]string, len(d.Quotes))
		for j, q := range d.Quotes {
			id := d.Source.ID + "-q" + strconv.Itoa(j+1)
			g.QuoteID[i][j] = id
			var speaker *string
			if q.Speaker >= 0 && q.Speaker < len(g.PersonID[i]) {
				s := g.PersonID[i][q.Speaker]
				speaker = &s
			}
			g.Dossier.Quotes = append(g.Dossier.Quotes, doc.QuoteEntry{
				ID:          id,
				Source:      d.Source.ID,
				Line:        d.Source.Line(q.Start),
				Text:        strings.TrimSpace(quotes.Text(d.Source, q)),
				Speaker:     speaker,
				Kind:        q.Kind,
				Attribution: q.Attribution,
				Group:       g.Group[i][j],
			})
		}
	}

	g.Dossier.Events = dates.Merge(docs, g.PersonID)
	g.EventID = reportEvents(docs, g.Dossier.Events)

	for i, d := range docs {
		g.Dossier.Sources = append(g.Dossier.Sources, sourceEntry(d, g.PersonID[i]))
	}
	related(g)
	emptyNotNull(&g.Dossier)
	sort.Strings(g.Warnings)
	return g
}

// emptyNotNull makes every list in the graph an empty list rather than
// null, so readers of data/dossier.json never have to tell the two apart.
func emptyNotNull(d *doc.Dossier) {
	if d.Sources == nil {
		d.Sources = []doc.SourceEntry{}
	}
	if d.People == nil {
		d.People = []doc.PersonEntry{}
	}
	if d.Quotes == nil {
		d.Quotes = []doc.QuoteEntry{}
	}
	if d.Events == nil {
		d.Events = []doc.EventEntry{}
	}
	for i := range d.People {
		p := &d.People[i]
		p.Aliases = orEmpty(p.Aliases)
		p.Links = orEmpty(p.Links)
		if p.Mentions == nil {
			p.Mentions = []doc.MentionEntry{}
		}
		if p.Descriptions == nil {
			p.Descriptions = []doc.DescribedEntry{}
		}
		if p.Ages == nil {
			p.Ages = []doc.AgeEntry{}
		}
	}
	for i := range d.Events {
		e := &d.Events[i]
		e.People = orEmpty(e.People)
		if e.Reports == nil {
			e.Reports = []doc.ReportEntry{}
		}
		if e.Conflicts == nil {
			e.Conflicts = []doc.Conflict{}
		}
		for j := range e.Conflicts {
			e.Conflicts[j].Values = orEmpty(e.Conflicts[j].Values)
			e.Conflicts[j].Sources = orEmpty(e.Conflicts[j].Sources)
		}
	}
}

func orEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// reportEvents finds, for every report, the event it was merged into.
func reportEvents(docs []*doc.Annotated, events []doc.EventEntry) [][]string {
	type key struct {
		source string
		line   int
		text   string
	}
	byReport := map[key]string{}
	for _, e := range events {
		for _, r := range e.Reports {
			byReport[key{r.Source, r.Line, r.Text}] = e.ID
		}
	}
	out := make([][]string, len(docs))
	for i, d := range docs {
		out[i] = make([]string, len(d.Reports))
		for j, r := range d.Reports {
			if r.Date < 0 || r.Date >= len(d.Dates) {
				continue
			}
			dt := d.Dates[r.Date]
			out[i][j] = byReport[key{d.Source.ID, d.Source.Line(dt.Start), d.Source.Slice(dt.Span)}]
		}
	}
	return out
}

func sourceEntry(d *doc.Annotated, personID []string) doc.SourceEntry {
	s := d.Source
	e := doc.SourceEntry{
		ID: s.ID, File: s.File, Title: s.Title, Outlet: s.Outlet,
		Published: s.Published, PublishedBasis: s.PublishedBasis, URL: s.URL,
		People: []string{}, Cites: []doc.CiteEntry{}, Related: []doc.Related{},
	}
	count := map[string]int{}
	first := map[string]int{}
	for k, m := range d.Mentions {
		id := personID[m.Person]
		if _, ok := first[id]; !ok {
			first[id] = k
			e.People = append(e.People, id)
		}
		count[id]++
	}
	sort.SliceStable(e.People, func(a, b int) bool {
		pa, pb := e.People[a], e.People[b]
		if count[pa] != count[pb] {
			return count[pa] > count[pb]
		}
		return first[pa] < first[pb]
	})
	for _, c := range d.Citations {
		e.Cites = append(e.Cites, doc.CiteEntry{Outlet: c.Outlet, Line: s.Line(c.Start)})
	}
	return e
}

// related scores pairs of sources that share people, quote groups or
// events, through inverted indexes: only sources that share something are
// ever compared. Very common keys (in more than maxPosting sources) say
// little and would make the work quadratic, so they are skipped.
func related(g *Graph) {
	const maxPosting = 200
	n := len(g.Docs)
	postings := map[string][]int{} // key → source indexes, ascending, unique
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
		for _, grp := range g.Group[i] {
			add("q:"+grp, i)
		}
		for _, ev := range g.EventID[i] {
			if ev != "" {
				add("e:"+ev, i)
			}
		}
	}
	keys := make([]string, 0, len(postings))
	for k := range postings {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	type shared struct{ people, quotes, events int }
	pairs := make([]map[int]*shared, n)
	for _, k := range keys {
		p := postings[k]
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
		var rel []doc.Related
		for b, s := range pairs[a] {
			score := float64(s.people) + 2*float64(s.quotes) + 2*float64(s.events)
			rel = append(rel, doc.Related{
				Source: g.Dossier.Sources[b].ID,
				Score:  score,
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
		if rel == nil {
			rel = []doc.Related{}
		}
		g.Dossier.Sources[a].Related = rel
	}
}

func describeShared(people, quotes, events int) string {
	var parts []string
	plural := func(n int, one, many string) {
		if n == 1 {
			parts = append(parts, "1 "+one)
		} else if n > 1 {
			parts = append(parts, fmt.Sprintf("%d %s", n, many))
		}
	}
	plural(people, "person", "people")
	plural(quotes, "quote", "quotes")
	plural(events, "event", "events")
	return strings.Join(parts, ", ")
}
