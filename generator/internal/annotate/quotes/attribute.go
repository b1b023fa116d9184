package quotes

import (
	"strings"

	"github.com/dossier/dossier/generator/internal/doc"
)

// An attribution is what the text says about who spoke a quotation.
type attribution struct {
	found    bool // a reporting phrase was found (the speaker may still be unknown)
	speaker  int  // index into People, or -1
	from, to int  // byte range of the phrase
	adjacent bool // the reporting verb sits right against the quotation
}

var none = attribution{speaker: -1}

// attributor resolves speakers in one source.
type attributor struct {
	a     *doc.Annotated
	l     *lexicon
	info  []personInfo
	focus []int // people recently the subject of a sentence or a speaker, latest last
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
		ex[r.a.Mentions[i].Person] = true
	}
	return ex
}

// resolvePronoun picks the person a he/she (gender g, 'x' for either) refers
// to: the subject already named in the current sentence, then the most
// recent subject or speaker that agrees and is not named in the quotation.
func (r *attributor) resolvePronoun(g byte, current int, ex map[int]bool) int {
	ok := func(p int) bool {
		if p < 0 || ex[p] {
			return false
		}
		pg := r.info[p].gender
		return g == 'x' || pg == 'x' || pg == g
	}
	if ok(current) {
		return current
	}
	for i := len(r.focus) - 1; i >= 0; i-- {
		if ok(r.focus[i]) {
			return r.focus[i]
		}
	}
	return -1
}

// resolveNP resolves a noun phrase toks[s:e] that is not a name: "the
// rapper", "a source", "Smith's spokesman".
func (r *attributor) resolveNP(toks []token, s, e int, ex map[int]bool) int {
	if s >= e {
		return -1
	}
	head := toks[e-1]
	if head.kind != tWord {
		return -1
	}
	first := toks[s]
	if first.kind == tMention || first.is(cIndefinite) {
		return -1 // someone else's spokesman, a source
	}
	// A role the text attaches to exactly one person, latest first.
	var match []int
	for p, in := range r.info {
		if in.roles[head.lower] {
			match = append(match, p)
		}
	}
	if len(match) == 1 {
		return match[0]
	}
	if len(match) > 1 {
		for i := len(r.focus) - 1; i >= 0; i-- {
			for _, m := range match {
				if r.focus[i] == m && !ex[m] {
					return m
				}
			}
		}
		return -1
	}
	if first.kind == tWord && first.lower == "the" && head.is(cRole) {
		return r.resolvePronoun('x', -1, ex)
	}
	return -1
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

// focusOf returns the person a sentence is about, resolving a pronoun subject.
func (r *attributor) focusOf(toks []token, s, e int) int {
	p, pro := r.sentenceSubject(toks, s, e)
	if p >= 0 || pro < 0 {
		return p
	}
	return r.resolvePronoun(toks[pro].gender, -1, nil)
}

// subjectOf resolves the subject of a reporting verb at toks[v] whose
// clause starts at s. ex are the people named in the quotation.
func (r *attributor) subjectOf(toks []token, s, v int, ex map[int]bool) attribution {
	at := attribution{found: true, speaker: -1, to: toks[v].end}
	k := v - 1
	for k >= s && toks[k].is(cSkip) {
		k--
	}
	elided := k < s || toks[v].is(cParticiple)
	if !elided {
		t := toks[k]
		switch {
		case t.kind == tMention:
			at.from = t.start
			if k > s && toks[k-1].kind == tWord && (toks[k-1].lower == "for" || toks[k-1].lower == "of") {
				return at // a spokesman for X: not X
			}
			at.speaker = t.person
			return at
		case t.kind == tWord && t.gender != 0:
			at.from = t.start
			g := t.gender
			if g != 'x' {
				// A person named earlier in the sentence is the pronoun's
				// antecedent ("Lund said that he…"), unless the pronoun opens
				// the main clause after an introductory phrase ("Watched by
				// his wife, he continued").
				cur := -1
				if k == s || !toks[k-1].isPunct(",") {
					cur, _ = r.sentenceSubject(toks, s, k)
				}
				at.speaker = r.resolvePronoun(g, cur, ex)
			}
			return at
		case t.isPunct(","):
			// An apposition: "Smith, 70, said", "Smith, a spokeswoman, said".
			for j := k - 1; j >= s && j >= k-8; j-- {
				if toks[j].isPunct(",") {
					if j > s && toks[j-1].kind == tMention {
						at.from = toks[j-1].start
						at.speaker = toks[j-1].person
						return at
					}
					break
				}
			}
			elided = true
		case t.is(cClause), t.kind == tPunct:
			elided = true
		case t.kind == tWord:
			// A noun phrase: walk back to its start.
			j := k
			for j-1 >= s && j > k-6 {
				p := toks[j-1]
				if p.kind == tPunct || p.kind == tQuote || p.is(cClause|cSpeechVerb) {
					break
				}
				j--
				if p.kind == tMention || p.is(cDeterminer|cIndefinite) {
					break
				}
			}
			at.from = toks[j].start
			at.speaker = r.resolveNP(toks, j, k+1, ex)
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
		at.speaker = subj
	case pro >= 0:
		at.speaker = r.resolvePronoun(toks[pro].gender, -1, ex)
	default:
		for v2 := v - 1; v2 >= s; v2-- {
			if r.isVerb(toks[v2]) && !toks[v2].is(cParticiple) {
				at.speaker = r.subjectOf(toks, s, v2, ex).speaker
				break
			}
		}
	}
	return at
}

// after looks for an attribution right after the quotation token at q:
// "…," said Okafor / "…," Okafor, 70, told reporters / "…," a source said.
// strict limits it to a short phrase (the quotation ended with a period).
func (r *attributor) after(toks []token, q, e int, strict bool, ex map[int]bool) attribution {
	j := q + 1
	if j < e && toks[j].isPunct(",") {
		j++
	}
	if j >= e {
		return none
	}
	// Inversion: "said Okafor", "offered the rapper".
	if r.isVerb(toks[j]) && !toks[j].is(cParticiple) {
		v := j
		k := v + 1
		if k >= e {
			return none
		}
		at := attribution{found: true, speaker: -1, from: toks[v].start, to: toks[k].end}
		t := toks[k]
		switch {
		case t.kind == tMention:
			at.speaker = t.person
			return at
		case t.kind == tWord && t.gender != 0:
			if g := t.gender; g != 'x' {
				at.speaker = r.resolvePronoun(g, -1, ex)
			}
			return at
		case t.is(cDeterminer | cIndefinite):
			h := k + 1
			for h < e && h < k+6 && toks[h].kind == tWord && !toks[h].is(cClause) {
				h++
			}
			at.to = toks[h-1].end
			at.speaker = r.resolveNP(toks, k, h, ex)
			return at
		}
		return none
	}
	limit := j + 9
	if strict {
		limit = j + 4
	}
	for v := j; v < e && v < limit; v++ {
		t := toks[v]
		if t.kind == tQuote || (t.kind == tPunct && t.lower != "," && t.lower != "-" && t.lower != "‑") {
			return none
		}
		if !r.isVerb(t) || v == j {
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
		if !r.nounPhrase(np[:k+1]) {
			return none
		}
		at := r.subjectOf(toks, j, v, ex)
		at.from = toks[j].start
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
				return attribution{found: true, speaker: toks[v+1].person, from: toks[v-1].start, to: toks[v+1].end}
			}
			return attribution{found: true, speaker: -1, from: toks[v-1].start, to: toks[v].end}
		}
		if !r.isVerb(t) {
			continue
		}
		if v > s && toks[v-1].is(cPassiveAux) {
			continue // "when asked", "was told": not a speaker's verb
		}
		at := r.subjectOf(toks, s, v, ex)
		at.adjacent = r.adjacent(toks, v, q)
		return at
	}
	return none
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
