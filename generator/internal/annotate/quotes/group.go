package quotes

import (
	"cmp"
	"fmt"
	"math/bits"
	"slices"
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
	tokset     []uint32 // ids of toks, sorted, unique
	tokSig     uint64   // one bit per id in tokset (hashed): see overlapBound
	bigSig     uint64   // one bit per bigram (hashed)
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
			ws := words(text)
			it.toks = normWords(ws)
			it.first = ws[:min(len(ws), slugWords)]
			if q.Speaker >= 0 && q.Speaker < len(d.People) {
				it.speaker = words(d.People[q.Speaker].Name)
			}
			it.order = fmt.Sprintf("%s\x00%s\x00%012d\x00%06d", d.Source.Published, d.Source.ID, q.Outer.Start, i)
			if len(it.toks) > 0 {
				ids := make([]uint32, len(it.toks))
				for k, w := range it.toks {
					ids[k] = id(w)
				}
				if len(ids) >= 2 {
					bs := make([]uint64, 0, len(ids)-1)
					for k := 0; k+1 < len(ids); k++ {
						bs = append(bs, uint64(ids[k])<<32|uint64(ids[k+1]))
					}
					slices.Sort(bs)
					it.bigrams = slices.Compact(bs)
					for _, b := range it.bigrams {
						it.bigSig |= sigBit(b)
					}
				}
				slices.Sort(ids)
				it.tokset = slices.Compact(ids)
				for _, v := range it.tokset {
					it.tokSig |= sigBit(uint64(v))
				}
			}
			items = append(items, it)
		}
	}
	uf := newUnionFind(len(items))
	exact := map[string]int{}
	postings := map[uint64][]int32{}
	edges := map[string][]int32{}   // first and last word of speech quotes of 2+ words
	singles := map[string][]int32{} // one-word speech quotes
	// counts[m] is the number of bigrams a quote shares with candidate m
	// through postings short enough to read; cands lists the candidates.
	counts := make([]int32, len(items))
	var cands []int32
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
		for _, m := range cands {
			counts[m] = 0
		}
		cands = cands[:0]
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
		capped := 0 // bigrams whose postings were too long to read
		for _, b := range it.bigrams {
			p := postings[b]
			if len(p) <= maxPosting {
				for _, m := range p {
					if counts[m] == 0 {
						cands = append(cands, m)
					}
					counts[m]++
				}
			} else {
				capped++
			}
			postings[b] = append(p, int32(n))
		}
		for _, m := range cands {
			// Already together: whether they are similar changes nothing.
			// A candidate shares at most counts[m]+capped bigrams.
			if uf.find(int(m)) == uf.find(n) || !maybeSimilar(it, &items[m], int(counts[m])+capped) {
				continue
			}
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
		ok = tokensMayBeAlike(a, b) && tokensAlike(a.tokset, b.tokset)
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

// maybeSimilar reports whether similar(a, b) may hold when a and b share
// no more than most bigrams. It is exact as a filter: every test of similar is
// monotonic in the number of shared bigrams or words, and only upper
// bounds of those are used.
func maybeSimilar(a, b *gitem, most int) bool {
	if len(a.bigrams) == 0 || len(b.bigrams) == 0 {
		return false
	}
	small, large := len(a.bigrams), len(b.bigrams)
	if small > large {
		small, large = large, small
	}
	shared := min(most, small, overlapBound(len(a.bigrams), len(b.bigrams), a.bigSig, b.bigSig))
	jac := float64(shared) / float64(small+large-shared)
	cont := float64(shared) / float64(small)
	return jac >= minJaccard ||
		(small >= minContainBigrams && cont >= minContainment) ||
		(cont == 1 && min(len(a.toks), len(b.toks)) >= 4) ||
		tokensMayBeAlike(a, b) ||
		(sameSpeaker(a, b) && (cont == 1 || (shared >= 3 && cont >= 0.5)))
}

// sigBit is the signature bit of an id or bigram (a multiplicative hash).
func sigBit(v uint64) uint64 {
	return 1 << ((v * 0x9E3779B97F4A7C15) >> 58)
}

// overlapBound is an upper bound of the size of the intersection of two
// sets of sizes na and nb with signatures sa and sb: each distinct bit of
// the union of the signatures stands for at least one distinct element of
// the union of the sets.
func overlapBound(na, nb int, sa, sb uint64) int {
	return max(0, na+nb-bits.OnesCount64(sa|sb))
}

// sameSpeaker reports whether both quotes have a known speaker with a name word in common.
func sameSpeaker(a, b *gitem) bool {
	return a.speaker != nil && b.speaker != nil && shareWord(a.speaker, b.speaker)
}

// tokensMayBeAlike reports whether the word sets of a and b can be alike
// (see tokensAlike) given their sizes and signatures: shared ≤ small and
// shared ≤ overlapBound; union = |a|+|b|-shared.
func tokensMayBeAlike(a, b *gitem) bool {
	na, nb := len(a.tokset), len(b.tokset)
	shared := min(na, nb, overlapBound(na, nb, a.tokSig, b.tokSig))
	return shared >= 3 && float64(shared)/float64(na+nb-shared) >= 0.75
}

// tokensAlike reports whether two sorted sets of word ids share at least 3
// words and three quarters of their union.
func tokensAlike(a, b []uint32) bool {
	shared := intersect(a, b)
	union := len(a) + len(b) - shared
	return shared >= 3 && float64(shared)/float64(union) >= 0.75
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

// intersect counts the elements two sorted sets share.
func intersect[T cmp.Ordered](a, b []T) int {
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
