package people

import (
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/dossier/dossier/generator/internal/doc"
	shlex "github.com/dossier/dossier/generator/internal/lexicon"
	"github.com/dossier/dossier/generator/internal/text"
)

// finder holds the state of one Find call.
type finder struct {
	src          string
	read         *text.Text // the text layer's reading of src
	outlet       string     // the key of the source's own outlet ("music notes"), never a person; "" when none
	toks         []token
	lex          *lexicon
	reg          *regIndex
	cands        []cand
	words        []int // the word indexes of every candidate (see wordIdx)
	groups       []*group
	byKey        map[string]int // normalized full name → group
	sur          map[string][]int
	given        map[string][]int
	acro         map[string][]int
	ments        []ment
	notAlone     map[string]bool // single words that are no person of one word (see poolEvidence)
	pendingMulti []int           // candidates of several words that wait for a list cue (see poolEvidence)
	marks        []bool          // scratch for resolveRest
	lists        [2][]int        // scratch for resolveRest
	taken        []bool          // token indexes already inside a mention

	lowerWords map[string]struct{} // words the text writes in lower case, built on first use
	initials   map[string]struct{} // initials of the titles the text writes out ("DI"), built on first use

	buf   []byte              // scratch for normalized keys (see norm)
	keys  map[string]string   // normalized keys made so far, to reuse one string per name
	cores map[string]coreInfo // coreOf results by key
}

// coreInfo is a normalized name split into its words, without suffixes.
type coreInfo struct {
	core   []string
	suffix string
}

// norm returns normKey(s) in a scratch buffer that the next call reuses:
// look it up with m[string(b)] (no allocation) or make it a key with intern.
func (f *finder) norm(s string) []byte {
	f.buf = appendNormKey(f.buf[:0], s)
	return f.buf
}

// intern returns b as a string, one string per distinct key.
func (f *finder) intern(b []byte) string {
	if k, ok := f.keys[string(b)]; ok {
		return k
	}
	k := string(b)
	f.keys[k] = k
	return k
}

// group is one person of the source while names are being merged.
type group struct {
	keys   []string // normalized names that belong to it
	core   []string // the words of its fullest name, suffixes removed
	suffix string   // "jr", "sr", ... or ""
	full   int      // mentions by a name of two or more words
	first  int      // byte offset of the first mention
	regID  string
	rules  ruleSet // the positive cues of the runs that made it
	named  string  // a full name the text implies but never writes (rule surname-from-kin), or ""
}

// ment is one mention: the name's tokens [i, j) and its group.
type ment struct {
	i, j int
	g    int
	key  string // normKey of the mention's text when known, else ""
	why  string // the merge rule (mFullName, mSurname, ...)
	name string // the name without a quoted nickname, when it has one; else ""
}

// Find returns the people named in src and every mention of them, in text
// order. It reads the text itself; FindReading takes the reading the
// annotate pass made.
func Find(src *doc.Source, reg *Registry) (people []doc.Person, mentions []doc.Mention, warnings []string) {
	return FindReading(src, text.Read(src.Text), reg)
}

// FindReading is Find on the text layer's reading of src (its line roles
// tell bylines, credits, transcript labels and datelines).
func FindReading(src *doc.Source, read *text.Text, reg *Registry) (people []doc.Person, mentions []doc.Mention, warnings []string) {
	f := &finder{
		src:   src.Text,
		read:  read,
		lex:   lex(),
		reg:   reg.index(),
		byKey: map[string]int{},
		keys:  map[string]string{},
		cores: map[string]coreInfo{},
	}
	f.outlet = f.outletKey(src.Outlet)
	sc := scratchPool.Get().(*scratch)
	f.toks = fromReading(read, f.lex, sc.toks[:0])
	if cap(sc.taken) < len(f.toks) {
		sc.taken = make([]bool, len(f.toks), len(f.toks)+len(f.toks)/4)
	}
	f.taken = sc.taken[:len(f.toks)]
	clear(f.taken)
	f.cands = sc.cands[:0]
	if cap(sc.words) < len(f.toks) {
		sc.words = make([]int, 0, len(f.toks)+len(f.toks)/4)
	}
	f.words = sc.words[:0]
	f.ments, f.marks, f.lists = sc.ments[:0], sc.marks, sc.lists
	f.scanRuns()
	f.labels()
	f.poolEvidence()
	f.acceptNames()
	f.resolveRest()
	f.handles()
	people, mentions, warnings = f.assemble(src)
	// Nothing returned refers to the tokens, candidates, mentions or marks:
	// their memory serves the next call.
	clear(f.cands) // drop the references the candidates and mentions hold
	clear(f.ments)
	sc.toks, sc.taken, sc.cands, sc.words = f.toks, f.taken, f.cands[:0], f.words[:0]
	sc.ments, sc.marks, sc.lists = f.ments[:0], f.marks, f.lists
	scratchPool.Put(sc)
	return people, mentions, warnings
}

// scratch is the memory of one Find call that no result refers to.
type scratch struct {
	toks  []token
	taken []bool
	cands []cand
	words []int
	ments []ment
	marks []bool
	lists [2][]int
}

// scratchPool recycles scratch memory between Find calls; tokens and
// candidates are the largest allocations of a call.
var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// coreOf splits a normalized key into its words, without suffixes.
// The result is cached; callers must not modify core.
func (f *finder) coreOf(key string) (core []string, suffix string) {
	if c, ok := f.cores[key]; ok {
		return c.core, c.suffix
	}
	for _, w := range strings.Fields(key) {
		if f.lex.isSuffixWord(w) {
			suffix = normSuffix(w)
			continue
		}
		core = append(core, w)
	}
	f.cores[key] = coreInfo{core, suffix}
	return core, suffix
}

func normSuffix(w string) string {
	switch w {
	case "jnr":
		return "jr"
	case "snr":
		return "sr"
	}
	return w
}

// acceptNames accepts the runs of two or more words and merges their names.
func (f *finder) acceptNames() {
	type kinfo struct {
		first    int
		evidence bool // a strong cue (a given name is not one: "Ada Okafor?" may be two names)
		count    int
	}
	infos := map[string]*kinfo{}
	var keys []string
	for ci := range f.cands {
		c := &f.cands[ci]
		if c.kind != multiName || c.hardNeg || c.needsCue || (!c.evidence && c.weakNeg) {
			continue
		}
		k := infos[c.key]
		if k == nil {
			k = &kinfo{first: f.toks[c.i].start}
			infos[c.key] = k
			keys = append(keys, c.key)
		}
		k.count++
		k.evidence = k.evidence || c.rules&strongRules != 0
	}
	// Two known names run together ("Ada Okafor?") are split, not a new person.
	firstW, lastW := map[string]int{}, map[string]int{}
	for _, k := range keys {
		core, _ := f.coreOf(k)
		if len(core) >= 2 {
			firstW[core[0]]++
			lastW[core[len(core)-1]]++
		}
	}
	cores := make(map[string][]string, len(keys))
	for _, k := range keys {
		cores[k], _ = f.coreOf(k)
	}
	var kept []string
	split := map[string]bool{}
	for _, k := range keys {
		info := infos[k]
		core, _ := f.coreOf(k)
		if _, suf := f.coreOf(k); !info.evidence && info.count == 1 && len(core) == 2 && suf == "" &&
			(firstW[core[0]] > 1 || lastW[core[0]] > 0) && lastW[core[1]] > 1 {
			split[k] = true
			continue
		}
		kept = append(kept, k)
	}
	// Longest names first, so shorter ones can join them.
	sort.SliceStable(kept, func(a, b int) bool {
		ca, cb := cores[kept[a]], cores[kept[b]]
		if len(ca) != len(cb) {
			return len(ca) > len(cb)
		}
		return infos[kept[a]].first < infos[kept[b]].first
	})
	for _, k := range kept {
		core, suf := f.coreOf(k)
		if len(core) == 0 {
			continue
		}
		gi := -1
		if id := f.reg.entryOf(k); id != "" {
			for i, g := range f.groups {
				if g.regID == id {
					gi = i
				}
			}
		}
		if gi < 0 {
			var fits []int
			for i, g := range f.groups {
				if len(core) < len(g.core) && suf == g.suffix && core[0] == g.core[0] &&
					core[len(core)-1] == g.core[len(g.core)-1] && subseq(core, g.core) {
					fits = append(fits, i)
				} else if len(core) < len(g.core) && len(core) >= 2 && suf == g.suffix &&
					slices.Equal(core, g.core[len(g.core)-len(core):]) {
					// "von Lund" of "Ada von Lund", "Walker Lund" of "Ada
					// Walker Lund": a surname of several words.
					fits = append(fits, i)
				}
			}
			if len(fits) == 1 {
				gi = fits[0]
			}
		}
		if gi < 0 {
			f.groups = append(f.groups, &group{core: core, suffix: suf, first: infos[k].first, regID: f.reg.entryOf(k)})
			gi = len(f.groups) - 1
		}
		g := f.groups[gi]
		g.keys = append(g.keys, k)
		if infos[k].first < g.first {
			g.first = infos[k].first
		}
		f.byKey[k] = gi
	}
	f.index()
	for ci := range f.cands {
		c := &f.cands[ci]
		if c.kind != multiName {
			continue
		}
		if split[c.key] {
			c.kind = headlineRun
			continue
		}
		if c.needsCue && !c.hardNeg {
			f.pendingMulti = append(f.pendingMulti, ci)
			continue
		}
		if gi, ok := f.byKey[c.key]; ok && !c.hardNeg && (c.evidence || !c.weakNeg) {
			why := mFullName
			switch {
			case c.label:
				why = mLabel
			case c.rules&rRegistry != 0 && f.groups[gi].regID != "":
				why = mRegistry
			case len(f.groups[gi].keys) > 0 && f.groups[gi].keys[0] != c.key:
				why = mShorterName
			}
			f.addMention(c.i, c.j, gi, c.key, why)
			f.groups[gi].full++
			f.groups[gi].rules |= c.rules & positiveRules
			if c.nick > 0 {
				if m := &f.ments[len(f.ments)-1]; m.i == c.i {
					m.name = f.nameText(c.words, c.nick-1)
				}
				// The nickname alone names the person ("said Dee").
				if nk := f.toks[c.nick-1].lower; !f.hasKey(nk) {
					f.byKey[nk] = gi
				}
			}
		}
	}
}

// hasKey reports whether key is the key of a group.
func (f *finder) hasKey(key string) bool {
	_, ok := f.byKey[key]
	return ok
}

// index builds the surname, given-name and initials indexes of the groups.
func (f *finder) index() {
	f.sur, f.given, f.acro = map[string][]int{}, map[string][]int{}, map[string][]int{}
	for gi, g := range f.groups {
		if len(g.core) < 2 {
			continue
		}
		last := g.core[len(g.core)-1]
		if len(last) > 1 {
			f.sur[last] = append(f.sur[last], gi)
		}
		f.given[g.core[0]] = append(f.given[g.core[0]], gi)
		var ini strings.Builder
		for _, w := range g.core {
			ini.WriteString(w[:1])
		}
		a := ini.String()
		if g.suffix != "" {
			a += " " + g.suffix
		}
		f.acro[a] = append(f.acro[a], gi)
	}
}

func subseq(short, long []string) bool {
	k := 0
	for _, w := range long {
		if k < len(short) && short[k] == w {
			k++
		}
	}
	return k == len(short)
}

// addMention records the tokens [i, j) as a mention of group g, unless
// one of them is already in a mention. key is normKey of their text, or
// "" when the caller does not have it.
func (f *finder) addMention(i, j, g int, key, why string) {
	for k := i; k < j; k++ {
		if f.taken[k] {
			return
		}
	}
	for k := i; k < j; k++ {
		f.taken[k] = true
	}
	f.ments = append(f.ments, ment{i: i, j: j, g: g, key: key, why: why})
	if s := f.toks[i].start; s < f.groups[g].first {
		f.groups[g].first = s
	}
}

// pick chooses among groups that share a bare name: the one named in full
// most often, then the one introduced first.
func (f *finder) pick(gs []int) int {
	best := gs[0]
	for _, g := range gs[1:] {
		a, b := f.groups[g], f.groups[best]
		if a.full > b.full || a.full == b.full && a.first < b.first {
			best = g
		}
	}
	return best
}

// outletKey is the key of the source's own outlet, which the text names
// as an outlet ("Lund told Harbour Notes"): never a person. An outlet
// whose first word is a given name may be a person's own newsletter, and
// is left to the other rules.
func (f *finder) outletKey(outlet string) string {
	first, _, _ := strings.Cut(strings.TrimSpace(outlet), " ")
	if first == "" || f.lex.given.has(first) || f.lex.shared.Gender(strings.ToLower(first)) != shlex.Unknown {
		return ""
	}
	return normKey(outlet)
}

// resolveWord finds the group a bare word names ("Lund", "Ada"), or -1,
// and the merge rule that found it.
func (f *finder) resolveWord(key string) (int, string) {
	if gi, ok := f.byKey[key]; ok {
		if len(f.groups[gi].core) == 1 {
			return gi, mSingle
		}
		return gi, mNickname
	}
	if gs := f.sur[key]; len(gs) > 0 {
		return f.pick(gs), mSurname
	}
	if gs := f.given[key]; len(gs) > 0 {
		return f.pick(gs), mGiven
	}
	return -1, ""
}

// resolveTitled is resolveWord for a bare surname after an honorific of
// one sex ("Mr. Lund", "Mrs. Lund"; rule surname-of-full-name): of the
// full names with that surname, those whose given name is of the other
// sex are left out (spouses: "Ada Lund and her husband, Ola Lund …
// Mr. Lund" is Ola). When every one is, the mention names someone else.
func (f *finder) resolveTitled(c *cand) (int, string) {
	gs := f.sur[c.key]
	if c.oi >= c.i || len(gs) == 0 {
		return f.resolveWord(c.key)
	}
	if _, ok := f.byKey[c.key]; ok {
		return f.resolveWord(c.key)
	}
	hon, w := shlex.Unknown, f.toks[c.oi].lower
	switch {
	case f.lex.shared.Set("honorifics_female").Has(w):
		hon = shlex.Female
	case f.lex.shared.Set("honorifics_male").Has(w):
		hon = shlex.Male // (only honorifics: "DI" is no sex though "Di" is a given name)
	}
	if hon == shlex.Unknown {
		return f.resolveWord(c.key)
	}
	var fit []int
	for _, g := range gs {
		if sx := f.lex.shared.Gender(f.groups[g].core[0]); sx == shlex.Unknown || sx == hon {
			fit = append(fit, g)
		}
	}
	if len(fit) == 0 {
		return -1, ""
	}
	return f.pick(fit), mSurname
}

// newSingle makes a group for a person named by one word only.
func (f *finder) newSingle(key string, at int) int {
	f.groups = append(f.groups, &group{keys: []string{key}, core: []string{key}, first: at, regID: f.reg.entryOf(key)})
	gi := len(f.groups) - 1
	f.byKey[key] = gi
	return gi
}

// newMulti makes a group for a person named by a full name found late
// (listed with people).
func (f *finder) newMulti(key string, at int) int {
	core, suf := f.coreOf(key)
	f.groups = append(f.groups, &group{keys: []string{key}, core: core, suffix: suf, first: at, regID: f.reg.entryOf(key)})
	gi := len(f.groups) - 1
	f.byKey[key] = gi
	return gi
}

// resolveRest handles single words, acronyms and title-case lines.
func (f *finder) resolveRest() {
	pending := f.lists[0][:0]
	pending = append(pending, f.pendingMulti...)
	for ci := range f.cands {
		c := &f.cands[ci]
		switch c.kind {
		case headlineRun:
			f.segment(c)
		case acronym:
			key := strings.ToLower(f.toks[c.i].text)
			if c.j-c.i > 1 {
				key += " " + normSuffix(strings.ToLower(strings.TrimSuffix(f.toks[c.j-1].text, ".")))
			}
			if gs := f.acro[key]; len(gs) == 1 {
				f.addMention(c.i, c.j, gs[0], "", mInitials)
			}
		case singleName:
			if c.hardNeg {
				continue
			}
			if id := f.reg.entryOf(c.key); id != "" {
				gi := -1
				for i, g := range f.groups {
					if g.regID == id {
						gi = i
					}
				}
				if gi < 0 {
					gi = f.newSingle(c.key, f.toks[c.i].start)
				}
				f.groups[gi].rules |= c.rules & positiveRules
				f.addMention(c.i, c.j, gi, c.key, mRegistry)
				continue
			}
			if gi, why := f.resolveTitled(c); gi >= 0 {
				if c.label {
					why = mLabel
				}
				f.addMention(c.i, c.j, gi, c.key, why)
				continue
			}
			if f.notAlone[c.key] && c.rules&rRegistry == 0 {
				c.neg(rOrgShort)
				continue
			}
			if w := f.toks[c.i]; c.evidence && !(w.sent && !c.title && strings.HasSuffix(w.text, "s") && !w.is(inGiven)) {
				// (A sentence-initial plural is a noun: "Reporters asked".)
				gi := f.newSingle(c.key, f.toks[c.i].start)
				if sur := f.kinSurname(c); sur != "" {
					f.groups[gi].named = f.toks[c.i].text + " " + sur
					f.groups[gi].rules |= rKinSurname
				}
				f.groups[gi].rules |= c.rules & positiveRules
				f.addMention(c.i, c.j, gi, c.key, mSingle)
				continue
			}
			pending = append(pending, ci)
		}
	}
	// A single word listed among people is a person ("Bill Cosby, Rihanna, Chris Brown").
	if cap(f.marks) < 2*len(f.toks) {
		f.marks = make([]bool, 2*len(f.toks))
	}
	// The tokens that start or end a mention (pooled memory: cleared each round).
	starts, ends := f.marks[:len(f.toks)], f.marks[len(f.toks):2*len(f.toks)]
	still := f.lists[1][:0]
	for round := 0; round < 3 && len(pending) > 0; round++ {
		clear(starts)
		clear(ends)
		for _, m := range f.ments {
			starts[m.i], ends[m.j-1] = true, true
		}
		still = still[:0]
		for _, ci := range pending {
			c := &f.cands[ci]
			if c.weakNeg {
				continue
			}
			if gi, ok := f.byKey[c.key]; ok {
				f.addMention(c.i, c.j, gi, c.key, mSingle)
				continue
			}
			if f.listed(c, starts, ends) {
				c.pos(rListed)
				var gi int
				why := mFullName
				if c.kind == multiName {
					gi = f.newMulti(c.key, f.toks[c.i].start)
				} else {
					gi, why = f.newSingle(c.key, f.toks[c.i].start), mSingle
				}
				f.groups[gi].rules |= c.rules & positiveRules
				f.addMention(c.i, c.j, gi, c.key, why)
				continue
			}
			still = append(still, ci)
		}
		pending, still = still, pending
	}
	f.lists = [2][]int{pending, still}
}

// listed reports whether the run sits in a list next to a known person.
func (f *finder) listed(c *cand, starts, ends []bool) bool {
	t := f.toks
	if w := &t[c.i]; w.sent && !w.is(inGiven) && f.lex.common.has(w.lower) {
		return false // "Morning, Ada.": a greeting, not a list
	}
	if f.creditAt(t[c.i].start) {
		return false // a byline lists a name, a desk and an outlet: the credit rule reads it
	}
	if c.i >= 2 && (t[c.i-1].text == "," || t[c.i-1].text == "and") && ends[c.i-2] && !t[c.i-2].poss &&
		!(t[c.i-1].text == "," && t[c.j-1].poss) {
		// (Not "Ada Lund, Acme's estimator,": an owner in an appositive.)
		return true
	}
	if c.j+1 < len(t) && (t[c.j].text == "," || t[c.j].text == "and") && starts[c.j+1] && !t[c.j-1].poss {
		return true
	}
	if c.i >= 3 && t[c.i-1].text == "and" && t[c.i-2].text == "," && ends[c.i-3] {
		return true
	}
	return false
}

// segment finds known names inside a run that is not itself a name: a
// title-case line, or two names run together.
func (f *finder) segment(c *cand) {
	w := c.words
	for a := 0; a < len(w); {
		matched := false
		for b := len(w) - 1; b > a; b-- {
			if gi, ok := f.byKey[string(f.norm(f.src[f.toks[w[a]].start:f.toks[w[b]].end]))]; ok {
				f.addMention(w[a], w[b]+1, gi, "", mHeadline)
				a, matched = b+1, true
				break
			}
		}
		if matched {
			continue
		}
		t := &f.toks[w[a]]
		nextHead := a+1 < len(w) && f.toks[w[a+1]].is(inOrgHeads)
		if !nextHead && !t.is(inStop) {
			key := f.intern(f.norm(t.text))
			if gi, why := f.resolveWord(key); gi >= 0 {
				f.addMention(w[a], w[a]+1, gi, key, why)
			}
		}
		a++
	}
}

// assemble turns groups and mentions into the doc model.
func (f *finder) assemble(src *doc.Source) ([]doc.Person, []doc.Mention, []string) {
	sort.Slice(f.ments, func(a, b int) bool { return f.ments[a].i < f.ments[b].i })
	type form struct {
		text, key string
		words     int
		set, caps bool
	}
	// By group: the fullest form (most words, then longest), and the
	// distinct forms (by key) in text order.
	best := make([]form, len(f.groups))
	forms := make([][]form, len(f.groups))
	for mi := range f.ments {
		m := &f.ments[mi]
		fm := form{text: f.src[f.toks[m.i].start:f.toks[m.j-1].end], key: m.key, set: true}
		if m.name != "" {
			fm.text = m.name // (its key is the name's: the nickname is left out)
		}
		if fm.key == "" {
			fm.key = f.intern(f.norm(fm.text))
		}
		for k := m.i; k < m.j; k++ {
			if f.toks[k].word {
				fm.words++
			}
		}
		if m.name != "" {
			fm.words--
		}
		fm.caps = capsName(fm.text)
		// The fullest form, written in capitals only when no other is
		// ("ADA LUND" of a transcript label gives way to "Ada Lund").
		if b := &best[m.g]; !b.set || fm.words > b.words || fm.words == b.words && (b.caps && !fm.caps || fm.caps == b.caps && len(fm.text) > len(b.text)) {
			*b = fm
		}
		seen := false
		for _, x := range forms[m.g] {
			if x.key == fm.key {
				seen = true
				break
			}
		}
		if !seen {
			forms[m.g] = append(forms[m.g], fm)
		}
	}
	order := make([]int, len(f.groups)) // group → person index + 1, by first mention
	var people []doc.Person
	mentions := make([]doc.Mention, 0, len(f.ments))
	for _, m := range f.ments {
		if order[m.g] == 0 {
			order[m.g] = len(people) + 1
			name := best[m.g]
			if g := f.groups[m.g]; g.named != "" {
				name = form{text: g.named, key: f.intern(f.norm(g.named))}
			}
			var aliases []string
			for _, fm := range forms[m.g] {
				if fm.key != name.key {
					aliases = append(aliases, fm.text)
				}
			}
			sort.Strings(aliases)
			people = append(people, doc.Person{Name: name.text, Aliases: aliases, Key: f.groups[m.g].regID, Why: f.groups[m.g].rules.why()})
		}
		mentions = append(mentions, doc.Mention{
			Span:   doc.Span{Start: f.toks[m.i].start, End: f.toks[m.j-1].end},
			Person: order[m.g] - 1,
			Form:   f.src[f.toks[m.i].start:f.toks[m.j-1].end],
			Why:    mentionWhy(m.why),
		})
	}
	f.describe(people, mentions)
	f.markCredits(people, mentions)
	return people, mentions, nil
}
