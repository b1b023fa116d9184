package people

import "unicode"

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
	i, j     int   // token range of the name itself (titles stripped); j exclusive
	words    []int // indexes of the word tokens in [i, j)
	oi       int   // token index where the run started, before titles and roles
	title    bool  // an honorific or title precedes it ("President Obama")
	evidence bool  // a person cue: title, role, age, reporting verb, given name
	hardNeg  bool  // a place, organisation, work or modifier use
	weakNeg  bool  // a place-like preposition precedes it and nothing says person
	det      bool  // a determiner precedes it
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
	prev := rune(0)
	for _, r := range t.text {
		if unicode.IsDigit(r) {
			return false
		}
		if (prev == '-' || isApos(prev)) && !unicode.IsUpper(r) {
			return false
		}
		prev = r
	}
	return true
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
		if l.acronymTok(t) && !f.initialsAt(i) {
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
		if !t.name && !f.initialsAt(i) {
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
			if n.text == "." && !n.space && (isInitial(toks[j-1].text) || toks[j-1].is(inAbbrevs)) &&
				j+1 < len(toks) && !toks[j+1].nl && toks[j+1].name {
				j += 2
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
		f.classify(i, j, t.head)
		i = j
	}
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
	// Strip sentence-initial stop words, titles and capitalised roles.
	for len(words) > 0 {
		w := &toks[words[0]]
		if len(words) > 1 {
			if l.title2(w.lower, toks[words[1]].lower) {
				c.title, c.evidence = true, true
				words = words[2:]
				continue
			}
		}
		switch {
		case w.sent && w.is(inStop) && !w.lis(inTitles):
			if determiners[w.text] {
				c.det = true
			}
		case w.lis(inTitles) && len(words) > 1:
			c.title, c.evidence = true, true
		case w.lis(inRoles|inKin) && len(words) > 1 && !w.is(inGiven):
			c.evidence = true
		default:
			goto stripped
		}
		words = words[1:]
		if len(words) > 0 {
			toks[words[0]].sent = false
		}
	}
stripped:
	// A title inside the run: "German Chancellor Olaf Scholz".
	for k := 1; k < len(words)-1; k++ {
		w := &toks[words[k]]
		if k+2 < len(words) && l.title2(w.lower, toks[words[k+1]].lower) {
			words, c.title, c.evidence = words[k+2:], true, true
			break
		}
		if w.lis(inTitles) {
			words, c.title, c.evidence = words[k+1:], true, true
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

// keyOf is the normalized name of the words: normKey of their text.
func (f *finder) keyOf(words []int) string {
	i, j := words[0], words[len(words)-1]+1
	if j == i+1 && f.toks[i].ascii {
		// One ASCII word: its normalized form is its lowercase form.
		return f.toks[i].lower
	}
	return f.intern(f.norm(f.src[f.toks[i].start:f.toks[j-1].end]))
}

// context records the cues around a classified run.
func (f *finder) context(c *cand) {
	toks := f.toks
	first := &toks[c.words[0]]
	last := &toks[c.words[len(c.words)-1]]
	n := len(c.words)
	// Known non-persons: the whole run, any part of two or more words, or the
	// single word; the original run too (titles included: "General Motors").
	// (When no title was stripped, the original run is the key's text.)
	if f.nonPerson(c.key) || c.oi != c.i && f.nonPersonText(f.src[toks[c.oi].start:last.end]) {
		c.hardNeg = true
	}
	if n >= 3 && n <= 6 {
		for a := 0; a < n && !c.hardNeg; a++ {
			for b := a + 1; b < n; b++ {
				if a == 0 && b == n-1 {
					continue
				}
				if f.nonPersonText(f.src[toks[c.words[a]].start:toks[c.words[b]].end]) {
					c.hardNeg = true
					break
				}
			}
		}
	}
	if n >= 2 {
		for _, k := range c.words[1:] {
			if toks[k].is(inOrgHeads) {
				// "Given Hall" may be a person; "Given University" never is.
				if !(n == 2 && first.is(inGiven) && !c.title) || toks[k].is(inInstitutes) {
					c.hardNeg = true
				}
			}
		}
		if first.is(inGiven) {
			c.evidence = true
		} else if last.lis(inRoles) {
			c.hardNeg = true // "Staff Reporter"
		}
	}
	p := prevTok(toks, c.oi)
	if c.oi > 0 && !toks[c.oi].space && (toks[c.oi-1].text == "@" || toks[c.oi-1].text == "#") {
		c.hardNeg = true
	}
	if p >= 0 && toks[p].word && toks[p].poss && toks[p].upper && !c.title && toks[p].line == toks[c.oi].line {
		c.hardNeg = true // "Okafor's Okafor Tower", "Lund's Tweets"
	}
	if p >= 1 && toks[p].text == "," && toks[p-1].word && toks[p-1].lis(inKin|inRoles) {
		c.evidence = true // "his mother, Grace,"
	}
	if p >= 0 && toks[p].word && toks[p].line == toks[c.oi].line {
		pt := &toks[p]
		switch {
		case determiners[pt.text] && c.oi == c.i:
			c.det = true
		case pt.lis(inRoles|inKin) && c.oi == c.i:
			c.evidence = true
		case pt.lis(inReporting) && pt.line == first.line:
			c.evidence = true
		case pt.is(inWorkNouns) && !c.title:
			c.hardNeg = true
		case placePreps[toks[p].text]:
			c.weakNeg = true
		}
	}
	if c.det {
		c.hardNeg = true
	}
	nx := c.j
	if nx < len(toks) && !last.poss {
		t := &toks[nx]
		switch {
		case t.word && t.is(inAfterNouns) && !t.nl:
			c.hardNeg = true
		case t.text == "(" && nx+1 < len(toks) && toks[nx+1].text == "@":
			if !first.is(inGiven) {
				c.hardNeg = true
			}
		case t.word && t.is(inReporting) && !t.nl:
			c.evidence = true
		case t.text == "," && ageAt(toks, nx+1) > 0:
			c.evidence = true
		case t.text == "," && f.appositiveCue(nx+1):
			c.evidence = true
		case n == 1 && t.word && auxVerbs[t.text] && first.is(inGiven) && !first.is(inGivenWords):
			c.evidence = true // "Adele will return"
		}
	}
	if last.poss && nx < len(toks) && toks[nx].word && toks[nx].is(inKin) {
		c.evidence = true
	}
	if f.reg != nil {
		if _, ok := f.reg.exclude[c.key]; ok {
			c.hardNeg = true
		} else if _, ok := f.reg.forms[c.key]; ok {
			c.evidence, c.hardNeg = true, false
		}
	}
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
	if !appositiveStarts[toks[k].text] {
		return false
	}
	for e := k + 1; e < len(toks) && e <= k+4; e++ {
		if !toks[e].word {
			return false
		}
		if toks[e].lis(inRoles | inKin) {
			return true
		}
	}
	return false
}

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
