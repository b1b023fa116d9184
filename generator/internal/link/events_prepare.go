package link

import (
	"cmp"
	"github.com/dossier/dossier/generator/internal/annotate/dates"
	"slices"

	"github.com/dossier/dossier/generator/internal/doc"
	"github.com/dossier/dossier/generator/internal/parallel"
)

// prepare fills m.reps with the reports of all documents, in document and
// report order, without their people (see addPeople), and returns the
// order in which to place them (see order). The work of one document (its
// wording and periods) depends on nothing else, so documents are prepared
// on every core, each into its own range of one preallocated slice;
// interning, which numbers strings in order of first use, then runs
// serially in document order, so the result does not depend on
// scheduling, while the reports are ordered on another core.
func (m *merger) prepare() (order []int) {
	// Each document gets room for all its reports; those without a usable
	// date are left out and the rest moved down afterwards.
	bound := make([]int, len(m.docs)+1)
	for i, a := range m.docs {
		n := 0
		if a != nil && a.Source != nil {
			n = len(a.Reports)
		}
		bound[i+1] = bound[i] + n
	}
	m.first = bound
	reps := make([]mrep, bound[len(m.docs)])
	filled := make([]int, len(m.docs))
	parallel.For(len(m.docs), func(i int) {
		filled[i] = m.prepareDoc(i, reps[bound[i]:bound[i+1]])
	})
	n := 0
	for i := range m.docs {
		for j := bound[i]; j < bound[i]+filled[i]; j++ {
			if n != j {
				reps[n] = reps[j]
			}
			n++
		}
	}
	clear(reps[n:])
	m.reps = reps[:n]
	// Ordering reads only the dates, positions and documents of the
	// reports; interning writes their numbers.
	ordered := make(chan []int)
	go func() { ordered <- m.order() }()
	src, srcDoc := int32(0), -1
	for k := range m.reps {
		r := &m.reps[k]
		if r.docIdx != srcDoc {
			src, srcDoc = m.intern("\x00"+m.docs[r.docIdx].Source.ID), r.docIdx
		}
		r.srcKey = src
		// room for the people after the stems (see addPeople)
		ids := make([]int32, len(r.stems), len(r.stems)+len(r.rep.People))
		for s, x := range r.stems {
			ids[s] = m.intern(x)
		}
		r.stemIDs, r.peopleIDs = ids[:len(ids):len(ids)], ids[len(ids):]
	}
	return <-ordered
}

// addPeople gives the reports their people: personIDs[i][j] is the
// dossier-wide id of docs[i].People[j].
func (m *merger) addPeople(personIDs [][]string) {
	m.ids = personIDs
	for k := range m.reps {
		r := &m.reps[k]
		var ids []string
		if r.docIdx < len(personIDs) {
			ids = personIDs[r.docIdx]
		}
		for _, p := range r.rep.People {
			if p >= 0 && p < len(ids) && ids[p] != "" {
				r.people = appendUnique(r.people, ids[p])
			}
		}
		for _, p := range r.people {
			r.peopleIDs = append(r.peopleIDs, m.intern(p))
		}
	}
}

// prepareDoc fills out with the reports of document i that have a usable
// date, without their people, and returns how many it filled. It reads
// only the document and the read-only lexicon (and indexes the lines of
// the document's source, which no other document shares), so documents
// may be prepared concurrently.
func (m *merger) prepareDoc(i int, out []mrep) int {
	a := m.docs[i]
	if a == nil || a.Source == nil {
		return 0
	}
	n := 0
	for j := range a.Reports {
		r := &a.Reports[j]
		if r.Date < 0 || r.Date >= len(a.Dates) {
			continue
		}
		d := &a.Dates[r.Date]
		v, ok := dates.ParseValue(d.Value, d.Precision)
		if !ok {
			continue
		}
		mr := &out[n]
		n++
		*mr = mrep{docIdx: i, slot: m.first[i] + j, src: a.Source, rep: r, date: d, v: v, line: a.Source.Line(d.Start),
			mv: mvalOf(v), planned: r.Planned, relative: d.Relative}
		mr.stems, mr.surf = shingles(unnamed(a, r.Span, d.Span))
		mr.perIDs, mr.lookIDs = periods(v), lookups(v)
		if d.Relative && d.Precision != doc.Day {
			mr.week, mr.inWeek = weekOf(a.Source.Slice(d.Span), a.PublishedDate())
		}
	}
	return n
}

// order returns the indexes of m.reps finest date first, then by source id
// and position: the order in which reports are placed. Ties keep their
// index order, as a stable sort would.
func (m *merger) order() []int {
	// Rank the documents by source id once, so that reports compare as numbers.
	byID := make([]int, len(m.docs))
	for i := range byID {
		byID[i] = i
	}
	slices.SortFunc(byID, func(x, y int) int { return cmp.Compare(docID(m.docs[x]), docID(m.docs[y])) })
	m.byID = byID
	rank := make([]int32, len(m.docs))
	for k, i := range byID {
		if k > 0 && docID(m.docs[i]) == docID(m.docs[byID[k-1]]) {
			rank[i] = rank[byID[k-1]]
		} else {
			rank[i] = int32(k)
		}
	}
	m.rank = rank
	type key struct {
		prec  int8
		src   int32
		start int
		k     int
	}
	keys := make([]key, len(m.reps))
	for k := range m.reps {
		r := &m.reps[k]
		keys[k] = key{int8(dates.PrecisionRank(r.v.Precision)), rank[r.docIdx], r.rep.Start, k}
	}
	slices.SortFunc(keys, func(a, b key) int {
		if c := cmp.Compare(a.prec, b.prec); c != 0 {
			return c
		}
		if c := cmp.Compare(a.src, b.src); c != 0 {
			return c
		}
		if c := cmp.Compare(a.start, b.start); c != 0 {
			return c
		}
		return cmp.Compare(a.k, b.k)
	})
	order := make([]int, len(keys))
	for k, x := range keys {
		order[k] = x.k
	}
	return order
}

// docID returns the source id of a document, "" for none.
func docID(a *doc.Annotated) string {
	if a == nil || a.Source == nil {
		return ""
	}
	return a.Source.ID
}
