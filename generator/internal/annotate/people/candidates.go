package people

import (
	"strings"
	"unicode"
)

// candKind classifies a capitalised run.
type candKind int

const (
	multiName   candKind = iota // two or more name words
	singleName                  // one name word
	acronym                     // an all-capitals word, perhaps with a suffix ("JFK Jr")
	headlineRun                 // a run in a title-case line: matched against known names only
)

// cand is one run of capitalised words that may name a person.
type cand struct {
	kind     candKind
	i, j     int     // token range of the name itself (titles stripped); j exclusive
	words    []int   // indexes of the word tokens in [i, j)
	oi       int     // token index where the run started, before titles and roles
	title    bool    // an honorific or title precedes it ("President Obama")
	evidence bool    // a person cue: title, role, age, reporting verb, given name
	hardNeg  bool    // a place, organisation, work or modifier use
	weakNeg  bool    // a place-like preposition precedes it and nothing says person
	det      bool    // a determiner precedes it
	nick     int     // 1 + the token of a quoted nickname inside the name; 0 when none
	label    bool    // a transcript speaker label ("ADA LUND" of "ADA LUND, HOST:")
	needsCue bool    // a multi-word run with no cue in any use: a person only when listed with people
	rules    ruleSet // the positive and negative cues seen (provenance)
	key      string
}

// nameTok reports whether t can be part of a person's name. It is computed
// once per token by tokenize (token.name); t.bits, t.upper and t.caps must
// be set.
func (l *lexicon) nameTok(t *token) bool {
	if !t.word || !t.upper || t.is(inFunction) || t.text == "I" {
		return false
	}
	if t.caps {
		return t.is(inSuffixes)
	}
	if n := len(t.text); n >= 3 && t.text[n-1] == 's' && allCaps(t.text[:n-1]) {
		return false // a plural abbreviation: "MPs", "CEOs"
	}
	prev := rune(0)
	for _, r := range t.text {
		if unicode.IsDigit(r) {
			return false
		}
		if (prev == '-' || isApos(prev)) && !unicode.IsUpper(r) && !l.syllablePair(t) {
			return false
		}
		prev = r
	}
	return true
}

// syllablePair reports whether t is two short syllables joined by a hyphen,
// the second in lower case, and not an English word: the romanized given
// names "Ji-woo", "Jae-in", "Seo-yeon". (Other words with a lower-case
// part after a hyphen, "Mid-March", "Anti-war", are not name words.)
func (l *lexicon) syllablePair(t *token) bool {
	a, b, ok := strings.Cut(t.text, "-")
	if !ok || strings.Contains(b, "-") || len(a) < 2 || len(a) > 4 || len(b) < 2 || len(b) > 4 {
		return false
	}
	for _, r := range a[1:] + b {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return !l.common.has(t.lower) && !l.common.has(strings.ToLower(a)+b)
}

// acronymTok reports whether t is an all-capitals word that may abbreviate a name.
func (l *lexicon) acronymTok(t *token) bool {
	return t.word && len(t.text) >= 2 && len(t.text) <= 5 && t.caps && !t.is(inSuffixes)
}

// scanRuns finds every capitalised run and classifies its context.
func (f *finder) scanRuns() {
	l, toks := f.lex, f.toks
	for i := 0; i < len(toks); {
		t := &toks[i]
		if l.acronymTok(t) && !f.initialsAt(i) && !f.inLabel(i) {
			j := i + 1
			if j < len(toks) && toks[j].space && !toks[j].nl && toks[j].word && toks[j].is(inSuffixes) {
				j++
			}
			c := cand{kind: acronym, i: i, j: j, oi: i}
			c.words = f.wordIdx(i, j)
			f.cands = append(f.cands, c)
			i = j
			continue
		}
		if !t.name && !f.initialsAt(i) && !f.initialA(i) || f.inLabel(i) {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) {
			if toks[j-1].poss {
				break
			}
			n := &toks[j]
			if n.nl {
				break
			}
			if n.space && (n.name || f.initialsAt(j)) {
				j++
				continue
			}
			if f.nicknameAt(j) {
				j += 4 // Ada "Dee" Lund: the nickname is read by classify
				continue
			}
			if n.text == "." && !n.space && (isInitial(toks[j-1].text) || toks[j-1].is(inAbbrevs)) &&
				j+1 < len(toks) && !toks[j+1].nl && (toks[j+1].name || f.nicknameAt(j+1) || f.initialA(j+1)) {
				j += 2
				if !toks[j-1].name && !f.initialA(j-1) {
					j-- // `R. "Skip" Hale`: the nickname is next
				}
				continue
			}
			if n.word && n.space && n.is(inParticles) {
				e := j
				for e < len(toks) && toks[e].word && toks[e].space && !toks[e].nl && toks[e].is(inParticles) && e-j < 3 {
					e++
				}
				if e < len(toks) && toks[e].space && !toks[e].nl && toks[e].name && !toks[e].is(inOrgHeads) {
					j = e + 1
					continue
				}
			}
			break
		}
		f.classify(i, j, t.head && f.titleCaseLine(t.line))
		i = j
	}
}

// nicknameAt reports whether a quoted nickname inside a name starts at
// token k: an opening mark after a space, one capitalised word, the
// closing mark, and a name word after a space (`Ada "Dee" Lund`, rule
// quoted-nickname).
func (f *finder) nicknameAt(k int) bool {
	toks := f.toks
	if k+3 >= len(toks) || !toks[k].space || toks[k+1].space || toks[k+2].space || !toks[k+3].space {
		return false
	}
	switch toks[k].text {
	case "\"", "“", "‘", "'":
	default:
		return false
	}
	switch toks[k+2].text {
	case "\"", "”", "’", "'":
	default:
		return false
	}
	return toks[k+1].word && toks[k+1].upper && !toks[k+1].caps && toks[k+3].name && !toks[k+3].nl && !toks[k+1].nl
}

// initialsAt reports whether token k is two capital initials written
// together before a name ("JB Pritzker").
func (f *finder) initialsAt(k int) bool {
	t := &f.toks[k]
	if !t.word || len(t.text) != 2 || !t.caps || t.is(inSuffixes) || k+1 >= len(f.toks) {
		return false
	}
	n := &f.toks[k+1]
	return n.space && !n.nl && n.name && !n.is(inOrgHeads)
}

// wordIdx returns the indexes of the word tokens in [i, j). Runs do not
// overlap, so all of them fit in f.words, which Find sizes to the tokens:
// no run allocates.
func (f *finder) wordIdx(i, j int) []int {
	from := len(f.words)
	for k := i; k < j; k++ {
		if f.toks[k].word {
			f.words = append(f.words, k)
		}
	}
	return f.words[from:len(f.words):len(f.words)]
}

// prevTok returns the index of the token before k, skipping opening quotes, or -1.
func prevTok(toks []token, k int) int {
	for k--; k >= 0; k-- {
		switch toks[k].text {
		case "\"", "“", "'", "‘", "(", "[":
			continue
		}
		return k
	}
	return -1
}

var placePreps = map[string]bool{
	"in": true, "at": true, "from": true, "on": true, "near": true, "inside": true, "outside": true,
	"across": true, "into": true, "via": true, "toward": true, "towards": true, "through": true,
	"throughout": true, "around": true, "to": false,
}

// motionVerbs make the "from" after them a place's: "moved from X",
// "joined from X" (a club or a firm), where "a letter from X" may name a
// person.
var motionVerbs = map[string]bool{"moved": true, "moves": true, "came": true, "comes": true, "arrived": true,
	"arrives": true, "returned": true, "returns": true, "joined": true, "joins": true, "transferred": true,
	"relocated": true, "travelled": true, "traveled": true, "flew": true, "drove": true, "sailed": true,
	"emigrated": true, "fled": true, "escaped": true, "evacuated": true, "hails": true, "hailed": true}

var determiners = map[string]bool{"the": true, "a": true, "an": true, "The": true, "A": true, "An": true}

// datePreps make a following month name a date, not a given name ("In August Lund said").
var datePreps = map[string]bool{
	"in": true, "on": true, "since": true, "until": true, "by": true, "last": true, "next": true, "this": true,
	"early": true, "late": true, "mid": true, "of": true, "from": true, "through": true, "during": true,
	"before": true, "after": true, "till": true,
}

var months = map[string]bool{
	"January": true, "February": true, "March": true, "April": true, "May": true, "June": true, "July": true,
	"August": true, "September": true, "October": true, "November": true, "December": true,
}

// classify strips titles from the run [i, j) and records its cues.
func (f *finder) classify(i, j int, headline bool) {
	l, toks := f.lex, f.toks
	c := cand{i: i, j: j, oi: i}
	words := f.wordIdx(i, j)
	for x := 1; x+1 < len(words); x++ {
		if k := words[x]; k >= 1 && f.nicknameAt(k-1) {
			c.nick = k + 1
			c.pos(rNickname)
			words = append(words[:x:x], words[x+1:]...)
			break
		}
	}
	if n := f.portfolioLen(i, words); n > 0 {
		words, c.title = words[n:], true
		c.pos(rPortfolio)
	}
	words = f.stripPrefix(&c, words)
	// A title inside the run: "German Chancellor Olaf Scholz".
	for k := 1; k < len(words)-1; k++ {
		w := &toks[words[k]]
		if k+2 < len(words) && l.title2(w.lower, toks[words[k+1]].lower) {
			words, c.title = words[k+2:], true
			c.pos(rTitle)
			break
		}
		if w.lis(inTitles) {
			words, c.title = words[k+1:], true
			c.pos(rTitle)
			break
		}
	}
	if len(words) > 0 && months[toks[words[0]].text] {
		if p := prevTok(toks, words[0]); len(words) == 1 || p >= 0 && datePreps[toks[p].lower] {
			words = words[1:]
		}
	}
	if len(words) == 0 {
		return
	}
	if len(words) == 1 {
		if w := &toks[words[0]]; w.is(inStop) || w.lis(inRoles|inKin|inTitles) {
			return
		}
	}
	// Only initials left: not a name.
	real := 0
	for _, k := range words {
		if !isInitial(toks[k].text) && !toks[k].is(inSuffixes) {
			real++
		}
	}
	if real == 0 {
		return
	}
	// A surname written twice ("Ola Brekke Brekke", a caption artifact).
	if n := len(words); n >= 3 && toks[words[n-1]].lower == toks[words[n-2]].lower {
		words = words[:n-1]
	}
	c.i, c.j, c.words = words[0], words[len(words)-1]+1, words
	c.key = f.keyOf(words)
	switch {
	case headline && len(words) == 2 && toks[words[0]].is(inGiven):
		c.kind = multiName
	case headline:
		c.kind = headlineRun
	case len(words) == 1:
		c.kind = singleName
	default:
		c.kind = multiName
	}
	f.context(&c)
	f.cands = append(f.cands, c)
}

// stripPrefix strips from the run's words the sentence-initial stop and
// common words, titles, party labels, role words and title initials before
// the name, recording their rules on c.
func (f *finder) stripPrefix(c *cand, words []int) []int {
	l, toks := f.lex, f.toks
	for len(words) > 0 {
		w := &toks[words[0]]
		if len(words) > 1 {
			if l.title2(w.lower, toks[words[1]].lower) {
				c.title = true
				c.pos(rTitle)
				words = words[2:]
				continue
			}
		}
		switch {
		case w.sent && w.is(inStop) && !w.lis(inTitles) && !(w.text == "A" && f.initialDot(words[0]) && len(words) > 1):
			// ("A. J. Lund" opens with an initial, not the article.)
			if determiners[w.text] {
				c.det = true
			}
		case len(words) > 1 && (w.lis(inTitles) || f.roleWord(w) && !w.is(inGiven) && !toks[words[1]].is(inOrgHeads)):
			// A role word opening the run is a title even when no known
			// given name follows ("Councilwoman Yoon", a family name
			// first): what follows is the name.
			c.title = true
			c.pos(rTitle)
		case w.is(inParty) && len(words) > 1 && !w.is(inGiven):
			c.pos(rParty)
		case w.lis(inRoles|inKin) && len(words) > 1 && !w.is(inGiven):
			c.pos(rRoleBefore)
		case len(words) > 2 && w.sent && w.lis(inPersonN) && !w.is(inGiven) && toks[words[1]].is(inGiven):
			// A person noun opening the sentence before a given name and
			// more ("Saxophonist Ada Lund said"): the role, not the name.
			c.pos(rRoleBefore)
		case len(words) > 1 && f.titleInitial(words[0], words[1]):
			c.title = true
			c.pos(rTitleInitials)
		case len(words) > 1 && w.sent && !w.is(inGiven) && l.common.has(w.lower) && f.writtenLower(w.lower) &&
			!toks[words[1]].is(inOrgHeads):
			// A capitalised common word opening a sentence that the text
			// also writes in lower case ("Whether Lund stays"); not a name.
		default:
			if n := f.roleLikePrefix(words, c.title); n > 0 {
				c.title = true
				c.pos(rRoleLike)
				words = words[n:]
				continue
			}
			return words
		}
		words = words[1:]
		if len(words) > 0 {
			toks[words[0]].sent = false
		}
	}
	return words
}

// initialDot reports whether token k is a single capital written with a
// dot right after it ("A." of "A. J. Lund"): an initial.
func (f *finder) initialDot(k int) bool {
	toks := f.toks
	return isInitial(toks[k].text) && k+1 < len(toks) && toks[k+1].text == "." && !toks[k+1].space
}

// initialA reports whether token k is the initial "A." before a name or
// another initial ("A. J. Lund", "J. A. Lund"): "A" is otherwise the
// article, a function word that never starts or continues a name.
func (f *finder) initialA(k int) bool {
	toks := f.toks
	return toks[k].text == "A" && f.initialDot(k) && k+2 < len(toks) && toks[k+2].space && !toks[k+2].nl &&
		(toks[k+2].name || isInitial(toks[k+2].text) && toks[k+2].word)
}

// roleLikePrefix returns how many words at the start of the run are role
// words before a given name ("Fire Chief Ada Lund", "Finance Director Ada
// Lund", "Acme CEO Ada Lund"), or 0. The words before the first given name
// are role-like when each is a title, role, modifier or party word, or a
// word the text also writes in lower case; or when the
// prefix holds a title or role word, or follows a title ("Acme CEO",
// "Deputy Chief Constable", "Mayor Pro Tempore": the other words name the
// organisation or qualify the role). (A common word alone is not enough:
// "Blue Ivy Lund".)
func (f *finder) roleLikePrefix(words []int, afterTitle bool) int {
	toks := f.toks
	g := -1
	for k, w := range words {
		if k > 0 && toks[w].is(inGiven) && !toks[w].lis(inTitles|inRoles) {
			g = k
			break
		}
	}
	if g < 0 {
		// No known given name: the prefix ends at the last role word
		// that still leaves a name of two words ("Finance Director
		// Bartosz W. Zielinski", "Deputy Chief Constable Niamh Carr").
		for k := len(words) - 3; k >= 0; k-- {
			if f.roleWord(&toks[words[k]]) && !toks[words[k]].is(inGiven) {
				g = k + 1
				break
			}
		}
	}
	if g < 1 || len(words)-g < 2 {
		return 0
	}
	all, some := true, afterTitle
	for _, w := range words[:g] {
		t := &toks[w]
		if isInitial(t.text) || t.is(inGiven) && !f.roleWord(t) {
			return 0
		}
		role := f.roleWord(t) || t.is(inParty)
		some = some || role
		if !role && !t.lis(inModifiers|inKin) && !f.writtenLower(t.lower) {
			all = false
		}
	}
	if all || some {
		return g
	}
	return 0
}

// portfolioLen returns how many words at the start of the run that begins
// at token i name the portfolio of a title written before it with "for" or
// "of" ("Minister for Rural Affairs Ada Lund", "Mayor of Harlow Ada
// Lund", rule portfolio-title), or 0: the words before the first given
// name, or else the leading common English words, places and head words,
// so long as a name of two words is left.
func (f *finder) portfolioLen(i int, words []int) int {
	toks := f.toks
	p := prevTok(toks, i)
	if p < 1 || p != i-1 || toks[p].text != "for" && toks[p].text != "of" || toks[p].line != toks[i].line ||
		!toks[p-1].word || !toks[p-1].upper || !f.roleWord(&toks[p-1]) || len(words) < 3 {
		return 0 // (a capitalised title: "a lawyer for Ada Lund" names no portfolio)
	}
	if t := &toks[words[0]]; t.is(inGiven) && !f.lex.common.has(t.lower) {
		return 0 // "Minister for Ada Lund"? the name starts at once
	}
	for k := 1; k+2 <= len(words); k++ {
		if t := &toks[words[k]]; t.is(inGiven) && !t.lis(inTitles|inRoles) && !f.lex.common.has(t.lower) {
			return k
		}
	}
	n := 0
	for n+2 < len(words) {
		t := &toks[words[n]]
		if t.is(inGiven) || !(f.lex.common.has(t.lower) || t.is(inOrgHeads) || f.nonPerson(t.lower)) {
			break
		}
		n++
	}
	return n
}

// onlyInitials reports whether every word is an initial ("J").
func (f *finder) onlyInitials(words []int) bool {
	for _, k := range words {
		if !isInitial(f.toks[k].text) {
			return false
		}
	}
	return true
}

// kinOrRole reports whether t is a kin or role noun, or its plural
// ("sons", "lawyers").
func (f *finder) kinOrRole(t *token) bool {
	if t.lis(inKin | inRoles) {
		return true
	}
	w := t.lower
	return len(w) > 3 && w[len(w)-1] == 's' && f.lex.bitsOf(w[:len(w)-1])&(inKin|inRoles) != 0
}

// roleWord reports whether t is a title or role word: in the vocabularies,
// their plural ("Commissioners"), or a compound of a common word and -man,
// -woman, -person, -master, -member or -keeper ("Councilwoman", "Alderman",
// "Harbourmaster", "Councilmember").
func (f *finder) roleWord(t *token) bool {
	if t.lis(inTitles | inRoles) {
		return true
	}
	w := t.lower
	if n := len(w); n > 3 && w[n-1] == 's' && f.lex.bitsOf(w[:n-1])&(inTitles|inRoles) != 0 {
		return true
	}
	for _, suf := range [...]string{"woman", "man", "person", "master", "member", "keeper"} {
		if stem, ok := strings.CutSuffix(w, suf); ok && len(stem) >= 3 && (f.lex.common.has(stem) || f.writtenLower(stem)) {
			return true
		}
	}
	return false
}

// writtenLower reports whether the text writes the word w (lower case) in
// lower case somewhere: then a capitalised w before a name is a role word
// ("Fire Chief" where the text speaks of the fire and the chief).
func (f *finder) writtenLower(w string) bool {
	if f.lowerWords == nil {
		f.lowerWords = map[string]struct{}{}
		for k := range f.toks {
			if t := &f.toks[k]; t.word && !t.hasUpper && !t.upper {
				f.lowerWords[t.text] = struct{}{}
			}
		}
	}
	_, ok := f.lowerWords[w]
	return ok
}

// titleInitial reports whether the all-capitals word at token k, before the
// name word at token n, abbreviates a title the text writes out ("DI" where
// it writes "Detective Inspector").
func (f *finder) titleInitial(k, n int) bool {
	t := &f.toks[k]
	if !t.caps || len(t.text) < 2 || len(t.text) > 4 || !t.ascii || !f.toks[n].name {
		return false
	}
	if f.initials == nil {
		f.initials = map[string]struct{}{}
		toks := f.toks
		for a := 0; a < len(toks); a++ {
			if !toks[a].word || !toks[a].upper || !toks[a].lis(inTitles|inRoles|inModifiers) {
				continue
			}
			b := a
			var ini []byte
			for b < len(toks) && toks[b].word && toks[b].upper && !toks[b].caps && toks[b].lis(inTitles|inRoles|inModifiers) && len(ini) < 4 {
				ini = append(ini, toks[b].text[0])
				b++
			}
			if len(ini) >= 2 {
				f.initials[string(ini)] = struct{}{}
			}
			a = b
		}
	}
	_, ok := f.initials[t.text]
	return ok
}

// keyOf is the normalized name of the words: normKey of their text.
func (f *finder) keyOf(words []int) string {
	i, j := words[0], words[len(words)-1]+1
	if j == i+1 && f.toks[i].ascii {
		// One ASCII word: its normalized form is its lowercase form.
		return f.toks[i].lower
	}
	if f.wordsLeftOut(words) {
		// Words left out (a quoted nickname): join the ones kept.
		var b []byte
		for x, k := range words {
			if x > 0 {
				b = append(b, ' ')
			}
			b = appendNormKey(b, f.toks[k].text)
		}
		return f.intern(b)
	}
	return f.intern(f.norm(f.src[f.toks[i].start:f.toks[j-1].end]))
}

// wordsLeftOut reports whether the span of words holds a word token that
// is not one of them (a quoted nickname left out).
func (f *finder) wordsLeftOut(words []int) bool {
	n := 0
	for k := words[0]; k <= words[len(words)-1]; k++ {
		if f.toks[k].word {
			n++
		}
	}
	return n > len(words)
}

// nameText is the text of the words as a name without the quoted
// nickname at token nick (`Ada "Dee" Lund` gives "Ada Lund").
func (f *finder) nameText(words []int, nick int) string {
	toks := f.toks
	start, end := toks[words[0]].start, toks[words[len(words)-1]].end
	if nick < 1 || nick+2 >= len(toks) {
		return f.src[start:end]
	}
	return f.src[start:toks[nick-1].start] + f.src[toks[nick+2].start:end]
}

// contextRules are the cues read around a classified run, in order; each
// records its rules on the candidate (cand.pos, cand.neg).
var contextRules = [...]func(f *finder, c *cand){
	(*finder).knownCues, (*finder).wordCues, (*finder).beforeCues, (*finder).afterCues, (*finder).registryCues,
	(*finder).stormCues, (*finder).artifactHeadCues,
}

// context records the cues around a classified run.
func (f *finder) context(c *cand) {
	for _, r := range contextRules {
		r(f, c)
	}
}

// knownCues marks the runs the lexicons know as places, organisations or works.
func (f *finder) knownCues(c *cand) {
	toks := f.toks
	last := &toks[c.words[len(c.words)-1]]
	n := len(c.words)
	// Known non-persons: the whole run, any part of two or more words, or the
	// single word; the original run too (titles included: "General Motors").
	// (When no title was stripped, the original run is the key's text.)
	if f.nonPerson(c.key) || c.key == f.outlet && f.outlet != "" || c.oi != c.i && f.nonPersonText(f.src[toks[c.oi].start:last.end]) {
		c.neg(rKnownNonPerson)
	}
	if n >= 3 && n <= 6 {
		for a := 0; a < n && !c.hardNeg; a++ {
			for b := a + 1; b < n; b++ {
				if a == 0 && b == n-1 {
					continue
				}
				if f.nonPersonText(f.src[toks[c.words[a]].start:toks[c.words[b]].end]) {
					c.neg(rKnownNonPerson)
					break
				}
			}
		}
	}
}

// wordCues reads the run's own words: a given name first, head words, place prefixes, brands, numbers.
func (f *finder) wordCues(c *cand) {
	toks := f.toks
	first := &toks[c.words[0]]
	last := &toks[c.words[len(c.words)-1]]
	n := len(c.words)
	if n >= 2 {
		if first.is(inGiven) {
			c.pos(rGivenName)
		}
		if f.creditCue(c.words[0]) {
			c.pos(rCreditLine)
		}
		for x, k := range c.words[1:] {
			if toks[k].is(inOrgHeads) {
				// "Given Hall" and "Given J. Hall" may be a person; "Given
				// University" never is, nor a head word inside a run.
				if !(first.is(inGiven) && x == n-2 && f.onlyInitials(c.words[1:n-1])) || toks[k].is(inInstitutes) {
					c.neg(rOrgHead)
				}
			}
		}
		if first.is(inPlacePre) && !c.title {
			c.neg(rPlacePrefix)
		}
		if first.is(inInstitutes) && !first.is(inGiven) {
			c.neg(rOrgHead) // "Radio Kingsbridge", "Hotel Leopold": a head word first
		}
		if !first.is(inGiven) && last.lis(inRoles) {
			c.neg(rRoleLast) // "Staff Reporter"
		}
	}
	if n == 1 && !first.is(inGiven) && f.roleWord(first) {
		c.neg(rRoleLast) // a title alone, as in an address: "You wrote that, Councilwoman,"
	}
	for _, k := range c.words {
		if f.camelBrand(&toks[k]) {
			c.neg(rBrand)
		}
	}
	// "Metro 7 News": a number inside a capitalised name makes it a thing.
	if nx := c.j; nx+1 < len(toks) && toks[nx].space && !toks[nx].nl && toks[nx].text != "" && toks[nx].text[0] >= '0' &&
		toks[nx].text[0] <= '9' && toks[nx+1].space && toks[nx+1].word && toks[nx+1].upper && !toks[nx+1].nl {
		c.neg(rNumbered)
	}
}

// stormWords open the name of a storm ("Hurricane X", "Tropical Storm X"):
// storms are given people's names, so the given name says nothing.
var stormWords = map[string]bool{"Hurricane": true, "Typhoon": true, "Cyclone": true, "Storm": true}

// namedStorm reports whether the words are a storm's name: a storm word
// and one name word ("Hurricane Ada", "Tropical Storm Ada"; rule
// named-storm). ("Storm" is a given name too, but in the news "Storm X"
// is mostly a storm: a strong cue still makes it a person, see stormCues
// and poolEvidence.)
func (f *finder) namedStorm(words []int) bool {
	toks := f.toks
	if len(words) == 3 && toks[words[0]].text == "Tropical" {
		words = words[1:]
	}
	if len(words) != 2 || !stormWords[toks[words[0]].text] {
		return false
	}
	return true
}

// artifactHeadCues marks a name that ends in the plural of a made thing
// ("X Y Instruments", "X Engines"; artifact_heads.txt, rule
// org-head-word), unless it is "Given Plural" or "Given J. Plural" (as for
// the head words of org_heads.txt) or the run has a cue only a person has,
// other than a role noun before it ("rival X Y Instruments": companies have
// rivals too). It runs after the other cues for that reason.
func (f *finder) artifactHeadCues(c *cand) {
	toks := f.toks
	n := len(c.words)
	first, last := &toks[c.words[0]], &toks[c.words[n-1]]
	if n < 2 || !last.upper || last.caps || !last.lis(inArtHead) || last.is(inOrgHeads) ||
		first.is(inGiven) && f.onlyInitials(c.words[1:n-1]) || c.rules&(personOnly&^rRoleBefore) != 0 {
		return
	}
	c.neg(rOrgHead)
}

// stormCues marks a storm's name (rule named-storm), unless the run has
// a strong cue ("Storm Lund, 30,", "Storm Lund said": storms say
// nothing); it runs after the other cues for that reason.
func (f *finder) stormCues(c *cand) {
	if c.rules&strongRules == 0 && f.namedStorm(c.words) {
		c.neg(rNamedStorm)
	}
}

// beforeCues reads the words before the run: ampersands, handles, possessives, roles, reporting verbs, organisation and fiction nouns, place prepositions, determiners.
func (f *finder) beforeCues(c *cand) {
	toks := f.toks
	first := &toks[c.words[0]]
	// "X & Y": an organisation, whichever side the run is on.
	if c.j < len(toks) && toks[c.j].text == "&" || c.oi > 0 && toks[c.oi-1].text == "&" {
		c.neg(rAmpersand)
	}
	p := prevTok(toks, c.oi)
	if c.oi > 0 && !toks[c.oi].space && (toks[c.oi-1].text == "@" || toks[c.oi-1].text == "#") {
		c.neg(rHandle)
	}
	if p >= 0 && toks[p].word && toks[p].poss && toks[p].upper && !c.title && toks[p].line == toks[c.oi].line {
		c.neg(rPossBefore) // "Okafor's Okafor Tower", "Lund's Tweets"
	}
	if f.parenLabel(c) {
		c.neg(rParenLabel)
	}
	if p >= 0 && (toks[p].text == "," || toks[p].text == "(") && partyDistrict(first.text) {
		c.neg(rPartyDistrict)
	}
	if f.ofAffiliation(c, p) {
		c.neg(rOfAffiliation)
	}
	if p >= 1 && toks[p].text == "," && toks[p-1].word && (f.kinOrRole(&toks[p-1]) || p == c.oi-1 && f.personNounAfter(p-1)) &&
		(!f.kinOrRole(&toks[p-1]) || toks[p-1].lis(inKin|inRoles) || f.listFollows(c)) {
		// "his mother, Grace,", "her successor, Ada Lund,"; a plural
		// ("the boat's owners, X") only before a list of names ("his
		// sons, Ola and Per"): a single name after it is a firm as often.
		c.pos(rRoleBefore)
	}
	if p >= 0 && toks[p].word && toks[p].line == toks[c.oi].line {
		pt := &toks[p]
		switch {
		case determiners[pt.text] && c.oi == c.i:
			c.det = true
		case f.kinOrRole(pt) && c.oi == c.i:
			c.pos(rRoleBefore)
		case pt.lis(inReporting) && pt.line == first.line && p == c.oi-1 && !namingVerb(pt.lower):
			c.pos(rReporting) // "said Ada Lund" (not "writing 'Ada …", "a town called X")
		case (pt.is(inWorkNouns) || pt.lis(inOrgNouns) && !pt.upper) && !c.title:
			c.neg(rOrgNoun)
		case pt.is(inFiction):
			c.neg(rFiction) // "the mascot X", "playing X"
		case placePreps[toks[p].text] && !toks[c.words[len(c.words)-1]].poss:
			// (Not before a possessive: "through Ada Lund's header" puts
			// the header, not the name, after the preposition.)
			c.weakNeg = true
			if toks[p].text != "from" || p >= 1 && toks[p-1].word && motionVerbs[toks[p-1].lower] {
				c.rules |= rPlacePrep // ("a letter from X" may name a person; "moved from X" does not)
			}
		}
	}
	if c.det {
		c.neg(rDeterminer)
	}
}

// listFollows reports whether the run is followed by "and" or by a comma
// and another capitalised word: the first of a list of names.
func (f *finder) listFollows(c *cand) bool {
	toks := f.toks
	if c.j >= len(toks) {
		return false
	}
	if toks[c.j].text == "and" {
		return true
	}
	return toks[c.j].text == "," && c.j+1 < len(toks) && toks[c.j+1].word && toks[c.j+1].upper && toks[c.j+1].line == toks[c.j].line
}

// afterProxy reports whether the run follows someone who speaks for it
// ("a spokeswoman for Acme Haulage said", "a lawyer for Ada Lund told"):
// the verb after the run is the proxy's and says nothing of the run.
func (f *finder) afterProxy(c *cand) bool {
	toks := f.toks
	p := prevTok(toks, c.oi)
	if p >= 1 && toks[p].text == "the" {
		p--
	}
	if p < 1 || toks[p].text != "for" && toks[p].text != "of" && toks[p].text != "at" {
		return false
	}
	for d := p - 1; d >= 0 && d >= p-2; d-- {
		if t := &toks[d]; !t.word {
			return false
		} else if t.lis(inProxy) {
			return true
		}
	}
	return false
}

// parenLabel reports whether the run is one word alone in parentheses
// right after a name or a title ("Ada Lund MP (Con)", "Senator Ada Lund
// (Dem.)"; rule parenthetical-label): a party, seat or state label, not a
// person.
func (f *finder) parenLabel(c *cand) bool {
	toks := f.toks
	if len(c.words) != 1 || c.oi != c.i || c.i < 2 || toks[c.i-1].text != "(" || toks[c.i].space {
		return false
	}
	e := c.j
	if e < len(toks) && toks[e].text == "." && !toks[e].space {
		e++
	}
	if e >= len(toks) || toks[e].text != ")" || toks[e].space {
		return false
	}
	b := &toks[c.i-2]
	return b.word && b.line == toks[c.i].line && (f.roleWord(b) || b.upper && b.name)
}

// ofAffiliation reports whether the run follows "of" (or "of the") after
// a capitalised name word or an organisation's head word ("Ada Lund of
// Harlow", "the University of Harlow", "the Ministry of Public Works";
// rule of-after-name): the run names the place or body the name before
// belongs to. "for" after an institution's head word is the same ("the
// Department for Transport", "the Office for Budget Responsibility"). p is the token before the run. (A title before "of" is
// another matter: "Mayor of Harlow Ada Lund", rule portfolio-title.)
func (f *finder) ofAffiliation(c *cand, p int) bool {
	toks := f.toks
	if p < 1 || c.oi != c.i {
		return false
	}
	if toks[p].text == "the" && p >= 2 {
		p--
	}
	if toks[p].text != "of" && toks[p].text != "for" || toks[p].line != toks[c.i].line {
		return false
	}
	b := &toks[p-1]
	if toks[p].text == "for" {
		// "the Department for Transport", "the Institute for Fiscal
		// Studies": only after a head word that is never a surname
		// ("a statement for Ada Lund" names her; "Lund for Mayor" is a
		// slogan, not a body).
		return b.word && b.upper && !b.poss && b.line == toks[c.i].line && b.is(inInstitutes)
	}
	if !b.word || !b.upper || b.poss || b.caps || b.line != toks[c.i].line || b.is(inStop) || f.roleWord(b) {
		return false
	}
	if b.sent && !b.is(inOrgHeads) {
		return false // "Fans of Ada Lund", "None of Lund's"
	}
	return b.is(inOrgHeads) || b.name
}

// partyDistrict reports whether w is a US-style party and seat label: a
// party's letter (D, R, I), a hyphen, then a capitalised place ("R-Carrow",
// "D-Lake" of "D-Lake Velmoor"). The caller asks after a comma or an
// opening parenthesis ("Sen. Ada Lund, R-Carrow, said").
func partyDistrict(w string) bool {
	return len(w) > 2 && (w[0] == 'D' || w[0] == 'R' || w[0] == 'I') && w[1] == '-' && w[2] >= 'A' && w[2] <= 'Z'
}

// afterCues reads the words after the run: modifier nouns, accounts, reporting verbs, ages, appositives, epithets.
func (f *finder) afterCues(c *cand) {
	toks := f.toks
	first := &toks[c.words[0]]
	last := &toks[c.words[len(c.words)-1]]
	n := len(c.words)
	nx := c.j
	if nx < len(toks) && !last.poss {
		t := &toks[nx]
		switch {
		case t.word && t.is(inAfterNouns) && !t.nl:
			c.neg(rAfterNoun)
		case t.text == "(" && nx+1 < len(toks) && toks[nx+1].text == "@":
			// "X (@x)": an account; a person when X starts with a given name
			// or signs an embedded post (handles: the handle is a form).
			if !first.is(inGiven) && !f.signatureLine(first.line) {
				c.neg(rHandle)
			}
		case t.word && t.is(inReporting) && !t.nl && !namingVerb(t.lower) && !f.afterProxy(c):
			c.pos(rReporting)
		case t.text == "," && ageAt(toks, nx+1) > 0:
			c.pos(rAge)
		case t.text == "," && f.appositiveCue(nx+1):
			c.pos(rAppositive)
		case t.text == "," && f.orgAppositive(nx+1, n == 1 && !first.is(inGiven) && !f.surnameSoFar(first.lower)):
			c.neg(rOrgAppositive)
		case t.text == "," && f.fictionAppositive(nx+1):
			c.neg(rFiction) // "X, the team's mascot"
		case t.text == "the" && f.epithetAt(nx+1):
			c.neg(rFiction) // "X the Walrus"
		case n == 1 && t.word && auxVerbs[t.text] && first.is(inGiven) && !first.is(inGivenWords):
			c.pos(rAuxVerb) // "Adele will return"
		}
	}
	if last.poss && nx < len(toks) && toks[nx].word && toks[nx].is(inKin) {
		c.pos(rKinAfter)
	}
	if last.poss && f.orgPossession(nx) {
		c.neg(rOrgPossession)
	}
}

// registryCues applies the curator's registry: excluded strings and curated names.
func (f *finder) registryCues(c *cand) {
	if f.reg != nil {
		if _, ok := f.reg.exclude[c.key]; ok {
			c.neg(rKnownNonPerson)
		} else if _, ok := f.reg.forms[c.key]; ok {
			c.pos(rRegistry)
			c.hardNeg = false
		}
	}
}

// camelBrand reports whether t is two or more English words run together,
// each capitalised ("MailBox", "NewsWire"): a brand or an outlet, where a
// name with an inner capital has a prefix that is no word ("DiCaprio",
// "MacTavert").
func (f *finder) camelBrand(t *token) bool {
	if !t.ascii || t.caps || len(t.text) < 5 || strings.IndexFunc(t.text[1:], unicode.IsUpper) < 0 {
		return false
	}
	w, parts := t.text, 0
	for len(w) > 0 {
		e := 1
		for e < len(w) && !('A' <= w[e] && w[e] <= 'Z') {
			e++
		}
		if e < 3 && parts == 0 || !f.lex.common.has(strings.ToLower(w[:e])) {
			return false
		}
		w, parts = w[e:], parts+1
	}
	return parts >= 2
}

// orgPossession reports whether the words from token k, after a
// possessive name, are something only an organisation has ("X's
// headquarters", "X's former subsidiary", "X's shares fell"; rule
// org-possession). A person holds shares too ("Lund's shares were
// sold"): shares and stock count only when their price moves.
func (f *finder) orgPossession(k int) bool {
	toks := f.toks
	if k < len(toks) && possModifiers[toks[k].text] {
		k++
	}
	if k >= len(toks) || !toks[k].word || toks[k].upper || toks[k].nl || !toks[k].is(inOrgPoss) {
		return false
	}
	switch toks[k].text {
	case "shares", "stock", "stocks":
		return k+1 < len(toks) && toks[k+1].word && priceVerbs[toks[k+1].text]
	}
	return true
}

// possModifiers may stand between a possessive and what it owns ("X's
// former headquarters").
var possModifiers = map[string]bool{"former": true, "new": true, "old": true, "main": true, "own": true}

// priceVerbs say that shares or stock moved in price ("X's shares fell").
var priceVerbs = map[string]bool{"rose": true, "fell": true, "jumped": true, "climbed": true, "dropped": true,
	"slid": true, "slumped": true, "surged": true, "tumbled": true, "gained": true, "plunged": true, "soared": true,
	"sank": true, "rallied": true, "dipped": true, "edged": true, "closed": true, "traded": true, "opened": true,
	"rise": true, "fall": true, "rises": true, "falls": true}

// machineRoles are the role nouns a machine fills too ("the voice
// assistant"): after a word of machine_words.txt they name no person.
var machineRoles = map[string]bool{"assistant": true, "assistants": true, "agent": true, "agents": true,
	"companion": true, "companions": true, "helper": true, "helpers": true, "concierge": true}

// machineRole reports whether token e is a role noun that a machine word
// before it makes a machine's ("the company's new voice assistant").
func (f *finder) machineRole(e int) bool {
	return e >= 1 && machineRoles[f.toks[e].lower] && f.toks[e-1].word && f.toks[e-1].lis(inMachine)
}

// fictionAppositive reports whether the words from token k describe a
// fictional character: a fiction word ("mascot", "character") within a
// short noun phrase ("the county's cartoon mascot", "its mascot").
func (f *finder) fictionAppositive(k int) bool {
	toks := f.toks
	if k >= len(toks) || !toks[k].word || !appositiveStarts[toks[k].text] {
		return false
	}
	for e := k + 1; e < len(toks) && e <= k+5; e++ {
		if t := &toks[e]; !t.word {
			return false
		} else if t.is(inFiction) || f.machineRole(e) {
			return true
		}
	}
	return false
}

// epithetAt reports whether token k, after "X the", is a capitalised common
// noun that makes X a character ("Wally the Walrus"): not an organisation's
// head word, a title or a role ("told Lund the Senate would").
func (f *finder) epithetAt(k int) bool {
	if k >= len(f.toks) {
		return false
	}
	t := &f.toks[k]
	return t.word && t.upper && !t.caps && !t.nl && !t.is(inOrgHeads) && !t.lis(inTitles|inRoles) &&
		f.lex.common.has(t.lower) && !t.is(inGiven)
}

// namingVerb reports whether a reporting verb says nothing of its subject
// or object being a person: a participle ("adding", "writing"), or a verb
// that names ("a town called X", "X described as").
func namingVerb(w string) bool {
	return strings.HasSuffix(w, "ing") || w == "called" || w == "calls" || w == "call" || w == "described" ||
		w == "describes" || w == "dubbed" || w == "named"
}

// surnameSoFar reports whether a full name read before ends in the word w
// ("Ada Lund … Lund, a cabinet maker,": her surname, not a firm).
func (f *finder) surnameSoFar(w string) bool {
	for i := range f.cands {
		if c := &f.cands[i]; c.kind == multiName && f.toks[c.words[len(c.words)-1]].lower == w {
			return true
		}
	}
	return false
}

// orgAppositive reports whether the words from token k describe an
// organisation or a place: "a short-selling firm", "the county's utility"
// (an organisation noun within a short noun phrase, before any role noun).
// A noun of both ("maker", "retailer", "carrier": a person noun and an
// organisation noun) counts only when bare is set, for a single word that
// is no given name nor the surname of a full name read before ("Acme, the
// appliance maker,": the firm; "Ada Lund, a cabinet maker," and "Ada Lund
// … Lund, a cabinet maker," stay a person, whom appositiveCue leaves
// uncued; rule org-appositive).
func (f *finder) orgAppositive(k int, bare bool) bool {
	toks := f.toks
	if k >= len(toks) || !toks[k].word || !appositiveStarts[toks[k].text] {
		return false
	}
	for e := k + 1; e < len(toks) && e <= k+5; e++ {
		t := &toks[e]
		if !t.word || t.lis(inRoles|inKin) {
			return false
		}
		if t.lis(inOrgNouns) && !t.upper && (bare || !t.lis(inPersonN)) {
			return true
		}
	}
	return false
}

var auxVerbs = map[string]bool{
	"will": true, "would": true, "has": true, "had": true, "is": true, "was": true, "did": true, "does": true,
	"can": true, "could": true, "said": true, "says": true,
}

// appositiveCue reports whether the words from token k describe a person:
// "who", or a role within a short noun phrase ("her husband", "the singer").
func (f *finder) appositiveCue(k int) bool {
	toks := f.toks
	if k >= len(toks) || !toks[k].word {
		return false
	}
	if toks[k].text == "who" {
		return true
	}
	// "the …", "her …", or an owner's name: "X, Acme's chief estimator,".
	if !appositiveStarts[toks[k].text] && !(toks[k].upper && toks[k].poss && !toks[k].is(inStop)) {
		return false
	}
	for e := k + 1; e < len(toks) && e <= k+6; e++ {
		if !toks[e].word {
			return false
		}
		if f.machineRole(e) || toks[e].is(inFiction) {
			return false // "X, the company's voice assistant", "its cartoon mascot": see fictionAppositive
		}
		if toks[e].lis(inRoles | inKin) {
			return true
		}
		if f.personNounHead(e) {
			// "the appliance maker", "a discount retailer": a firm's noun
			// too, no cue for a person (orgAppositive reads it).
			return !toks[e].lis(inOrgNouns)
		}
	}
	return false
}

// personNounHead reports whether token e is a noun whose first sense is a
// person (person_nouns.txt) ending its noun phrase: punctuation or a
// preposition follows ("Acme's chief estimator,", "a teacher at"). (Many
// such words modify another noun too: "the official residence".)
func (f *finder) personNounHead(e int) bool {
	toks := f.toks
	if !toks[e].lis(inPersonN) || toks[e].upper || e+1 >= len(toks) {
		return false
	}
	n := &toks[e+1]
	if !n.word {
		return n.text != "-" && n.text != "'" && n.text != "’"
	}
	return appositiveEnds[n.text]
}

// personNounAfter reports whether token e, before ", Name", is a person
// noun after a personal possessive or an article ("her successor, Ada
// Lund,", "a neighbour, Ada Lund,"); not after "its" or an owner's name
// ("its successor, the X", "the firm's rival, X": things and companies
// have successors and rivals too). The caller asks only when no quote mark
// opens before the name (`an appeal, "Candles Lit,"` names a work).
func (f *finder) personNounAfter(e int) bool {
	toks := f.toks
	if e < 1 || !toks[e].lis(inPersonN) || toks[e].upper {
		return false
	}
	for d := e - 1; d >= 0 && d >= e-3; d-- {
		if t := &toks[d]; !t.word || t.poss || t.lower == "its" {
			return false
		} else if appositiveStarts[t.lower] || t.lower == "my" || t.lower == "our" || t.lower == "your" {
			return true
		}
	}
	return false
}

// appositiveEnds are the words that may follow the head noun of an
// appositive ("a teacher at the school", "the chief of staff").
var appositiveEnds = map[string]bool{"at": true, "of": true, "for": true, "in": true, "with": true, "from": true,
	"on": true, "who": true, "and": true}

// nonPerson reports whether key names a known place, organisation, work or
// fictional figure.
func (f *finder) nonPerson(key string) bool {
	return f.lex.nonPerson.has(key)
}

// nonPersonText is nonPerson(normKey(s)), without allocating.
func (f *finder) nonPersonText(s string) bool {
	_, ok := f.lex.nonPerson[string(f.norm(s))]
	return ok
}

// ageAt returns the age written at token k followed by a comma or closing
// mark ("35,"), or 0.
func ageAt(toks []token, k int) int {
	if k >= len(toks) || !toks[k].word {
		return 0
	}
	n := 0
	for _, r := range toks[k].text {
		if r < '0' || r > '9' {
			return 0
		}
		n = n*10 + int(r-'0')
		if n > 130 {
			return 0
		}
	}
	if n == 0 || k+1 >= len(toks) {
		return 0
	}
	switch toks[k+1].text {
	case ",", ")", ";", ".":
		return n
	}
	return 0
}
