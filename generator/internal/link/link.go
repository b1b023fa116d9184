package link

import (
	"sort"
	"strconv"
	"strings"

	"github.com/dossier/dossier/generator/internal/annotate/people"
	"github.com/dossier/dossier/generator/internal/annotate/quotes"
	"github.com/dossier/dossier/generator/internal/doc"
	"github.com/dossier/dossier/generator/internal/parallel"
)

// Graph is the linked dossier and the annotated sources it was linked
// from. Link writes the resolved ids onto the sources' annotations
// (doc.Person.ID, doc.Quote.ID and Group, doc.Report.Event), so Docs is
// the one resolved model emit reads; Dossier is the same graph as
// data/dossier.json publishes it.
type Graph struct {
	Dossier  doc.Dossier
	Docs     []*doc.Annotated
	Warnings []string // sorted
}

// MaxRelated is how many related sources each source lists.
const MaxRelated = 5

// linking is the state of one Link call: the graph, and the ids of the
// sources' annotations while they are being decided, indexed [i][j] by
// Docs[i] and the j-th element of the matching Annotated slice. They are
// written onto the annotations once they are final (resolve).
type linking struct {
	*Graph
	personID [][]string // Docs[i].People[j] → person id
	quoteID  [][]string // Docs[i].Quotes[j] → quote id
	group    [][]string // Docs[i].Quotes[j] → quote group id
	eventID  [][]string // Docs[i].Reports[j] → event id ("" when not merged into one)
}

// Link builds the graph. docs must be in a deterministic order (by file).
//
// The passes run on two lines of work, one a core (the passes that are
// parallel inside use every core). This one links the people and merges
// the reports into events, placing them one at a time: the longest chain.
// The other prepares the reports for merging (PrepareEvents needs no
// person ids, so it runs while the people are linked), groups the quotes,
// builds the people, quote and source entries and indexes the people and
// quotes the sources share: the merge waits for none of it but the
// preparation. Related sources are scored last, when the events are known
// too; the ids are written onto the annotations at the end.
func Link(docs []*doc.Annotated, reg *people.Registry) *Graph {
	g := &linking{Graph: &Graph{Docs: docs}}
	prepared := make(chan *PreparedEvents, 1)
	linked := make(chan *LinkedPeople, 1)
	others := make(chan struct{})
	var keys *sharedKeys // what sources share, for related
	go func() {
		defer close(others)
		prepared <- PrepareEvents(docs)
		g.group = GroupQuotes(docs)
		l := <-linked
		g.Dossier.People = l.Entries()
		g.quoteID, g.Dossier.Quotes = quoteEntries(docs, l.IDs, g.group)
		g.Dossier.Sources = make([]doc.SourceEntry, len(docs))
		parallel.For(len(docs), func(i int) { g.Dossier.Sources[i] = sourceEntry(docs[i], l.IDs[i]) })
		keys = newSharedKeys(len(docs))
		keys.addPeopleAndQuotes(g)
	}()

	l := LinkPeople(docs, reg)
	linked <- l
	g.personID = l.IDs
	g.Warnings = append(g.Warnings, l.Warnings...)
	for _, d := range docs {
		for _, w := range d.Warnings {
			g.Warnings = append(g.Warnings, d.Source.File+": "+w)
		}
	}
	g.Dossier.Events, g.eventID = (<-prepared).Merge(g.personID)
	<-others

	keys.addEvents(g)
	scoreRelated(g.Graph, keys)
	stableIDs(g) // ids.go
	g.resolve()
	emptyNotNull(&g.Dossier)
	sort.Strings(g.Warnings)
	return g.Graph
}

// resolve writes the final ids onto the annotations. Every id is
// overwritten, "" included, so annotations linked before (a second run
// over the same sources, or an entry read back from the cache) keep
// nothing of it.
func (g *linking) resolve() {
	parallel.For(len(g.Docs), func(i int) {
		d := g.Docs[i]
		for j := range d.People {
			d.People[j].ID = g.personID[i][j]
		}
		for j := range d.Quotes {
			d.Quotes[j].ID, d.Quotes[j].Group = g.quoteID[i][j], g.group[i][j]
		}
		for j := range d.Reports {
			d.Reports[j].Event = g.eventID[i][j]
		}
	})
}

// quoteEntries numbers the quotes of every source and lists them for the
// dossier with their speakers and groups.
func quoteEntries(docs []*doc.Annotated, personID, group [][]string) (ids [][]string, entries []doc.QuoteEntry) {
	n := 0
	for _, d := range docs {
		n += len(d.Quotes)
	}
	if n > 0 {
		entries = make([]doc.QuoteEntry, 0, n)
	}
	ids = make([][]string, len(docs))
	for i, d := range docs {
		ids[i] = make([]string, len(d.Quotes))
		for j, q := range d.Quotes {
			id := d.Source.ID + "-q" + strconv.Itoa(j+1)
			ids[i][j] = id
			var speaker *string
			if q.Speaker >= 0 && q.Speaker < len(personID[i]) {
				s := personID[i][q.Speaker]
				speaker = &s
			}
			entries = append(entries, doc.QuoteEntry{
				ID:          id,
				Source:      d.Source.ID,
				Line:        d.Source.Line(q.Start),
				Text:        strings.TrimSpace(quotes.Text(d.Source, q)),
				Speaker:     speaker,
				Kind:        q.Kind,
				Attribution: q.Attribution,
				Group:       group[i][j],
				Why:         q.Why.Normal(),
			})
		}
	}
	return ids, entries
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
		p.Why = p.Why.Normal()
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
		e.Why = e.Why.Normal()
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

func sourceEntry(d *doc.Annotated, personID []string) doc.SourceEntry {
	s := d.Source
	e := doc.SourceEntry{
		ID: s.ID, File: s.File, Title: s.Title, Outlet: d.Outlet, OutletBasis: d.OutletBasis,
		Published: d.Published, PublishedBasis: d.PublishedBasis, URL: s.URL,
		People: []string{}, Credits: []string{}, Cites: []doc.CiteEntry{}, Related: []doc.Related{},
	}
	count := map[string]int{}
	first := map[string]int{}
	for k, m := range d.Mentions {
		id := personID[m.Person]
		if _, ok := first[id]; !ok {
			first[id] = k
			if d.People[m.Person].Kind == doc.Credit {
				e.Credits = append(e.Credits, id)
			} else {
				e.People = append(e.People, id)
			}
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
		e.Cites = append(e.Cites, doc.CiteEntry{Outlet: c.Outlet, Line: s.Line(c.Start), Why: c.Why.Normal()})
	}
	return e
}

// sharedKeys is the inverted index of what sources share that related
// scores from. Keys are numbered per kind; postings[k] lists the sources
// holding key k (ascending, unique) and keysOf[i] the keys of source i,
// its people first, then its quote groups, then its events.
type sharedKeys struct {
	postings [][]int32
	kinds    []uint8
	keysOf   [][]int32
	ids      [3]map[string]int32
}

func newSharedKeys(n int) *sharedKeys {
	return &sharedKeys{keysOf: make([][]int32, n), ids: [3]map[string]int32{{}, {}, {}}}
}

func (x *sharedKeys) add(kind uint8, id string, i int) {
	k, ok := x.ids[kind][id]
	if !ok {
		k = int32(len(x.postings))
		x.ids[kind][id] = k
		x.postings = append(x.postings, nil)
		x.kinds = append(x.kinds, kind)
	}
	if p := x.postings[k]; len(p) == 0 || p[len(p)-1] != int32(i) {
		x.postings[k] = append(p, int32(i))
		x.keysOf[i] = append(x.keysOf[i], k)
	}
}

// addPeopleAndQuotes adds the people and quote groups of every source,
// which are known before the events are.
func (x *sharedKeys) addPeopleAndQuotes(g *linking) {
	for i := range g.Docs {
		for _, id := range g.Dossier.Sources[i].People {
			x.add(sharedPerson, id, i)
		}
		for _, grp := range g.group[i] {
			x.add(sharedQuote, grp, i)
		}
	}
}

// addEvents adds the events of every source.
func (x *sharedKeys) addEvents(g *linking) {
	for i := range g.Docs {
		for _, ev := range g.eventID[i] {
			if ev != "" {
				x.add(sharedEvent, ev, i)
			}
		}
	}
}

// scoreRelated scores pairs of sources that share people, quote groups or
// events, through the inverted index keys: only sources that share
// something are ever compared. Very common keys (in more than maxPosting
// sources) say little and would make the work quadratic, so they are
// skipped. Each source counts what it shares with the others in small-int
// counters reused from source to source, and keeps its best MaxRelated
// with a bounded selection; sources are scored on every core.
func scoreRelated(g *Graph, keys *sharedKeys) {
	const maxPosting = 200
	n := len(g.Docs)
	postings, kinds, keysOf := keys.postings, keys.kinds, keys.keysOf

	// Each goroutine counts in its own counters, by other source: people,
	// quotes, events shared.
	type scratch struct {
		counts  [][3]int32
		touched []int32
	}
	parallel.ForWith(n, func() *scratch { return &scratch{counts: make([][3]int32, n)} }, func(s *scratch, a int) {
		counts, touched := s.counts, s.touched[:0]
		for _, k := range keysOf[a] {
			p := postings[k]
			if len(p) < 2 || len(p) > maxPosting {
				continue
			}
			kind := kinds[k]
			for _, b := range p {
				if int(b) == a {
					continue
				}
				c := &counts[b]
				if c[0]|c[1]|c[2] == 0 {
					touched = append(touched, b)
				}
				c[kind]++
			}
		}
		g.Dossier.Sources[a].Related = best(g, counts, touched)
		for _, b := range touched {
			counts[b] = [3]int32{}
		}
		s.touched = touched
	})
}

// The kinds of key two sources can share, as indexes into a count.
const (
	sharedPerson = iota
	sharedQuote
	sharedEvent
)

// best returns the MaxRelated sources among touched with the highest
// score (people + 2 × quotes + 2 × events), ties broken by source id.
func best(g *Graph, counts [][3]int32, touched []int32) []doc.Related {
	type cand struct {
		b     int32
		score int32
	}
	better := func(x, y cand) bool {
		if x.score != y.score {
			return x.score > y.score
		}
		return g.Dossier.Sources[x.b].ID < g.Dossier.Sources[y.b].ID
	}
	var top [MaxRelated]cand
	k := 0
	for _, b := range touched {
		c := counts[b]
		x := cand{b, c[sharedPerson] + 2*c[sharedQuote] + 2*c[sharedEvent]}
		if k == MaxRelated && !better(x, top[k-1]) {
			continue
		}
		if k < MaxRelated {
			k++
		}
		j := k - 1
		for j > 0 && better(x, top[j-1]) {
			top[j] = top[j-1]
			j--
		}
		top[j] = x
	}
	rel := make([]doc.Related, k)
	for j, x := range top[:k] {
		c := counts[x.b]
		rel[j] = doc.Related{
			Source: g.Dossier.Sources[x.b].ID,
			Score:  float64(x.score),
			Shared: describeShared(int(c[sharedPerson]), int(c[sharedQuote]), int(c[sharedEvent])),
		}
	}
	return rel
}

// describeShared says what two sources share: "2 people, 1 quote". It is
// called for every related pair, so it writes into one buffer.
func describeShared(people, quotes, events int) string {
	var buf [64]byte
	b := buf[:0]
	plural := func(n int, one, many string) {
		if n < 1 {
			return
		}
		if len(b) > 0 {
			b = append(b, ", "...)
		}
		b = strconv.AppendInt(b, int64(n), 10)
		b = append(b, ' ')
		if n == 1 {
			b = append(b, one...)
		} else {
			b = append(b, many...)
		}
	}
	plural(people, "person", "people")
	plural(quotes, "quote", "quotes")
	plural(events, "event", "events")
	return string(b)
}
