package emit

import (
	"sort"

	"github.com/dossier/dossier/generator/internal/doc"
	"github.com/dossier/dossier/generator/internal/link"
)

// ref locates an annotation: Docs[doc] and the item-th element of one of its slices.
type ref struct{ doc, item int }

// index holds the lookups emit needs, built once in a pass over the graph so
// that each page is assembled from its own postings, never by scanning.
// It is built from the ids link resolved onto the annotations (Person.ID,
// Quote.Group, Report.Event) and decides nothing link has not.
type index struct {
	source             map[string]int // source id → index in Docs
	person             map[string]int // person id → index in Dossier.People
	event              map[string]int // event id → index in Dossier.Events
	mentions           [][]ref        // by person: their mentions
	said               [][]ref        // by person: the quotes they said
	events             [][]int        // by person: events they are part of
	with               []map[int]int  // by person: co-mentioned person → sources shared
	group              map[string][]ref
	groupSources       map[string]int   // quote group → number of distinct sources
	eventSources       map[string]int   // event id → number of distinct sources reporting it
	eventOfDate        []map[int]string // by doc: date index → event id
	peopleByProminence []int            // person indexes, most prominent first
	sourcesOf          []int            // by person: number of sources naming them
	// The pages the timeline and the quotes are split into (split.go).
	timelineParts []listPart
	eventPage     map[string]string // event id → its timeline page
	quoteList     []listedGroup     // the groups the quotes pages list, in page order
	quoteParts    []listPart
	groupPage     map[string]string // listed group id → its quotes page
}

func newIndex(g *link.Graph) *index {
	d := &g.Dossier
	ix := &index{
		source: map[string]int{},
		person: map[string]int{},
		event:  map[string]int{},
		group:  map[string][]ref{},
	}
	for i, s := range d.Sources {
		ix.source[s.ID] = i
	}
	for i, p := range d.People {
		ix.person[p.ID] = i
	}
	for i, e := range d.Events {
		ix.event[e.ID] = i
	}
	n := len(d.People)
	ix.mentions = make([][]ref, n)
	ix.said = make([][]ref, n)
	ix.events = make([][]int, n)
	ix.with = make([]map[int]int, n)
	ix.sourcesOf = make([]int, n)
	ix.eventOfDate = make([]map[int]string, len(g.Docs))
	for i, a := range g.Docs {
		present := map[int]bool{}
		for j, m := range a.Mentions {
			p, ok := ix.person[a.People[m.Person].ID]
			if !ok {
				continue
			}
			ix.mentions[p] = append(ix.mentions[p], ref{i, j})
			present[p] = true
		}
		for p := range present {
			ix.sourcesOf[p]++
			for q := range present {
				if p != q {
					if ix.with[p] == nil {
						ix.with[p] = map[int]int{}
					}
					ix.with[p][q]++
				}
			}
		}
		for j, q := range a.Quotes {
			ix.group[q.Group] = append(ix.group[q.Group], ref{i, j})
			if q.Speaker >= 0 {
				if p, ok := ix.person[a.People[q.Speaker].ID]; ok {
					ix.said[p] = append(ix.said[p], ref{i, j})
				}
			}
		}
		ix.eventOfDate[i] = map[int]string{}
		for _, r := range a.Reports {
			if id := r.Event; id != "" {
				ix.eventOfDate[i][r.Date] = id
			}
		}
	}
	// Refs are appended in doc order, so a group's distinct sources are
	// its changes of doc; counting them once here keeps every page's
	// lookup O(1) even for a quote repeated by thousands of sources.
	ix.groupSources = make(map[string]int, len(ix.group))
	for grp, refs := range ix.group {
		n := 0
		for k, r := range refs {
			if k == 0 || refs[k-1].doc != r.doc {
				n++
			}
		}
		ix.groupSources[grp] = n
	}
	ix.eventSources = make(map[string]int, len(d.Events))
	for _, ev := range d.Events {
		seen := make(map[string]bool, len(ev.Reports))
		for _, r := range ev.Reports {
			seen[r.Source] = true
		}
		ix.eventSources[ev.ID] = len(seen)
	}
	for e, ev := range d.Events {
		for _, id := range ev.People {
			if p, ok := ix.person[id]; ok {
				ix.events[p] = append(ix.events[p], e)
			}
		}
	}
	ix.peopleByProminence = make([]int, n)
	for i := range ix.peopleByProminence {
		ix.peopleByProminence[i] = i
	}
	sort.SliceStable(ix.peopleByProminence, func(a, b int) bool {
		pa, pb := ix.peopleByProminence[a], ix.peopleByProminence[b]
		if ix.sourcesOf[pa] != ix.sourcesOf[pb] {
			return ix.sourcesOf[pa] > ix.sourcesOf[pb]
		}
		if len(ix.mentions[pa]) != len(ix.mentions[pb]) {
			return len(ix.mentions[pa]) > len(ix.mentions[pb])
		}
		return d.People[pa].ID < d.People[pb].ID
	})
	ix.planPages(g)
	return ix
}

// sourcesInGroup counts the distinct sources of a quote group.
func (ix *index) sourcesInGroup(group string) int {
	return ix.groupSources[group]
}

// quoteDoc returns the quote a ref points to.
func quoteAt(g *link.Graph, r ref) (doc.Quote, *doc.Source) {
	return g.Docs[r.doc].Quotes[r.item], g.Docs[r.doc].Source
}
