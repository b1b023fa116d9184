package quotes

import (
	"fmt"
	"sort"
	"strings"

	"github.com/dossier/dossier/generator/internal/doc"
)

// Grouping thresholds, on sets of word bigrams of the normalized wordings.
const (
	minJaccard     = 0.5 // two wordings of about the same length
	minContainment = 0.7 // a shorter wording inside a longer one (at least minContainBigrams)
	// minContainBigrams is the size of the shorter bigram set above which
	// partial containment is trusted; smaller sets must be wholly contained.
	minContainBigrams = 5
	// maxPosting skips bigrams shared by more quotes than this when finding
	// candidates ("of the", "i think"): they say nothing and cost quadratic time.
	maxPosting = 64
	slugWords  = 5
)

// gitem is one quote being grouped.
type gitem struct {
	doc, quote int
	kind       doc.QuoteKind
	toks       []string // stemmed content words
	bigrams    []uint64 // sorted, unique
	first      []string // the first words as written, lower-case, for the id
	speaker    []string // the speaker's name words, lower-case; nil when unknown
	order      string   // sort key: published, source id, offset
}

// Group assigns a group id to every quote: groups[i][j] is the group of
// docs[i].Quotes[j]; the same quote in other wording shares a group.
//
// Speech is compared on word bigrams of its normalized wording (lower case,
// no punctuation or apostrophes, stemmed, articles dropped): an inverted
// index from bigram to quotes gives the candidate pairs, which are kept when
// their Jaccard similarity or the containment of the shorter wording is
// high enough, and merged with union-find. Terms and titles group only with
// quotes of their own kind and the same normalized words ('genius' with
// 'genius'), never by containment into speech. Ids are "g-" and the first
// words of the group's earliest quote (by publication date, source id,
// offset), with "-2", "-3"… when two groups start alike.
func Group(docs []*doc.Annotated) (groups [][]string) {
	groups = make([][]string, len(docs))
	var items []gitem
	tokIDs := map[string]uint32{}
	id := func(w string) uint32 {
		v, ok := tokIDs[w]
		if !ok {
			v = uint32(len(tokIDs))
			tokIDs[w] = v
		}
		return v
	}
	for i, d := range docs {
		groups[i] = make([]string, len(d.Quotes))
		if d.Source == nil {
			continue
		}
		for j, q := range d.Quotes {
			text := Text(d.Source, q)
			it := gitem{doc: i, quote: j, kind: q.Kind}
			it.toks = normTokens(text)
			ws := words(text)
			it.first = ws[:min(len(ws), slugWords)]
			if q.Speaker >= 0 && q.Speaker < len(d.People) {
				it.speaker = words(d.People[q.Speaker].Name)
			}
			it.order = fmt.Sprintf("%s\x00%s\x00%012d\x00%06d", d.Source.Published, d.Source.ID, q.Outer.Start, i)
			if len(it.toks) >= 2 {
				bs := make([]uint64, 0, len(it.toks)-1)
				for k := 0; k+1 < len(it.toks); k++ {
					bs = append(bs, uint64(id(it.toks[k]))<<32|uint64(id(it.toks[k+1])))
				}
				sort.Slice(bs, func(a, b int) bool { return bs[a] < bs[b] })
				it.bigrams = uniq(bs)
			}
			items = append(items, it)
		}
	}
	uf := newUnionFind(len(items))
	exact := map[string]int{}
	postings := map[uint64][]int32{}
	edges := map[string][]int32{}   // first and last word of speech quotes of 2+ words
	singles := map[string][]int32{} // one-word speech quotes
	counts := map[int32]int{}
	for n := range items {
		it := &items[n]
		if it.kind != doc.Speech || len(it.toks) < 3 {
			// Terms and titles group by their words alone, with each other.
			class := "speech"
			if it.kind != doc.Speech {
				class = "term"
			}
			key := class + "\x00" + strings.Join(it.toks, " ")
			if len(it.toks) == 0 {
				key = class + "\x00" + strings.Join(it.first, " ")
			}
			if m, ok := exact[key]; ok {
				uf.union(m, n)
			} else {
				exact[key] = n
			}
			if it.kind != doc.Speech {
				continue
			}
		}
		// The same words exactly: grouped even when every bigram is too
		// common to index (a quote repeated by hundreds of sources).
		if len(it.toks) >= 3 {
			key := "exact\x00" + strings.Join(it.toks, " ")
			if m, ok := exact[key]; ok {
				uf.union(m, n)
			} else {
				exact[key] = n
			}
		}
		clear(counts)
		switch len(it.toks) {
		case 0:
			continue
		case 1:
			// "Never," against "Never. This club was born here…".
			w := it.toks[0]
			for _, m := range edges[w] {
				if sameSpeaker(it, &items[m]) {
					uf.union(int(m), n)
				}
			}
			if len(singles[w]) <= maxPosting {
				singles[w] = append(singles[w], int32(n))
			}
			continue
		}
		for _, w := range []string{it.toks[0], it.toks[len(it.toks)-1]} {
			for _, m := range singles[w] {
				if sameSpeaker(it, &items[m]) {
					uf.union(int(m), n)
				}
			}
			if len(edges[w]) <= maxPosting {
				edges[w] = append(edges[w], int32(n))
			}
		}
		for _, b := range it.bigrams {
			p := postings[b]
			if len(p) <= maxPosting {
				for _, m := range p {
					counts[m]++
				}
			}
			postings[b] = append(p, int32(n))
		}
		for m := range counts {
			if similar(it, &items[m]) {
				uf.union(int(m), n)
			}
		}
	}
	// Name each group after its earliest member.
	roots := map[int][]int{}
	for n := range items {
		r := uf.find(n)
		roots[r] = append(roots[r], n)
	}
	type grp struct {
		members  []int
		earliest int
	}
	var gs []grp
	for _, ms := range roots {
		e := ms[0]
		for _, m := range ms[1:] {
			if items[m].order < items[e].order {
				e = m
			}
		}
		gs = append(gs, grp{ms, e})
	}
	sort.Slice(gs, func(a, b int) bool { return items[gs[a].earliest].order < items[gs[b].earliest].order })
	used := map[string]int{}
	for _, g := range gs {
		base := slug(items[g.earliest].first)
		name := base
		if c := used[base]; c > 0 {
			name = fmt.Sprintf("%s-%d", base, c+1)
		}
		used[base]++
		for _, m := range g.members {
			groups[items[m].doc][items[m].quote] = name
		}
	}
	return groups
}

// similar reports whether two speech quotes are the same words.
func similar(a, b *gitem) bool {
	if len(a.bigrams) == 0 || len(b.bigrams) == 0 {
		return false
	}
	shared := intersect(a.bigrams, b.bigrams)
	small, large := len(a.bigrams), len(b.bigrams)
	if small > large {
		small, large = large, small
	}
	jac := float64(shared) / float64(small+large-shared)
	cont := float64(shared) / float64(small)
	ok := jac >= minJaccard ||
		(small >= minContainBigrams && cont >= minContainment) ||
		(cont == 1 && min(len(a.toks), len(b.toks)) >= 4)
	if !ok {
		// Few words, reordered or inflected: "We were discussing life" /
		// "Life, we discuss life".
		ts := tokenJaccard(a.toks, b.toks)
		ok = ts.shared >= 3 && ts.score >= 0.75
	}
	if ok && a.speaker != nil && b.speaker != nil && jac < 0.8 && !shareWord(a.speaker, b.speaker) {
		return false // different people saying alike things
	}
	if !ok && sameSpeaker(a, b) {
		// The same person: a fragment wholly inside the other ("Born
		// here"), or two excerpts that overlap ("…city. We kept our
		// promise," / "We kept our promise. No new taxes").
		ok = cont == 1 || (shared >= 3 && cont >= 0.5)
	}
	return ok
}

// sameSpeaker reports whether both quotes have a known speaker with a name word in common.
func sameSpeaker(a, b *gitem) bool {
	return a.speaker != nil && b.speaker != nil && shareWord(a.speaker, b.speaker)
}

type tokenScore struct {
	shared int
	score  float64
}

func tokenJaccard(a, b []string) tokenScore {
	sa := map[string]bool{}
	for _, w := range a {
		sa[w] = true
	}
	sb := map[string]bool{}
	shared := 0
	for _, w := range b {
		if sb[w] {
			continue
		}
		sb[w] = true
		if sa[w] {
			shared++
		}
	}
	union := len(sa) + len(sb) - shared
	if union == 0 {
		return tokenScore{}
	}
	return tokenScore{shared, float64(shared) / float64(union)}
}

func shareWord(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

func uniq(s []uint64) []uint64 {
	out := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}

func intersect(a, b []uint64) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}

// slug makes a group id from the first words of a wording.
func slug(ws []string) string {
	var parts []string
	for _, w := range ws {
		var b strings.Builder
		for _, r := range w {
			if r < 128 {
				b.WriteRune(r)
			}
		}
		if b.Len() > 0 {
			parts = append(parts, b.String())
		}
	}
	if len(parts) == 0 {
		return "g-quote"
	}
	return "g-" + strings.Join(parts, "-")
}

// unionFind is a disjoint-set forest with path halving.
type unionFind struct{ parent []int }

func newUnionFind(n int) *unionFind {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	return &unionFind{p}
}

func (u *unionFind) find(x int) int {
	for u.parent[x] != x {
		u.parent[x] = u.parent[u.parent[x]]
		x = u.parent[x]
	}
	return x
}

// union joins the sets of x and y, keeping the smaller index as root.
func (u *unionFind) union(x, y int) {
	rx, ry := u.find(x), u.find(y)
	if rx == ry {
		return
	}
	if rx > ry {
		rx, ry = ry, rx
	}
	u.parent[ry] = rx
}
