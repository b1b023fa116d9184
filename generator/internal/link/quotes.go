package link

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/dossier/dossier/generator/internal/annotate/quotes"
	"github.com/dossier/dossier/generator/internal/doc"
)

// Grouping thresholds, on sets of word bigrams and of content words of the
// normalized wordings.
const (
	minJaccard     = 0.5 // two wordings of about the same length
	minContainment = 0.7 // a shorter wording inside a longer one (at least minContainBigrams)
	// minContainBigrams is the size of the shorter bigram set above which
	// partial containment is trusted; smaller sets must be wholly contained.
	minContainBigrams = 5
	// maxQuotePosting skips bigrams and words shared by more quotes than this
	// when finding candidates ("of the", "think"): they say nothing and cost
	// quadratic time.
	maxQuotePosting = 64
	groupSlugWords  = 5
)

// gitem is one quote being grouped (or, for a unit, the joined words of
// several quotes of one source).
type gitem struct {
	doc, quote int
	speech     bool     // groupable: speech that is not hypothetical
	toks       []string // stemmed words, articles dropped, of the quote's own words (nested quotations cut out)
	bigrams    []uint64 // sorted, unique
	content    []uint32 // ids of the content words (no function words), sorted, unique
	long       []uint32 // the ids of content words of five letters or more (stemmed)
	tokset     []uint32 // ids of all the words, sorted, unique
	caption    bool     // a caption's or headline's quote ("'Born here': …")
	first      []string // the first words as written, lower-case, for the id
	speaker    []string // the speaker's name words, lower-case; nil when unknown
	order      string   // sort key: published, source id, offset
	key        string   // the normalized words, for exact repeats
	unit       int      // index into the units, or -1
}

// An edge says that two quotes are the same words, with a strength.
type edge struct {
	a, b  int32
	score float64
}

// GroupQuotes assigns a group id to every quote: groups[i][j] is the group of
// docs[i].Quotes[j]; one utterance reported in several wordings (by other
// sources, or in parts by one) shares a group.
//
// Only speech groups; terms, titles and hypothetical speech keep groups of
// their own. A quotation's own words are compared, without the quotations
// nested in it (a long quote does not join the words it quotes). Wordings
// are normalized (lower case, no punctuation or apostrophes, n't read as
// not, stemmed, articles dropped); an inverted index from word bigram to
// quotes gives candidate pairs, which are kept when
// their bigram Jaccard similarity or the containment of the shorter
// wording is high enough, or, by the same speaker or with one unknown,
// when they share three content words and most of the shorter one's
// (reordered or paraphrased reports). Alike wordings by two different
// named speakers do not group, unless one speaker quotes the other (the
// shorter wording whole inside the longer after a reporting verb).
//
// Parts of one quotation in one source (split by an attribution, or the
// next sentences or paragraphs of the same speech) are a unit, compared
// joined as well. The other sources decide whether a unit is one
// utterance: a source that quotes two parts in one quotation votes for
// one; a source that quotes a later part without the first votes for
// several, unless it quotes them in turn as parts of its own (quoting the first alone is only
// shortening); a tie keeps them apart, unless
// the later parts are short echoes of the one before ("Not a minute
// later.") and no source quotes them apart. Otherwise two quotations of one source never share a group
// (unless they are the same words), and a quote links to one quotation at
// most of each other source, its most alike: a long quote that contains
// two different sayings does not chain them into one group. Edges are
// joined strongest first, with union-find, refusing any join that would
// put two quotations of one source in one group.
//
// Ids are "g-" and the first words of the group's earliest quote (by
// publication date, source id, offset), with "-2", "-3"… when two groups
// start alike.
func GroupQuotes(docs []*doc.Annotated) (groups [][]string) {
	groups = make([][]string, len(docs))
	g := &grouper{ids: map[string]uint32{}}
	for i, d := range docs {
		groups[i] = make([]string, len(d.Quotes))
		if d.Source == nil {
			continue
		}
		g.addDoc(i, d)
	}
	n := len(g.items)
	g.index(n)
	edges := g.pairEdges(n)
	unitEdges, joined := g.unitEdges(n)
	edges = g.decide(edges, unitEdges, joined)
	g.join(edges)
	g.name(groups)
	return groups
}

// grouper holds the state of one GroupQuotes call.
type grouper struct {
	items    []gitem
	units    [][]int // item indexes of each unit of a source, in text order
	together []bool  // by unit: the sources say its parts are one utterance
	ids      map[string]uint32
	bigPost  map[uint64][]int32
	uf       *unionFind
	// candidates' scratch space: per item the query it was last seen by
	// and the bigrams it shares with the query.
	stamp, cb []int32
	query     int32
	hit       []int32
}

func (g *grouper) id(w string) uint32 {
	v, ok := g.ids[w]
	if !ok {
		v = uint32(len(g.ids))
		g.ids[w] = v
	}
	return v
}

// addDoc adds the quotes of one source, and its units.
func (g *grouper) addDoc(i int, d *doc.Annotated) {
	base := len(g.items)
	for j, q := range d.Quotes {
		it := g.item(i, j, d, ownText(d, j))
		it.speech = q.Kind == doc.Speech && !quotes.Hypothetical(q)
		it.caption = quotes.Caption(q)
		g.items = append(g.items, it)
	}
	// Units: a quote that continues the one before (split by its
	// attribution, the next sentence or paragraph of the same speech).
	var cur []int
	flush := func() {
		if len(cur) > 1 {
			u := len(g.units)
			for _, k := range cur {
				g.items[k].unit = u
			}
			g.units = append(g.units, cur)
		}
		cur = nil
	}
	prev := -1
	for j, q := range d.Quotes {
		k := base + j
		if !g.items[k].speech || nestedIn(d.Quotes, j) {
			continue
		}
		cont := quotes.Continues(q)
		if cont && prev >= 0 && d.Quotes[prev].Speaker == q.Speaker {
			if len(cur) == 0 {
				cur = []int{base + prev}
			}
			cur = append(cur, k)
		} else {
			flush()
		}
		prev = j
	}
	flush()
}

// nestedIn reports whether quote j lies inside another quote of qs.
func nestedIn(qs []doc.Quote, j int) bool {
	o := qs[j].Outer
	for k := range qs {
		if k != j && qs[k].Outer.Start <= o.Start && o.End <= qs[k].Outer.End && qs[k].Outer != o {
			return true
		}
	}
	return false
}

// ownText returns the words of quote j of d without the quotations nested
// in it.
func ownText(d *doc.Annotated, j int) string {
	q := d.Quotes[j]
	text := quotes.Text(d.Source, q)
	var cut []doc.Span
	for k, o := range d.Quotes {
		if k != j && q.Start <= o.Outer.Start && o.Outer.End <= q.End && o.Outer != q.Outer {
			cut = append(cut, o.Outer)
		}
	}
	if len(cut) == 0 || len(q.Parts) > 0 {
		return text
	}
	var b strings.Builder
	at := q.Start
	for _, c := range cut {
		if c.Start < at {
			continue
		}
		b.WriteString(d.Source.Text[at:c.Start])
		b.WriteByte(' ')
		at = c.End
	}
	b.WriteString(d.Source.Text[at:q.End])
	return b.String()
}

// item builds the gitem of one wording.
func (g *grouper) item(i, j int, d *doc.Annotated, text string) gitem {
	q := d.Quotes[j]
	it := gitem{doc: i, quote: j, unit: -1}
	ws := quotes.Words(text)
	it.toks = quotes.NormWords(ws)
	it.first = ws[:min(len(ws), groupSlugWords)]
	if q.Speaker >= 0 && q.Speaker < len(d.People) {
		it.speaker = quotes.Words(d.People[q.Speaker].Name)
	}
	it.order = fmt.Sprintf("%s\x00%s\x00%012d\x00%06d", d.PublishedDate(), d.Source.ID, q.Outer.Start, i)
	it.key = strings.Join(it.toks, " ")
	g.fill(&it)
	return it
}

// fill computes the bigrams, word and content word sets of it.toks.
func (g *grouper) fill(it *gitem) {
	n := len(it.toks)
	if n == 0 {
		return
	}
	// One backing array: ids, then the word set, content and long words.
	buf := make([]uint32, 0, 4*n)
	for _, w := range it.toks {
		buf = append(buf, g.id(w))
	}
	ids := buf[:n:n]
	if n >= 2 {
		bs := make([]uint64, 0, n-1)
		for k := 0; k+1 < n; k++ {
			bs = append(bs, uint64(ids[k])<<32|uint64(ids[k+1]))
		}
		slices.Sort(bs)
		it.bigrams = slices.Compact(bs)
	}
	it.tokset = append(buf[n:n:2*n], ids...)
	slices.Sort(it.tokset)
	it.tokset = slices.Clip(slices.Compact(it.tokset))
	rest := buf[2*n : 2*n : 3*n]
	for k, w := range it.toks {
		if !quotes.FunctionWord(w) {
			rest = append(rest, ids[k])
		}
	}
	slices.Sort(rest)
	it.content = slices.Clip(slices.Compact(rest))
	long := buf[3*n : 3*n : cap(buf)]
	for k, w := range it.toks {
		if !quotes.FunctionWord(w) && len(w) >= 5 {
			long = append(long, ids[k])
		}
	}
	slices.Sort(long)
	it.long = slices.Compact(long)
}

// index builds the postings of the first n items' bigrams.
func (g *grouper) index(n int) {
	g.bigPost = map[uint64][]int32{}
	for k := 0; k < n; k++ {
		it := &g.items[k]
		if !it.speech {
			continue
		}
		for _, b := range it.bigrams {
			if p := g.bigPost[b]; len(p) <= maxQuotePosting {
				g.bigPost[b] = append(p, int32(k))
			}
		}
	}
}

// candidates calls f for every indexed item that shares a bigram with it
// (each once), through postings short enough to read: every similarity
// test needs a shared bigram, reworded sayings two. The counters are kept
// in g.stamp and g.cb, reset by a query stamp, not cleared.
func (g *grouper) candidates(it *gitem, f func(m int32)) {
	if g.stamp == nil {
		g.stamp = make([]int32, len(g.items))
		g.cb = make([]int32, len(g.items))
	}
	g.query++
	q := g.query
	g.hit = g.hit[:0]
	touch := func(m int32) {
		if g.stamp[m] != q {
			g.stamp[m], g.cb[m] = q, 0
			g.hit = append(g.hit, m)
		}
	}
	capped := int32(0) // bigrams whose postings are too long to read
	for _, b := range it.bigrams {
		if p := g.bigPost[b]; len(p) <= maxQuotePosting {
			for _, m := range p {
				touch(m)
				g.cb[m]++
			}
		} else {
			capped++
		}
	}
	for _, m := range g.hit {
		// At most cb+capped bigrams in common: with one, only tiny
		// wordings or nearly the same words reordered can be alike.
		o := &g.items[m]
		if g.cb[m]+capped < 2 && min(len(it.bigrams), len(o.bigrams)) > 2 && !tokensMayBeAlike(it, o) {
			continue
		}
		f(m)
	}
}

// pairEdges returns the edges between quotes of different sources that are
// the same words, and between equal wordings of one source.
func (g *grouper) pairEdges(n int) []edge {
	var edges []edge
	exact := map[string]int32{}
	for k := 0; k < n; k++ {
		it := &g.items[k]
		if !it.speech || len(it.toks) == 0 {
			continue
		}
		// The same words exactly: joined even when every bigram is too
		// common to index (a quote repeated by hundreds of sources).
		if len(it.toks) >= 3 || it.speaker != nil {
			key := it.key
			if len(it.toks) < 3 {
				key += "\x00" + strings.Join(it.speaker, " ")
			}
			if m, ok := exact[key]; ok {
				edges = append(edges, edge{m, int32(k), 1})
			} else {
				exact[key] = int32(k)
			}
		}
		g.candidates(it, func(m int32) {
			if int(m) >= k {
				return
			}
			o := &g.items[m]
			if o.doc == it.doc && (it.unit >= 0 && it.unit == o.unit) {
				return // parts of one quotation: decided as a unit
			}
			if ok, score := similar(it, o); ok {
				edges = append(edges, edge{m, int32(k), score})
			}
		})
	}
	return edges
}

// unitEdges returns, for each unit, the edges from its joined words to
// quotes of other sources.
func (g *grouper) unitEdges(n int) ([][]edge, []gitem) {
	out := make([][]edge, len(g.units))
	all := make([]gitem, len(g.units))
	for u, parts := range g.units {
		first := &g.items[parts[0]]
		joined := gitem{doc: first.doc, quote: first.quote, speech: true, speaker: first.speaker, unit: u}
		for _, p := range parts {
			joined.toks = append(joined.toks, g.items[p].toks...)
		}
		g.fill(&joined)
		g.candidates(&joined, func(m int32) {
			o := &g.items[m]
			if int(m) >= n || o.doc == joined.doc {
				return
			}
			if ok, score := similar(&joined, o); ok {
				out[u] = append(out[u], edge{int32(parts[0]), m, score})
			}
		})
		all[u] = joined
	}
	return out, all
}

// decide keeps the edges that may join groups: for each unit, whether
// its parts are one utterance (see GroupQuotes); for each quote, its most alike
// quotation of each other source, or all the parts of a unit that is one
// utterance.
func (g *grouper) decide(edges []edge, unitEdges [][]edge, joined []gitem) []edge {
	g.together = make([]bool, len(g.units))
	// partner[k] lists the edges of item k.
	// Only the edges of units' parts are read below.
	partner := map[int32][]edge{}
	alike := map[[2]int32]bool{}
	for _, e := range edges {
		if g.items[e.a].unit < 0 && g.items[e.b].unit < 0 {
			continue
		}
		partner[e.a] = append(partner[e.a], e)
		partner[e.b] = append(partner[e.b], edge{e.b, e.a, e.score})
		alike[[2]int32{e.a, e.b}], alike[[2]int32{e.b, e.a}] = true, true
	}
	for u, parts := range g.units {
		// hits[m] are the parts (by index) quote m of another source is alike to.
		hits := map[int32]map[int]bool{}
		for pi, p := range parts {
			for _, e := range partner[int32(p)] {
				if hits[e.b] == nil {
					hits[e.b] = map[int]bool{}
				}
				hits[e.b][pi] = true
			}
		}
		together, single, inTurn := map[int]bool{}, map[int]bool{}, map[int]bool{}
		for m, ps := range hits {
			d := g.items[m].doc
			if len(ps) >= 2 {
				together[d] = true // one quote of d holds two parts
				continue
			}
			for pi := range ps {
				if pi > 0 {
					single[d] = true // a later part quoted without the first
				}
			}
			// Two parts quoted in turn by a unit of d, in the same order:
			// d keeps them as this source does, which says nothing either way.
			if v := g.items[m].unit; v >= 0 {
				for pi := range ps {
					vs := g.units[v]
					for k := 0; k+1 < len(vs) && pi+1 < len(parts); k++ {
						if vs[k] == int(m) && alike[[2]int32{int32(vs[k+1]), int32(parts[pi+1])}] {
							inTurn[d] = true
						}
					}
				}
			}
		}
		// A quote alike to the parts joined, of which two parts each say
		// something ("we had hoses, we had no warning" against "We had
		// hoses." + "What we did not have was warning.").
		for _, e := range unitEdges[u] {
			q := &g.items[e.b]
			// Two parts each say something of q: two content words or two
			// bigrams in common, or all of a part of one or two words.
			saying := 0
			for _, p := range parts {
				it := &g.items[p]
				c := intersect(q.content, it.content)
				if c >= 2 || intersect(q.bigrams, it.bigrams) >= 2 || len(it.toks) <= 2 && c == len(it.content) && c > 0 {
					saying++
				}
			}
			// A quote alike on its own to a later part only quotes that
			// part: the words it shares with the first ("why the bridge
			// is shut" / "The bridge is shut because ...") are
			// its subject restated, not a second saying.
			laterOnly := false
			if ps := hits[e.b]; len(ps) == 1 {
				for pi := range ps {
					laterOnly = pi > 0 && newWords(q, &g.items[parts[pi]], parts, g.items) < 2
				}
			}
			if saying >= 2 && !laterOnly {
				together[q.doc] = true
			}
		}
		apart := 0
		for d := range single {
			if !together[d] && !inTurn[d] {
				apart++ // d quotes a later part without the others
			}
		}
		// A short part that echoes the one before ("I signed the minute
		// it came. Not a minute later.") restates it: one utterance, unless
		// a source quotes the parts apart.
		echo := true
		for k := 1; k < len(parts); k++ {
			it, prev := &g.items[parts[k]], &g.items[parts[k-1]]
			if len(it.toks) > 4 || intersect(it.content, prev.content) == 0 {
				echo = false
			}
		}
		if len(together) > apart || apart == 0 && echo {
			g.together[u] = true
			for _, p := range parts[1:] {
				edges = append(edges, edge{int32(parts[0]), int32(p), 1})
			}
			edges = append(edges, unitEdges[u]...)
		}
	}
	// One quotation of each other source for each quote, its most alike:
	// all the parts of a unit that is one utterance count as one.
	slices.SortStableFunc(edges, func(x, y edge) int { return cmp.Compare(y.score, x.score) })
	taken := map[[2]int]int{} // (item, other source) → the slot linked
	var kept []edge
	for _, e := range edges {
		a, b := &g.items[e.a], &g.items[e.b]
		if a.doc == b.doc {
			kept = append(kept, e)
			continue
		}
		ka, kb := [2]int{int(e.a), b.doc}, [2]int{int(e.b), a.doc}
		sa, sb := g.slot(e.b), g.slot(e.a)
		if s, ok := taken[ka]; ok && s != sa {
			continue
		}
		if s, ok := taken[kb]; ok && s != sb {
			continue
		}
		taken[ka], taken[kb] = sa, sb
		kept = append(kept, e)
	}
	return kept
}

// newWords counts the content words q shares with the parts of a unit
// other than the part it is alike to, and not with that part: what q
// takes from the others ("We asked at 9pm and the order came at 2.40am"
// takes "asked" and "order" from a first part; "The bridge is shut
// because ..." takes only "bridge" from "why the bridge is shut").
func newWords(q, part *gitem, parts []int, items []gitem) int {
	seen := map[uint32]bool{}
	for _, p := range parts {
		it := &items[p]
		if it == part {
			continue
		}
		for _, w := range it.content {
			if !seen[w] && slices.Contains(q.content, w) && !slices.Contains(part.content, w) {
				seen[w] = true
			}
		}
	}
	return len(seen)
}

// slot names the quotation an item stands for when linking one quotation
// of each source: its unit when the unit is one utterance (-1-unit), else
// itself.
func (g *grouper) slot(k int32) int {
	if u := g.items[k].unit; u >= 0 && g.together[u] {
		return -1 - u
	}
	return int(k)
}

// join unites the edges, strongest first, refusing a join that would put
// two quotations of one source in one group unless they are one unit
// that is one utterance or the same words.
func (g *grouper) join(edges []edge) {
	g.uf = newUnionFind(len(g.items))
	// byDoc[root] holds a group's members by source: a join only compares
	// the members of the sources both groups hold.
	byDoc := make([]map[int][]int32, len(g.items))
	for _, e := range edges {
		ra, rb := g.uf.find(int(e.a)), g.uf.find(int(e.b))
		if ra == rb {
			continue
		}
		for _, r := range [2]int{ra, rb} {
			if byDoc[r] == nil {
				byDoc[r] = map[int][]int32{g.items[r].doc: {int32(r)}}
			}
		}
		if g.conflict(byDoc[ra], byDoc[rb]) {
			continue
		}
		g.uf.union(ra, rb)
		r := g.uf.find(ra)
		big, small := byDoc[ra], byDoc[rb]
		if len(small) > len(big) {
			big, small = small, big
		}
		for d, ms := range small {
			big[d] = append(big[d], ms...)
		}
		byDoc[ra], byDoc[rb] = nil, nil
		byDoc[r] = big
	}
}

// conflict reports whether two groups hold different quotations of one
// source (not parts of one utterance, not the same words).
func (g *grouper) conflict(a, b map[int][]int32) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	for d, xs := range a {
		ys, ok := b[d]
		if !ok {
			continue
		}
		for _, x := range xs {
			ix := &g.items[x]
			for _, y := range ys {
				iy := &g.items[y]
				if ix.key == iy.key {
					continue
				}
				if ix.unit >= 0 && ix.unit == iy.unit && g.together[ix.unit] {
					continue
				}
				if ok, _ := similar(ix, iy); ok && (ix.unit < 0 || ix.unit != iy.unit) {
					continue // the same words twice (a headline's or a bullet's, then the body's)
				}
				return true
			}
		}
	}
	return false
}

// name gives each group the id of its earliest member.
func (g *grouper) name(groups [][]string) {
	roots := map[int][]int{}
	for n := range g.items {
		r := g.uf.find(n)
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
			if g.items[m].order < g.items[e].order {
				e = m
			}
		}
		gs = append(gs, grp{ms, e})
	}
	sort.Slice(gs, func(a, b int) bool { return g.items[gs[a].earliest].order < g.items[gs[b].earliest].order })
	used := map[string]int{}
	for _, gr := range gs {
		base := groupSlug(g.items[gr.earliest].first)
		name := base
		if c := used[base]; c > 0 {
			name = fmt.Sprintf("%s-%d", base, c+1)
		}
		used[base]++
		for _, m := range gr.members {
			groups[g.items[m].doc][g.items[m].quote] = name
		}
	}
}

// similar reports whether two speech wordings are the same words, and how
// alike they are.
func similar(a, b *gitem) (bool, float64) {
	na, nb := len(a.toks), len(b.toks)
	if na == 0 || nb == 0 {
		return false, 0
	}
	same := sameSpeaker(a, b)
	differ := a.speaker != nil && b.speaker != nil && !same
	sharedB := intersect(a.bigrams, b.bigrams)
	smallB, largeB := min(len(a.bigrams), len(b.bigrams)), max(len(a.bigrams), len(b.bigrams))
	var jac, cont float64
	if smallB > 0 {
		jac = float64(sharedB) / float64(smallB+largeB-sharedB)
		cont = float64(sharedB) / float64(smallB)
	}
	sharedC := intersect(a.content, b.content)
	smallC, largeC := min(len(a.content), len(b.content)), max(len(a.content), len(b.content))
	var ccont, dice float64
	if smallC > 0 {
		ccont = float64(sharedC) / float64(smallC)
		dice = 2 * float64(sharedC) / float64(smallC+largeC)
	}
	score := max(jac, 0.9*dice)
	short := min(na, nb)
	if short < 3 {
		// One or two words say too little ("shadow book"): only the same
		// words by the same speaker group (see pairEdges), or a caption's
		// fragment wholly inside its speaker's quote ("'Born here': …").
		cap := na < 3 && a.caption || nb < 3 && b.caption
		inside := sharedC == smallC && smallC > 0 && (smallB == 0 || sharedB == smallB)
		return cap && same && inside, score
	}
	ok := jac >= minJaccard ||
		(smallB >= minContainBigrams && cont >= minContainment) ||
		(cont == 1 && short >= 4) ||
		tokensAlike(a.tokset, b.tokset)
	// A saying reworded shares three content words and three bigrams (or
	// two, with a shared content word of five letters or more) ("we asked at nine …" / "we asked
	// at 9pm …").
	reworded := sharedC >= 3 && (sharedB >= 3 || sharedB >= 2 && intersect(a.long, b.long) >= 1)
	if !ok && same {
		// The same person: a fragment wholly inside the other, two
		// excerpts that overlap, or the same saying reworded.
		ok = cont == 1 || (sharedB >= 3 && cont >= 0.5) || (reworded && ccont >= 0.5)
	}
	if !ok && !differ {
		ok = (reworded && ccont >= 0.6 && dice >= 0.4) ||
			(cont == 1 && short >= 3 && longWord(a, b))
	}
	if ok && differ && jac < 0.8 && !reportedInside(a, b) {
		return false, 0 // different people saying alike things
	}
	return ok, score
}

// reportWords are the stems of the reporting verbs that, inside a quote,
// introduce somebody else's words: "They called the levy a tax on
// ordinary savers", "the report says the scheme was doomed".
var reportWords = map[string]bool{
	"call": true, "said": true, "say": true, "wrote": true, "told": true, "describ": true,
}

// reportedInside reports whether the shorter wording, of four words or
// more, is inside the longer one as written, right after a reporting verb
// of the longer (at most three words before it): a speaker quoting what
// another said, so the two speakers differ but the words are one
// utterance ("reported-inside-quote").
func reportedInside(a, b *gitem) bool {
	s, l := a, b
	if len(b.toks) < len(a.toks) {
		s, l = b, a
	}
	n := len(s.toks)
	if n < 4 || n >= len(l.toks) {
		return false
	}
	for p := 0; p+n <= len(l.toks); p++ {
		if !slices.Equal(l.toks[p:p+n], s.toks) {
			continue
		}
		for k := max(0, p-3); k < p; k++ {
			if reportWords[l.toks[k]] {
				return true
			}
		}
	}
	return false
}

// longWord reports whether the shorter wording has a content word of six
// letters or more: a three-word fragment wholly inside another is the same
// words only when it says something ("will not speculate", not "we did it").
func longWord(a, b *gitem) bool {
	s := a
	if len(b.toks) < len(a.toks) {
		s = b
	}
	for _, w := range s.toks {
		if !quotes.FunctionWord(w) && len(w) >= 6 {
			return true
		}
	}
	return false
}

// sameSpeaker reports whether both quotes have a known speaker with a name word in common.
func sameSpeaker(a, b *gitem) bool {
	return a.speaker != nil && b.speaker != nil && shareWord(a.speaker, b.speaker)
}

// tokensMayBeAlike reports whether the word sets of a and b are close
// enough in size for tokensAlike to hold.
func tokensMayBeAlike(a, b *gitem) bool {
	na, nb := len(a.tokset), len(b.tokset)
	return min(na, nb) >= 3 && 4*min(na, nb) >= 3*max(na, nb)
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

// groupSlug makes a group id from the first words of a wording.
func groupSlug(ws []string) string {
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
