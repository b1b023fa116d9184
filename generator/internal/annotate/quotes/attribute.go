package quotes

import (
	"sort"
	"strings"

	"github.com/dossier/dossier/generator/internal/doc"
)

// An attribution is what the text says about who spoke a quotation.
type attribution struct {
	found    bool           // a reporting phrase was found (the speaker may still be unknown)
	speaker  int            // index into People, or -1
	from, to int            // byte range of the phrase
	adjacent bool           // the reporting verb sits right against the quotation
	governs  bool           // a reporting verb earlier in the sentence governs the quotation
	rule     string         // the speaker rule (see rules.go)
	pos      string         // the rule that found the attribution's place, when rule is the subject's
	conf     doc.Confidence // the speaker rule's confidence
}

var none = attribution{speaker: -1}

// attributor resolves speakers in one source.
type attributor struct {
	a       *doc.Annotated
	l       *lexicon
	info    []personInfo
	focus   []int // people recently the subject of a sentence or a speaker, latest last
	talkers []int // people recently the subject of a reporting verb or a speaker, latest last
	turn    int   // the speaker of the transcript turn being read, or -1
	raw     []rawQuote
	// prevSubject is the person the sentence before (in the paragraph
	// being read) is about, or -1.
	prevSubject int
	// notMe is the speaker of the quotation whose inside is being read:
	// not the "she" of "she said, '…'" there; -1 outside.
	notMe int
	// named are the people the narrative named in the paragraph before the
	// quotation whose inside is being read (not only its subjects): a
	// pronoun there that no subject fits may be one of them.
	named []int
	// coord is the coordinated subject of the latest story sentence that
	// had a subject ("Lund and Holm met"), or -1s.
	coord [2]int
}

// clauseWords end a subject noun phrase when reading backwards from a verb.
var clauseWords = map[string]bool{
	"that": true, "who": true, "which": true, "because": true, "when": true, "while": true,
	"as": true, "if": true, "after": true, "before": true, "and": true, "but": true, "or": true,
	"then": true, "where": true, "whom": true, "whose": true, "though": true, "although": true,
}

// prepositions disqualify the mention after them from being a subject.
var prepositions = map[string]bool{
	"of": true, "with": true, "for": true, "to": true, "by": true, "about": true, "from": true,
	"at": true, "on": true, "in": true, "against": true, "into": true, "like": true, "than": true,
	"his": true, "her": true, "their": true, "its": true, "our": true, "my": true, "your": true,
	"called": true, "met": true, "meet": true, "and": false, "toward": true, "towards": true,
	"behind": true, "beside": true, "between": true, "among": true, "without": true, "under": true,
	"over": true, "after": true, "before": true, "via": true, "per": true,
}

func (t *token) isWord(w string) bool  { return t.kind == tWord && t.lower == w }
func (t *token) isPunct(p string) bool { return t.kind == tPunct && t.lower == p }

func (r *attributor) isVerb(t token) bool { return t.is(cSpeechVerb) }

// verbAt reports whether toks[v] is a reporting verb used as a verb: not
// after an article, a possessive or "of" ("a series of posts", "his
// statement", "the call").
func (r *attributor) verbAt(toks []token, v int) bool {
	if !toks[v].is(cSpeechVerb) {
		return false
	}
	if v == 0 {
		return true
	}
	p := toks[v-1]
	switch {
	case p.kind == tMention && p.possessive:
		return false
	case p.kind == tWord:
		switch p.lower {
		case "a", "an", "the", "of", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those":
			return false
		}
	}
	return true
}

// pushFocus records p as the latest subject or speaker.
func (r *attributor) pushFocus(p int) {
	if p < 0 {
		return
	}
	if n := len(r.focus); n > 0 && r.focus[n-1] == p {
		return
	}
	r.focus = append(r.focus, p)
	if len(r.focus) > 32 {
		r.focus = append(r.focus[:0], r.focus[len(r.focus)-16:]...)
	}
}

// excluded reports the people named inside the quotation at outer: a
// speaker rarely names themself, so a pronoun does not resolve to them.
func (r *attributor) excluded(outer doc.Span) map[int]bool {
	ex := map[int]bool{}
	for i := firstMention(r.a.Mentions, outer.Start); i < len(r.a.Mentions) && r.a.Mentions[i].Start < outer.End; i++ {
		m := r.a.Mentions[i]
		if !r.inNested(outer, m.Start) {
			ex[m.Person] = true
		}
	}
	return ex
}

// inNested reports whether offset off lies in a quotation nested inside
// the one at outer: a name there is in someone else's words ("he said:
// 'Nobody said, "Lund, the ridge is gone."'").
func (r *attributor) inNested(outer doc.Span, off int) bool {
	k := sort.Search(len(r.raw), func(k int) bool { return r.raw[k].outer.Start > outer.Start })
	for ; k < len(r.raw) && r.raw[k].outer.Start < outer.End; k++ {
		if r.raw[k].outer.Start <= off && off < r.raw[k].outer.End && r.raw[k].outer.End <= outer.End {
			return true
		}
	}
	return false
}

// resolvePronoun picks the person a he/she (gender g, 'x' for either)
// refers to, with the rule that decided and its confidence. The subject
// already named in the current sentence wins. Otherwise each person of the
// recent subjects and speakers who may agree (not named in the quotation)
// scores by recency (3 for the latest, then 2, 1), known gender agreeing
// (+2), being the subject of the sentence before in the same paragraph
// (+3) and having spoken last (+3, or +1 for the one before); the best
// wins, and a tie leaves the speaker unknown.
func (r *attributor) resolvePronoun(g byte, current int, ex map[int]bool) (int, string, doc.Confidence) {
	ok := func(p int) bool {
		if p < 0 || ex[p] || p == r.notMe {
			return false
		}
		pg := r.info[p].gender
		return g == 'x' || pg == 'x' || pg == g
	}
	if ok(current) {
		return current, spkPronounSal, doc.Medium
	}
	best, second, bestScore, secondScore := -1, -1, -1, -1
	seen := 0
	for i := len(r.focus) - 1; i >= 0 && i >= len(r.focus)-8; i-- {
		p := r.focus[i]
		if slicesContains(r.focus[i+1:], p) {
			continue
		}
		rank := seen
		seen++
		if !ok(p) {
			continue
		}
		score := max(0, 3-rank)
		if g != 'x' && r.info[p].gender == g {
			score += 2
		}
		if p == r.prevSubject {
			score += 3 // the subject of the sentence before, in this paragraph
		}
		if n := len(r.talkers); n > 0 && r.talkers[n-1] == p {
			score += 3
		} else if n > 1 && r.talkers[n-2] == p {
			score++
		}
		switch {
		case score > bestScore:
			second, secondScore = best, bestScore
			best, bestScore = p, score
		case score > secondScore:
			second, secondScore = p, score
		}
	}
	if a, b := r.coord[0], r.coord[1]; a >= 0 && b >= 0 && (best == a || best == b) && ok(a) && ok(b) &&
		r.info[a].gender == r.info[b].gender {
		return -1, spkPronounAmb, doc.Low // "Lund and Holm met. … she said"
	}
	if best < 0 && r.notMe >= 0 {
		// Inside a quotation, no subject fits: the one person of that
		// gender named in the paragraph ("Berg said his boss, Ada Lund,
		// phoned. 'She said, "…"'").
		only := -1
		for _, p := range r.named {
			if !ok(p) || g == 'x' || r.info[p].gender != g || p == only {
				continue
			}
			if only >= 0 {
				return -1, spkPronounAmb, doc.Low
			}
			only = p
		}
		if only >= 0 {
			return only, spkPronounNamed, doc.Low
		}
	}
	switch {
	case best < 0:
		return -1, spkNone, doc.Low
	case second >= 0 && secondScore == bestScore:
		return -1, spkPronounAmb, doc.Low
	case g != 'x' && r.info[best].gender == g:
		return best, spkPronounAgree, doc.Medium
	}
	return best, spkPronounSal, doc.Low
}

// recentTalker reports whether p was among the latest people to speak (the
// subject of a reporting verb, or a quotation's speaker).
func (r *attributor) recentTalker(p int) bool {
	for i := len(r.talkers) - 1; i >= 0 && i >= len(r.talkers)-2; i-- {
		if r.talkers[i] == p {
			return true
		}
	}
	return false
}

// pushTalker records p as the latest person to speak.
func (r *attributor) pushTalker(p int) {
	if p < 0 {
		return
	}
	if n := len(r.talkers); n > 0 && r.talkers[n-1] == p {
		return
	}
	r.talkers = append(r.talkers, p)
	if len(r.talkers) > 32 {
		r.talkers = append(r.talkers[:0], r.talkers[len(r.talkers)-16:]...)
	}
}

func slicesContains(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// pronoun is resolvePronoun as an attribution's speaker, rule and confidence.
func (r *attributor) pronoun(at attribution, g byte, current int, ex map[int]bool) attribution {
	at.speaker, at.rule, at.conf = r.resolvePronoun(g, current, ex)
	return at
}

// resolveNP resolves a noun phrase toks[s:e] that is not a name: "the
// rapper", "a source", "Smith's spokesman", with the rule and confidence.
func (r *attributor) resolveNP(toks []token, s, e int, ex map[int]bool) (int, string, doc.Confidence) {
	s, e = max(s, 0), min(e, len(toks)) // a phrase at the start of a paragraph may begin before its first token
	if s >= e {
		return -1, spkNone, doc.Low
	}
	head := toks[e-1]
	if head.kind != tWord {
		return -1, spkNone, doc.Low
	}
	first := toks[s]
	if first.kind == tMention && !first.possessive && orgAfter(toks, s+1, e) {
		return first.person, spkNameOfOrg, doc.High // "Lund of Acme Capital said"
	}
	if first.kind == tMention || first.is(cIndefinite) {
		return -1, spkRoleOnly, doc.Medium // someone else's spokesman, a source
	}
	// "the 34-year-old": the one person of that age, else the latest
	// subject or speaker whose age the text has not given otherwise.
	if age, ok := theYearsOld(toks, e); ok {
		return r.byAge(age, ex)
	}
	// A role the text attaches to exactly one person, latest first.
	var match []int
	for p, in := range r.info {
		if in.roles[head.lower] {
			match = append(match, p)
		}
	}
	if len(match) == 1 {
		return match[0], spkRole, doc.Medium
	}
	if len(match) > 1 {
		for i := len(r.focus) - 1; i >= 0; i-- {
			for _, m := range match {
				if r.focus[i] == m && !ex[m] {
					return m, spkRole, doc.Low
				}
			}
		}
		return -1, spkPronounAmb, doc.Low
	}
	if first.kind == tWord && first.lower == "the" && head.is(cRole) && !possessorInside(toks, s+1, e-1) {
		// A role that can name the main subject ("the rapper"): the
		// latest subject or speaker not named in the quotation.
		for i := len(r.focus) - 1; i >= 0; i-- {
			if p := r.focus[i]; !ex[p] {
				return p, spkRoleLatest, doc.Low
			}
		}
		return -1, spkNone, doc.Low
	}
	return -1, spkRoleOnly, doc.Medium
}

// byAge resolves "the N-year-old" (rule speaker:age-named-earlier): the one
// person the text gives that age; several → unknown; none → the latest
// subject or speaker not named in the quotation and of no other known age
// (speaker:age-latest-subject, low: sports and court stories refer back
// to the person just named by age alone).
func (r *attributor) byAge(age int, ex map[int]bool) (int, string, doc.Confidence) {
	match := -1
	for p, in := range r.info {
		if slicesContains(in.ages, age) {
			if match >= 0 {
				return -1, spkPronounAmb, doc.Low
			}
			match = p
		}
	}
	if match >= 0 {
		return match, spkAge, doc.Medium
	}
	for i := len(r.focus) - 1; i >= 0; i-- {
		if p := r.focus[i]; !ex[p] {
			if len(r.info[p].ages) > 0 {
				return -1, spkNone, doc.Low // a person of another age: someone else
			}
			return p, spkAgeLatest, doc.Low
		}
	}
	return -1, spkNone, doc.Low
}

// theYearsOld reports whether toks[:e] ends in "the 34-year-old" (the
// tokens the, 34, -, year-old), and the age.
func theYearsOld(toks []token, e int) (int, bool) {
	if e < 4 || e > len(toks) {
		return 0, false
	}
	head, num := toks[e-1], toks[e-3]
	if head.kind != tWord || head.lower != "year-old" && head.lower != "years-old" || !toks[e-2].isPunct("-") ||
		num.kind != tWord || !toks[e-4].isWord("the") {
		return 0, false
	}
	n := 0
	for _, c := range num.lower {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
		if n >= 130 {
			return 0, false
		}
	}
	return n, n > 0
}

// subordinators open a clause whose subject is not the sentence's.
var subordinators = map[string]bool{
	"when": true, "if": true, "that": true, "whether": true, "because": true, "while": true,
	"although": true, "though": true, "since": true, "who": true, "which": true, "where": true,
	"until": true, "unless": true, "whom": true, "whose": true,
}

// sentenceSubject returns the subject of toks[s:e]: the first person named
// in the main clause (not after a preposition, not possessive), or the
// index of a he/she that comes first (then person is -1). Without either in
// the main clause, the first person named anywhere.
func (r *attributor) sentenceSubject(toks []token, s, e int) (person, pronoun int) {
	for pass := 0; pass < 2; pass++ {
		sub, depth := false, 0
		for i := s; i < e; i++ {
			t := &toks[i]
			if t.kind == tPunct {
				switch t.lower {
				case "(":
					depth++
				case ")":
					if depth > 0 {
						depth--
					}
				case ",", ";", ":":
					sub = false
				}
				continue
			}
			if depth > 0 {
				continue
			}
			if t.is(cSubordinator) && pass == 0 {
				sub = true
				continue
			}
			if sub {
				continue
			}
			switch t.kind {
			case tMention:
				if t.possessive {
					continue
				}
				if i > s && toks[i-1].is(cPreposition) {
					continue
				}
				return t.person, -1
			case tWord:
				if g := t.gender; g != 0 && g != 'x' {
					return -1, i
				}
			}
		}
	}
	return -1, -1
}

// coordinated returns the person named right after the sentence's first
// subject with "and" ("Lund and Holm left"), or -1.
func (r *attributor) coordinated(toks []token, s, e, p int) int {
	for i := s; i+2 < e; i++ {
		if toks[i].kind == tMention && toks[i].person == p {
			if toks[i+1].isWord("and") && toks[i+2].kind == tMention && toks[i+2].person != p {
				return toks[i+2].person
			}
			return -1
		}
	}
	return -1
}

// focusOf returns the person a sentence is about, resolving a pronoun subject.
func (r *attributor) focusOf(toks []token, s, e int) int {
	p, pro := r.sentenceSubject(toks, s, e)
	if p >= 0 || pro < 0 {
		return p
	}
	p, _, _ = r.resolvePronoun(toks[pro].gender, -1, nil)
	return p
}

// talkerOf returns the subject of the first reporting verb of the
// sentence toks[s:e] outside quotations (indirect speech included: "Lund
// said the order came late"), or -1.
func (r *attributor) talkerOf(toks []token, s, e int) int {
	for v := s; v < e; v++ {
		if toks[v].kind == tWord && r.verbAt(toks, v) && !(v > s && toks[v-1].is(cPassiveAux)) {
			return r.subjectOf(toks, s, v, nil).speaker
		}
	}
	return -1
}

// subjectOf resolves the subject of a reporting verb at toks[v] whose
// clause starts at s. ex are the people named in the quotation.
func (r *attributor) subjectOf(toks []token, s, v int, ex map[int]bool) attribution {
	at := attribution{found: true, speaker: -1, to: toks[v].end}
	k := v - 1
	for k >= s && toks[k].is(cSkip) {
		if toks[k].lower == "to" && !(k > s && toks[k-1].isWord("used")) {
			break // "used to say" only: "to" alone ends the search ("wants to say")
		}
		k--
	}
	// A participle ("saying", or any "-ing" reporting verb after a comma:
	// "backed the plan, arguing that …") has the clause's subject.
	elided := k < s || toks[v].is(cParticiple) || toks[k].isPunct(",") && strings.HasSuffix(toks[v].lower, "ing")
	if !elided {
		t := toks[k]
		switch {
		case t.kind == tMention:
			at.from = t.start
			if k > s && toks[k-1].kind == tWord && (toks[k-1].lower == "for" || toks[k-1].lower == "of") {
				at.rule, at.conf = spkRoleOnly, doc.Medium
				return at // a spokesman for X: not X
			}
			if k > s+1 && toks[k-1].is(cPreposition) && toks[k-1].lower != "by" {
				// "a person close to Lund told": the phrase's head is not Lund.
				if j := nounPhraseStart(toks, s, k-1); toks[j].is(cIndefinite | cDeterminer) {
					at.from = toks[j].start
					at.rule, at.conf = spkRoleOnly, doc.Medium
					return at
				}
			}
			at.speaker, at.rule, at.conf = t.person, spkName, doc.High
			return at
		case t.kind == tWord && t.gender != 0:
			at.from = t.start
			g := t.gender
			if g == 'x' {
				return r.firstPerson(at, t)
			}
			// A person named earlier in the sentence is the pronoun's
			// antecedent ("Lund said that he…"), unless the pronoun opens
			// the main clause after an introductory phrase ("Watched by
			// his wife, he continued").
			cur := -1
			if k == s || !toks[k-1].isPunct(",") {
				cur, _ = r.sentenceSubject(toks, s, k)
			}
			if cur < 0 && r.notMe >= 0 && objectBefore(toks, k, g) {
				// Inside a quotation, "I asked him where it went. He said, '…'":
				// he is the one the speaker talks about, unnamed there;
				// the narrative's people are a guess.
				at.rule, at.conf = spkUnnamed, doc.Low
				return at
			}
			return r.pronoun(at, g, cur, ex)
		case t.isPunct(",") || t.isPunct(")"):
			// An apposition: "Smith, 70, said", "Smith, a spokeswoman,
			// said", "his lawyer, Ada Lund, said", "Lund (D-Ill.) said".
			if p, from, ok := apposition(toks, s, k); ok {
				at.from, at.speaker, at.rule, at.conf = from, p, spkApposition, doc.High
				return at
			}
			if t.isPunct(",") {
				if j := appositionStart(toks, s, k); j >= 0 {
					// "a company spokeswoman, who declined to be named, said"
					at.from = toks[j].start
					at.speaker, at.rule, at.conf = r.resolveNP(toks, nounPhraseStart(toks, s, j-1), j, ex)
					return at
				}
			}
			elided = true
		case t.is(cClause), t.kind == tPunct:
			elided = true
		case t.kind == tWord:
			// A noun phrase: walk back to its start.
			j := nounPhraseStart(toks, s, k)
			at.from = toks[j].start
			at.speaker, at.rule, at.conf = r.resolveNP(toks, j, k+1, ex)
			return at
		}
	}
	// No subject next to the verb ("and said:", "saying:"): the clause's
	// subject, or the subject of an earlier reporting verb ("the singer
	// wrote, "…," adding that …").
	subj, pro := r.sentenceSubject(toks, s, v)
	at.from = toks[v].start
	switch {
	case subj >= 0:
		at.speaker, at.rule, at.conf = subj, spkClause, doc.Medium
	case pro >= 0:
		if toks[pro].gender == 'x' {
			return r.firstPerson(at, toks[pro])
		}
		at = r.pronoun(at, toks[pro].gender, -1, ex)
	case toks[s].isWord("i"):
		return r.firstPerson(at, toks[s]) // "I phoned him and told him, '…'"
	default:
		at.rule, at.conf = spkNone, doc.Low
		for v2 := v - 1; v2 >= s; v2-- {
			if r.isVerb(toks[v2]) && !toks[v2].is(cParticiple) {
				sub := r.subjectOf(toks, s, v2, ex)
				at.speaker, at.rule, at.conf = sub.speaker, sub.rule, sub.conf
				break
			}
		}
	}
	return at
}

// firstPerson resolves "I" to the speaker of the transcript turn the
// sentence is in, or inside a quotation to the quotation's speaker; "we",
// "they", "it", "you" stay unknown.
func (r *attributor) firstPerson(at attribution, t token) attribution {
	at.rule, at.conf = spkNone, doc.Low
	switch {
	case t.lower == "i" && r.turn >= 0:
		at.speaker, at.rule, at.conf = r.turn, spkTurn, doc.Medium
	case t.lower == "i" && r.notMe >= 0:
		// Inside a quotation "I" is its speaker: "'… I told my brother,
		// "Move the cattle,"' Lund said" → Lund.
		at.speaker, at.rule, at.conf = r.notMe, spkQuoteFirst, doc.Medium
	}
	return at
}

// nounPhraseStart walks back from toks[k] to the start of its noun phrase.
func nounPhraseStart(toks []token, s, k int) int {
	j := k
	for j-1 >= s && j > k-6 {
		p := toks[j-1]
		if p.kind == tPunct || p.kind == tQuote || p.is(cClause|cSpeechVerb) {
			break
		}
		j--
		if p.kind == tMention || p.is(cDeterminer|cIndefinite) {
			// "a person close to the singer": the phrase goes on before
			// a preposition.
			if j-1 >= s && j-2 >= s && toks[j-1].is(cPreposition) && toks[j-1].lower != "by" && toks[j-2].kind == tWord && !toks[j-2].is(cSpeechVerb|cClause) && j > k-10 {
				j--
				continue
			}
			break
		}
	}
	return j
}

// apposition finds the person of an apposition ending at the comma or
// parenthesis toks[k], right before a verb: "Smith, 70, said" and "Smith,
// director of the institute, said" give Smith; "his lawyer, Ada Lund,
// said" and "Ada Lund (D-Ill.) said" give Lund. It returns the person and
// the start of the phrase.
func apposition(toks []token, s, k int) (int, int, bool) {
	if toks[k].isPunct(")") {
		for j := k - 1; j >= s && j >= k-8; j-- {
			if toks[j].isPunct("(") {
				if j > s && toks[j-1].kind == tMention {
					return toks[j-1].person, toks[j-1].start, true
				}
				return 0, 0, false
			}
		}
		return 0, 0, false
	}
	j := appositionStart(toks, s, k)
	if j < 0 {
		return 0, 0, false
	}
	// The name inside the commas: "his lawyer, Ada Lund, said"; after up
	// to three role words ("the study's lead author, graduate student Ada
	// Lund, said"); before the organisation it is of ("a rival economist,
	// Ada Lund of Acme Capital, said").
	m := j + 1
	for m < k && m <= j+3 && looseRoleWord(toks[m]) {
		m++
	}
	if m < k && toks[m].kind == tMention && !toks[m].possessive && (m == j+1 || toks[j+1].kind == tWord && !toks[j+1].cap || toks[j+1].is(cRole)) {
		if m+1 == k || m+2 == k && toks[m+1].kind == tWord && isAge(toks[m+1].lower) || orgAfter(toks, m+1, k) {
			from := toks[j].start
			if j > s {
				from = toks[nounPhraseStart(toks, s, j-1)].start
			}
			return toks[m].person, from, true
		}
	}
	// The name before them: "Smith, a spokeswoman, said", or before a
	// chain of them: "Smith, director of Acme, a fund that …, said".
	for n := 0; n < 5 && j > s; n++ {
		if j-1 > s && abbrevDot(toks, s, j-1) {
			j-- // "Lund Sr., 77, said"
		}
		switch p := toks[j-1]; {
		case p.kind == tMention && !p.possessive && (n < 3 || opensClause(toks, s, j-1)) &&
			!(j-1 > s && toks[j-2].is(cPreposition)):
			// Past three commas the chain is a relative clause with
			// commas of its own ("Lund, 61, whose bakery, Acme, flooded,
			// said"): the name must open its clause. A name after a
			// preposition is an object ("After the talks with Lund, the
			// delegates, tired, said").
			return p.person, p.start, true
		case p.isPunct(")"):
			return apposition(toks, s, j-1) // "Smith (R-Ohio), a senator, said"
		}
		if j = appositionStart(toks, s, j); j < 0 {
			break
		}
	}
	return 0, 0, false
}

// appositionStart returns the comma opening the apposition that ends at
// the comma toks[k] (at most twelve tokens back, no other clause
// punctuation or quotation between), or -1.
func appositionStart(toks []token, s, k int) int {
	for j := k - 1; j >= s && j >= k-12; j-- {
		t := toks[j]
		switch {
		case t.isPunct(","):
			return j
		case t.isPunct(".") && abbrevDot(toks, s, j):
			// "Lund Sr., 77, said": the name's abbreviation.
		case t.kind == tQuote, t.kind == tPunct && (t.lower == ";" || t.lower == ":" || t.lower == "."):
			return -1
		}
	}
	return -1
}

// isAge reports whether w is a number of one to three digits ("70").
func isAge(w string) bool {
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return true
}

// after looks for an attribution right after the quotation token at q:
// "…," said Okafor / "…," Okafor, 70, told reporters / "…," a source said.
// strict limits it to a short phrase (the quotation ended with a period).
func (r *attributor) after(toks []token, s, q, e int, strict bool, ex map[int]bool) attribution {
	at := r.afterPhrase(toks, q, e, strict, ex)
	if !at.found || at.rule != spkPronounAgree && at.rule != spkPronounSal && at.rule != spkPronounAmb && at.rule != spkNone {
		return at
	}
	// "Lund, 67, blasted the plan as a 'stunt.' '…,' he told the judge":
	// the person the sentence named before the quotation is the
	// pronoun's antecedent when the gender agrees.
	g := byte(0)
	for k := q + 1; k < e && k <= q+4; k++ {
		if t := toks[k]; t.kind == tWord && t.gender != 0 {
			g = t.gender
			break
		}
	}
	if g == 0 || g == 'x' || q <= s {
		return at
	}
	if p, _ := r.sentenceSubject(toks, s, q); p >= 0 && !ex[p] && (r.info[p].gender == g || r.info[p].gender == 'x') {
		at.speaker, at.rule, at.conf = p, spkPronounSal, doc.Medium
	}
	return at
}

// afterPhrase reads the attribution phrase right after the quotation token
// at q (see after).
func (r *attributor) afterPhrase(toks []token, q, e int, strict bool, ex map[int]bool) attribution {
	j := q + 1
	if j < e && toks[j].isPunct(",") {
		j++
	}
	if j >= e {
		return none
	}
	// "…," according to Lund / according to a person close to her.
	if j+2 < e && toks[j].isWord("according") && toks[j+1].isWord("to") {
		at := attribution{found: true, speaker: -1, from: toks[j].start, to: toks[j+1].end, rule: spkAccording, conf: doc.Medium}
		if t := toks[j+2]; t.kind == tMention && !t.possessive {
			at.speaker, at.to, at.conf = t.person, t.end, doc.High
			return at
		}
		h := j + 2
		for h < e && h < j+8 && toks[h].kind == tWord && !toks[h].is(cClause) {
			h++
		}
		if h > j+2 {
			at.to = toks[h-1].end
			at.speaker, _, _ = r.resolveNP(toks, j+2, h, ex)
		}
		return at
	}
	// Inversion: "said Okafor", "offered the rapper".
	if r.isVerb(toks[j]) && !toks[j].is(cParticiple) {
		return r.inverted(toks, j, e, ex)
	}
	limit := j + 9
	if strict && !toks[q+1].isPunct(",") { // British style: '…', he said
		limit = j + 4
	}
	if !strict {
		limit = j + 14 // room for an apposition: "…," Dr. Lund, director of the institute, said
	}
	for v := j; v < e && v < limit; v++ {
		t := toks[v]
		if t.isPunct(".") && v > j && toks[v-1].is(cAbbrev) {
			continue // "Dr. Lund"
		}
		if t.kind == tQuote || (t.kind == tPunct && t.lower != "," && t.lower != "-" && t.lower != "‑") {
			return none
		}
		if !r.verbAt(toks, v) || v == j {
			continue
		}
		if v+1 < e && toks[v+1].isWord("that") {
			// "… clear." He added that …: the verb reports what follows, not this quotation.
			return none
		}
		// The phrase before the verb must be a noun phrase.
		np := toks[j:v]
		k := len(np) - 1
		for k >= 0 && np[k].is(cSkip) && !strict {
			k--
		}
		if k < 0 {
			return none
		}
		if toks[v-1].isPunct(",") {
			// "…," his lawyer, Ada Lund, said.
			if p, _, ok := apposition(toks, j, v-1); ok {
				return attribution{found: true, speaker: p, from: toks[j].start, to: toks[v].end, rule: spkApposition, conf: doc.High}
			}
		}
		if k == 2 && np[0].kind == tMention && np[1].isWord("and") && np[2].kind == tMention && np[0].person != np[2].person {
			// "…," Lund and Berg said: words of two people, no one speaker.
			return attribution{found: true, speaker: -1, from: toks[j].start, to: toks[v].end, rule: spkJoint, conf: doc.Medium}
		}
		if !r.nounPhrase(np[:k+1]) {
			return none
		}
		at := r.subjectOf(toks, j, v, ex)
		at.from = toks[j].start
		return at
	}
	return none
}

// inverted reads an attribution whose verb at toks[v] comes before its
// subject: "said Okafor", "said Acme CEO Dana Reyes", "said U.S. Rep. Ana
// Ruiz (D-Ill.)", "said the company's chief executive, Rainer Lund", "said
// Lund's son, Erik", "offered the rapper", "a source said".
func (r *attributor) inverted(toks []token, v, e int, ex map[int]bool) attribution {
	k := v + 1
	if k >= e {
		return none
	}
	at := attribution{found: true, speaker: -1, from: toks[v].start, to: toks[k].end}
	t := toks[k]
	switch {
	case t.kind == tMention && !t.possessive:
		at.speaker, at.rule, at.conf = t.person, spkName, doc.High
		return at
	case t.kind == tWord && t.gender != 0:
		if t.gender == 'x' {
			return r.firstPerson(at, t)
		}
		return r.pronoun(at, t.gender, -1, ex)
	}
	// Titles, role words and a possessor before the name: up to eight
	// tokens of capitalized words, abbreviations, roles, determiners and
	// a possessive mention, then a name (after a comma for an
	// apposition).
	h := k
	poss := false
	loose := 0
	for ; h < e && h < k+8; h++ {
		u := toks[h]
		if u.kind == tMention {
			if u.possessive {
				poss = true
				continue
			}
			break
		}
		if u.kind == tPunct && (u.lower == "," || u.lower == ".") && h > k && h+1 < e && toks[h+1].kind == tMention {
			continue
		}
		if u.isPunct(".") && h > k && toks[h-1].is(cAbbrev) {
			continue // "said U.S. Rep. Lund"
		}
		if u.kind != tWord || u.is(cClause|cSpeechVerb) {
			break
		}
		if !(u.cap || u.is(cDeterminer|cIndefinite|cRole|cProxyRole|cAbbrev) || r.l.preName(u.lower)) {
			// A lower-case role word of no list ("said co-author Dr.
			// Lund"): at most two, and only if a name follows.
			if !looseRoleWord(u) || loose == 2 {
				break
			}
			loose++
		}
	}
	if h < e && toks[h].kind == tMention && !toks[h].possessive {
		// "said the company's spokeswoman, Ada Lund": the name in apposition
		// is the speaker, whoever the possessor; "said Lund's lawyer" is not.
		at.to = toks[h].end
		if h > k && toks[h-1].isPunct(",") || h == k || !poss {
			at.speaker, at.rule, at.conf = toks[h].person, spkApposition, doc.High
			if h == k+1 || !toks[h-1].isPunct(",") {
				at.rule = spkName
			}
			return at
		}
	}
	if t.is(cDeterminer|cIndefinite) || t.kind == tMention && t.possessive {
		h := k + 1
		for h < e && h < k+6 && toks[h].kind == tWord && !toks[h].is(cClause) {
			h++
		}
		at.to = toks[h-1].end
		at.speaker, at.rule, at.conf = r.resolveNP(toks, k, h, ex)
		return at
	}
	return none
}

// nounPhrase reports whether toks can be the subject of a reporting verb.
func (r *attributor) nounPhrase(toks []token) bool {
	if len(toks) == 1 {
		t := toks[0]
		return t.kind == tMention || (t.kind == tWord && (r.l.pronouns[t.lower] != 0 || t.cap ||
			r.l.indefinite[t.lower] || r.l.proxyRoles[strings.TrimSuffix(t.lower, "s")] || r.l.roles[strings.TrimSuffix(t.lower, "s")] || t.lower == "police"))
	}
	first := toks[0]
	if first.kind == tMention && len(toks) >= 3 && toks[1].isPunct(",") && toks[len(toks)-1].isPunct(",") {
		return true // apposition
	}
	last := toks[len(toks)-1]
	startsNP := first.kind == tMention || first.cap || last.kind == tMention ||
		first.is(cDeterminer|cIndefinite|cRole|cProxyRole)
	if !startsNP || len(toks) > 7 {
		return false
	}
	for _, t := range toks[1:] {
		if t.kind == tPunct && t.lower != "-" || t.kind == tQuote {
			return false
		}
		if t.is(cClause|cSpeechVerb) || t.kind == tWord && isAux(t.lower) {
			return false
		}
	}
	return true
}

var passiveAux = map[string]bool{"was": true, "were": true, "when": true, "being": true, "been": true, "be": true, "is": true, "are": true}

func isAux(w string) bool {
	switch w {
	case "did", "does", "do", "not", "was", "were", "is", "are", "had", "has", "have", "been", "be", "would", "could", "should", "will", "may", "might", "can":
		return true
	}
	return false
}

// before looks for the last reporting verb before the quotation token at q
// in the sentence starting at s: "Okafor replied, …", "he said: …",
// "Diallo said the pair met because Okafor …".
func (r *attributor) before(toks []token, s, q int, ex map[int]bool) attribution {
	for v := q - 1; v >= s; v-- {
		t := toks[v]
		if t.kind == tWord && t.lower == "to" && v > s && toks[v-1].isWord("according") {
			if v+1 < q && toks[v+1].kind == tMention {
				return attribution{found: true, governs: true, speaker: toks[v+1].person, from: toks[v-1].start, to: toks[v+1].end, rule: spkName, conf: doc.High}
			}
			return attribution{found: true, governs: true, speaker: -1, from: toks[v-1].start, to: toks[v].end, rule: spkRoleOnly, conf: doc.Medium}
		}
		if !r.verbAt(toks, v) {
			continue
		}
		if v > s && toks[v-1].is(cPassiveAux) {
			continue // "when asked", "was told": not a speaker's verb
		}
		if readOut(toks, s, v) {
			// "X wrote to customers, and I quote: '…'": the words are
			// X's; the reader's own verb is skipped.
			if at := r.before(toks, s, v, ex); at.found {
				at.adjacent, at.governs = true, true
				at.rule = spkReadOut + "+" + strings.TrimPrefix(at.rule, "speaker:")
				return at
			}
			return attribution{found: true, adjacent: true, governs: true, speaker: -1, from: toks[v].start, to: toks[v].end, rule: spkReadOut, conf: doc.Low}
		}
		at := r.subjectOf(toks, s, v, ex)
		at.adjacent = r.adjacent(toks, v, q)
		at.governs = true
		return at
	}
	return none
}

// readOut reports whether the verb at toks[v] is a reader's "I quote" or
// "I'm quoting" that introduces someone else's words.
func readOut(toks []token, s, v int) bool {
	switch toks[v].lower {
	case "quote", "quoting":
	default:
		return false
	}
	for k := v - 1; k >= s && k >= v-2; k-- {
		switch toks[k].lower {
		case "i", "i'm", "i’m", "we", "we're", "we’re", "am", "are":
			return true
		}
	}
	return false
}

// adjacent reports whether only a comma, colon, dash or article separates
// the verb at v from the quotation at q ("replied, "…"", "offering a "hey"").
func (r *attributor) adjacent(toks []token, v, q int) bool {
	if toks[v].is(cNamingVerb) {
		return false
	}
	gap := toks[v+1 : q]
	if len(gap) > 3 {
		return false
	}
	for _, t := range gap {
		switch {
		case t.kind == tPunct && (t.lower == "," || t.lower == ":" || t.lower == "-" || t.lower == "—" || t.lower == "–"):
		case t.kind == tWord && (t.lower == "a" || t.lower == "an" || t.lower == "the" || t.lower == "with"):
		case t.kind == tWord && (t.lower == "reporters" || t.lower == "me" || t.lower == "us" || t.lower == "him" || t.lower == "her" || t.lower == "them"):
		default:
			return false
		}
	}
	return true
}

// orgPrepositions link a name to the organisation it works for: "Lund of
// Acme", "Lund from Acme", "Lund at Acme".
var orgPrepositions = map[string]bool{"of": true, "from": true, "at": true}

// orgAfter reports whether toks[i:e] is a preposition of orgPrepositions
// and then only capitalized words, "&" or "the": the organisation a named
// person belongs to ("of Acme Capital", "at the Kettle Institute"), so
// the name before it is the head of the phrase.
func orgAfter(toks []token, i, e int) bool {
	if i+1 >= e || !(toks[i].kind == tWord && orgPrepositions[toks[i].lower]) {
		return false
	}
	caps := 0
	for _, t := range toks[i+1 : e] {
		switch {
		case t.kind == tWord && t.cap:
			caps++
		case t.kind == tWord && (t.lower == "the" || t.lower == "of" || t.lower == "and"):
		case t.isPunct("&"):
		default:
			return false
		}
	}
	return caps > 0 && toks[e-1].kind == tWord && toks[e-1].cap
}

// looseRoleWord reports whether t can be one of the lower-case words of a
// role or title written before a name without "the" ("graduate student Ada
// Lund", "co-author Dr. Lund"): a word that is not a clause word, a
// preposition, a verb of speech, an auxiliary, a determiner or a pronoun.
func looseRoleWord(t token) bool {
	return t.kind == tWord && t.gender == 0 && !t.is(cClause|cPreposition|cSpeechVerb|cDeterminer|cIndefinite|cSubordinator) &&
		!isAux(t.lower) && !isAge(t.lower)
}

// opensClause reports whether toks[i] opens its sentence or follows
// punctuation or a clause word: a name there is a subject, not an object.
func opensClause(toks []token, s, i int) bool {
	if i == s {
		return true
	}
	p := toks[i-1]
	return p.kind == tPunct || p.is(cClause)
}

// possessorInside reports whether a word of toks[i:e] is a possessive
// ("the magazine's reviewer", "the firm's founder"): the role is someone
// else's, not one that names the story's subject, so it is not guessed.
func possessorInside(toks []token, i, e int) bool {
	for _, t := range toks[max(i, 0):e] {
		if t.kind == tMention && t.possessive {
			return true
		}
		if t.kind == tWord && (strings.HasSuffix(t.lower, "'s") || strings.HasSuffix(t.lower, "’s")) {
			return true
		}
	}
	return false
}

// objectBefore reports whether an object pronoun of gender g ("him", or
// "her" not before a noun: "asked her why", "told her.") comes before
// toks[k] with no person named between.
func objectBefore(toks []token, k int, g byte) bool {
	for i := k - 1; i >= 0; i-- {
		t := toks[i]
		if t.kind == tMention {
			return false
		}
		if t.kind != tWord {
			continue
		}
		switch {
		case g == 'm' && (t.lower == "him" || t.lower == "himself"):
			return true
		case g == 'f' && t.lower == "her" && i+1 < len(toks) &&
			(toks[i+1].kind == tPunct || toks[i+1].is(cClause|cSubordinator|cPreposition)):
			return true
		}
	}
	return false
}

// abbrevDot reports whether the period toks[i] ends a name's abbreviation
// ("Lund Sr., 77"): it sits between a mention and a comma, where no
// sentence ends.
func abbrevDot(toks []token, s, i int) bool {
	return i > s && i+1 < len(toks) && toks[i].isPunct(".") && toks[i-1].kind == tMention && toks[i+1].isPunct(",")
}
