package quotes

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/dossier/dossier/generator/internal/doc"
	textlayer "github.com/dossier/dossier/generator/internal/text"
)

// pronounCtx is what pronoun resolution knew when a quotation was read.
type pronounCtx struct {
	focus, talkers []int
	named          []int // the people named in the paragraph before the quotation
	speaker        int   // the quotation's speaker, who is not "he" or "she" inside it
}

// lastSpeech remembers the latest speech quotation, for the one after it
// that has no attribution of its own ("…," said Okafor. "…").
type lastSpeech struct {
	speaker int
	end     int // end of the quotation or of its attribution
	para    int
	ok      bool
}

// finder carries the state of one Find call.
type finder struct {
	r      *attributor
	text   string
	raw    []rawQuote
	out    []*doc.Quote // by raw index
	merged map[int]int  // raw index of a quotation merged into an earlier one → 1
	split  map[int]int  // raw index of the second half of a split quotation → the first's
	last   lastSpeech
	lc     *lowerer
	sents  [][2]int // the sentences of the paragraph being read (see sentences)
	// opened holds, by raw index of a quotation that runs over
	// paragraphs, the reporting verb before it in its first paragraph.
	opened map[int]attribution
	// ctx holds, by raw index of a speech quotation with quotations nested
	// in it, the people in view when it was read.
	ctx map[int]pronounCtx
	// reading is the text layer's reading, whose sentences split the
	// paragraphs' tokens.
	reading *textlayer.Text
	// paras are the paragraphs of reading (for the interviewer's
	// question between two answers: see continuation).
	paras []paragraph
	// story is whether the paragraph being read tells the story: not a
	// headline, caption, byline, credit, header or boilerplate, whose
	// names do not make the people a pronoun refers to.
	story bool
	// prevSent is the sentence before the one being read, in the same
	// paragraph (zero at a paragraph's first sentence).
	prevSent [2]int
}

// speechEnd are the last runes after which a following attribution governs
// the quotation ("…," he said).
const speechEnd = ",?!…—-"

// paragraph classifies and attributes the top-level quotations of one
// paragraph's tokens. outer is false for the inside of a quotation.
func (f *finder) paragraph(pi int, toks []token, outer bool) {
	l := f.r.l
	// paragraph does not call itself: one buffer serves every paragraph.
	f.sents = f.layerSentences(toks, f.sents[:0])
	f.prevSent = [2]int{}
	if outer {
		f.r.prevSubject = -1
	}
	for si, se := range f.sents {
		s, e := se[0], se[1]
		if si > 0 {
			f.prevSent = f.sents[si-1]
		}
		var speakers []int
		for qi := s; qi < e; qi++ {
			if toks[qi].kind != tQuote {
				continue
			}
			k := toks[qi].quote
			q := f.raw[k]
			if f.out[k] != nil {
				continue // merged
			}
			if toks[qi].end != q.outer.End {
				// A quotation running on into later paragraphs is read
				// where it closes; the verb that introduces it is here
				// ("Lund told the jury: "… ¶ "…"").
				if outer && toks[qi].start == q.outer.Start {
					if bef := f.r.before(toks, s, qi, f.r.excluded(q.outer)); bef.found {
						if f.opened == nil {
							f.opened = map[int]attribution{}
						}
						f.opened[k] = bef
					}
				}
				continue
			}
			// The second half of a quotation split by its attribution
			// ("…," said Okafor, "…") is speech of the first half's speaker.
			if k1, ok := f.split[k]; ok && f.out[k1] != nil {
				dq := toQuote(q)
				first := f.out[k1]
				dq.Kind, dq.Speaker, dq.Attribution = first.Kind, first.Speaker, first.Attribution
				conf := doc.Medium
				if len(first.Why.Rules) > 0 {
					conf = first.Why.Confidence
				}
				dq.Why = doc.Because(conf, ruleVerbAfter, spkSplit)
				f.out[k] = dq
				speakers = append(speakers, dq.Speaker)
				if outer {
					f.last.end = max(f.last.end, q.outer.End)
				}
				continue
			}
			if k2, ok := f.splitPartner(toks, qi, e); ok {
				if f.split == nil {
					f.split = map[int]int{}
				}
				f.split[k2] = k
			}
			words := rawText(f.text, q)
			sh := shapeOf(words)
			ex := f.r.excluded(q.outer)
			caption := outer && qi == 0 && qi+1 < len(toks) && toks[qi+1].isPunct(":")
			bef := f.r.before(toks, s, qi, ex)
			if ob, ok := f.opened[k]; ok && !bef.found {
				bef = ob // introduced in the paragraph where it opened
			}
			strict := !strings.ContainsRune(speechEnd, sh.last)
			aft := f.r.after(toks, s, qi, e, strict, ex)
			dq := toQuote(q)
			var kindRule string
			follows := false
			if outer && qi == s && !bef.found && !aft.found {
				// A sentence of its own right after a speech's
				// attribution ("…," said Lund. "Never.") goes on with it.
				_, follows = (&pickCtx{f: f, pi: pi, toks: toks, s: s, qi: qi, q: q, ex: ex, outer: outer}).continuation()
			}
			dq.Kind, kindRule = kindOf(&kindCtx{toks: toks, q: qi, sh: sh, bef: bef, aft: aft, caption: caption, aftVerb: caption && f.verbAfter(toks, qi+2), follows: follows, l: l})
			f.out[k] = dq
			if dq.Kind != doc.Speech {
				dq.Why = because(kindRule, attribution{})
				continue
			}
			at := attribution{speaker: -1, rule: spkSign, conf: doc.Medium}
			if kindRule != ruleSign {
				at = f.pick(pi, toks, s, qi, q, bef, aft, caption, ex, outer)
			}
			if outer && k+1 < len(f.raw) && f.raw[k+1].depth > q.depth {
				// Quotations nested in this one read their pronouns
				// against the people in view now.
				if f.ctx == nil {
					f.ctx = map[int]pronounCtx{}
				}
				var named []int
				ms := f.r.a.Mentions
				for i := firstMention(ms, toks[0].start); i < len(ms) && ms[i].Start < q.outer.Start; i++ {
					named = append(named, ms[i].Person)
				}
				f.ctx[k] = pronounCtx{focus: slices.Clone(f.r.focus), talkers: slices.Clone(f.r.talkers), named: named, speaker: at.speaker}
			}
			dq.Speaker = at.speaker
			dq.Why = because(kindRule, at)
			if at.found && at.to > at.from {
				dq.Attribution = strings.Join(strings.Fields(f.text[at.from:at.to]), " ")
			}
			if outer {
				if f.story {
					f.r.pushTalker(at.speaker)
				}
				end := max(q.outer.End, at.to)
				if at.from > q.outer.Start {
					end = max(end, toks[e-1].end) // mentions in the rest of its sentence belong to it
				}
				f.last = lastSpeech{speaker: at.speaker, end: end, para: pi, ok: true}
			}
			speakers = append(speakers, at.speaker)
		}
		if outer && f.story {
			// The sentence is about the subject of its reporting verb
			// ("Watched by his wife, he continued"), else its first subject.
			talker := f.r.talkerOf(toks, s, e)
			f.r.prevSubject = talker
			if talker < 0 {
				f.r.prevSubject = f.r.focusOf(toks, s, e)
			}
			// A possessor before the subject ("Lund's brother, Berg,
			// testified") stays in view, behind the subject.
			if p := possessorBefore(toks, s, e, f.r.prevSubject); p >= 0 {
				f.r.pushFocus(p)
			}
			if f.r.prevSubject >= 0 {
				f.r.coord = [2]int{f.r.prevSubject, f.r.coordinated(toks, s, e, f.r.prevSubject)}
			}
			f.r.pushFocus(f.r.prevSubject)
			f.r.pushTalker(talker)
			for _, p := range speakers {
				f.r.pushFocus(p)
			}
		}
	}
}

// layerSentences splits a paragraph's tokens at the text layer's sentence
// ends: between two tokens when a sentence ends after the first and before
// the second; an end inside a folded quotation or mention does not split,
// nor one after a quotation that an attribution follows ("…?" Lund said).
func (f *finder) layerSentences(toks []token, out [][2]int) [][2]int {
	if len(toks) == 0 {
		return out
	}
	sents := f.reading.Sents
	k := sort.Search(len(sents), func(i int) bool { return sents[i].End >= toks[0].end })
	s := 0
	for i := 1; i < len(toks); i++ {
		for k < len(sents) && sents[k].End < toks[i-1].end {
			k++
		}
		if k < len(sents) && sents[k].End <= toks[i].start {
			if toks[i-1].kind == tQuote && f.attributionFollows(toks, i-1) {
				continue // "…?" Lund said: the attribution is the quotation's sentence
			}
			out = append(out, [2]int{s, i})
			s = i
		}
	}
	return append(out, [2]int{s, len(toks)})
}

// attributionFollows reports whether the quotation token at toks[i], whose
// sentence the text layer ends, is rather followed by its attribution: it
// ends with ? or ! and a reporting verb comes within four tokens ("…?"
// Lund asked), or a lower-case word follows ("…." he said). After a
// quotation ending with a period, a capitalized word opens a sentence.
func (f *finder) attributionFollows(toks []token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	if next := toks[i+1]; next.kind == tWord && !next.cap {
		return true
	}
	words := rawText(f.text, f.raw[toks[i].quote])
	last, _ := utf8.DecodeLastRuneInString(words)
	return (last == '?' || last == '!') && !f.endsSentence(toks, i)
}

// endsSentence reports whether the quotation token at toks[i] ends its
// sentence: its words end with . ! or ?, a capitalized word follows, and no
// reporting verb comes right after it ("…?" Ada said).
func (f *finder) endsSentence(toks []token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	words := rawText(f.text, f.raw[toks[i].quote])
	last, _ := utf8.DecodeLastRuneInString(words)
	if !strings.ContainsRune(".!?", last) {
		return false
	}
	next := toks[i+1]
	if !(next.kind == tMention || next.kind == tWord && next.cap) {
		return false
	}
	for j := i + 1; j < len(toks) && j <= i+4; j++ {
		if toks[j].kind == tPunct && toks[j].lower != "," || toks[j].kind == tQuote {
			break
		}
		if f.r.isVerb(toks[j]) {
			return false
		}
	}
	return true
}

// splitPartner returns the quotation that continues the one at toks[qi]
// after an attribution: the first ends with a comma, a short phrase with a
// reporting verb and a comma follows, then the second quotation.
func (f *finder) splitPartner(toks []token, qi, e int) (int, bool) {
	q := f.raw[toks[qi].quote]
	if !strings.HasSuffix(rawText(f.text, q), ",") {
		return 0, false
	}
	verb := false
	for j := qi + 1; j < e && j <= qi+9; j++ {
		t := toks[j]
		switch {
		case t.kind == tQuote:
			k2 := t.quote
			if !verb || !toks[j-1].isPunct(",") || t.end != f.raw[k2].outer.End || j == qi+1 {
				return 0, false
			}
			return k2, true
		case t.kind == tPunct && t.lower != ",":
			return 0, false
		case f.r.isVerb(t):
			verb = true
		}
	}
	return 0, false
}

// pickCtx is what the speaker rules read about one speech quotation.
type pickCtx struct {
	f        *finder
	pi       int // paragraph index (-1 inside a quotation)
	toks     []token
	s, qi    int // sentence start, the quotation's token
	q        rawQuote
	bef, aft attribution
	caption  bool
	ex       map[int]bool
	outer    bool
}

// pickRules choose the attribution of a speech quotation, most specific
// first; the first that applies decides. Each returns the attribution and
// whether it applies.
var pickRules = []struct {
	name string
	rule func(c *pickCtx) (attribution, bool)
}{
	{spkLabel, (*pickCtx).labelColon},
	{spkSignature, (*pickCtx).signatureDash},
	{spkPossessive, (*pickCtx).possessiveStatement},
	{spkVerbBefore, func(c *pickCtx) (attribution, bool) { return c.bef, c.bef.found && c.bef.adjacent }},
	{spkCaption, (*pickCtx).captionSentence},
	{spkVerbAfter, func(c *pickCtx) (attribution, bool) { return c.aft, c.aft.found }},
	{spkInSentence, func(c *pickCtx) (attribution, bool) { return c.bef, c.bef.found }},
	{spkIntroducer, (*pickCtx).introducer},
	{spkContinuation, (*pickCtx).continuation},
	{spkContext, (*pickCtx).context},
}

// pick chooses the attribution of a speech quotation by the first of
// pickRules that applies; an attribution inside an if-clause ("If the
// chair says '…'") is hypothetical speech with no speaker.
func (f *finder) pick(pi int, toks []token, s, qi int, q rawQuote, bef, aft attribution, caption bool, ex map[int]bool, outer bool) attribution {
	c := &pickCtx{f: f, pi: pi, toks: toks, s: s, qi: qi, q: q, bef: bef, aft: aft, caption: caption, ex: ex, outer: outer}
	for _, r := range pickRules {
		at, ok := r.rule(c)
		if !ok {
			continue
		}
		if at.rule == "" {
			at.rule, at.conf = r.name, doc.Medium
		} else if at.rule != r.name && !strings.HasPrefix(at.rule, r.name) {
			at.pos = r.name // where the attribution was found; at.rule says who
		}
		if at.found && hypothetical(toks, s, at) {
			at.speaker, at.rule, at.conf = -1, spkHypothetical, doc.Medium
		}
		return at
	}
	return attribution{speaker: -1, rule: spkNone, conf: doc.Low}
}

// hypothetical reports whether the attribution's verb sits in a clause
// opened by "if", "unless", "suppose" or "imagine" earlier in its sentence.
func hypothetical(toks []token, s int, at attribution) bool {
	for i := s; i < len(toks) && toks[i].start < at.to; i++ {
		t := toks[i]
		if t.kind == tWord && (t.lower == "if" || t.lower == "unless" || t.lower == "suppose" || t.lower == "imagine") {
			return true
		}
		if t.kind == tQuote {
			return false
		}
	}
	return false
}

// labelColon: a name and a colon right before the quotation, opening the
// sentence: Lund: "…".
func (c *pickCtx) labelColon() (attribution, bool) {
	qi, toks := c.qi, c.toks
	if qi < 2 || qi-2 < c.s || !toks[qi-1].isPunct(":") {
		return none, false
	}
	m := toks[qi-2]
	if m.kind != tMention || m.possessive {
		return none, false
	}
	if qi-2 > c.s && !(toks[qi-3].kind == tPunct || toks[qi-3].cap || toks[qi-3].is(cRole)) {
		return none, false
	}
	return attribution{found: true, speaker: m.person, from: m.start, to: toks[qi-1].end, rule: spkLabel, conf: doc.High}, true
}

// signatureDash: a quotation that opens its paragraph, then a dash and
// a name that ends the line or is followed by a comma and a title: the
// signature quote of a press release or a pull quote ("'…' — Ada Lund,
// head of engineering"). A possessive ("— Lund's words") is no signature.
func (c *pickCtx) signatureDash() (attribution, bool) {
	qi, toks := c.qi, c.toks
	if !c.outer || qi != 0 || qi+2 >= len(toks) {
		return none, false
	}
	d := toks[qi+1]
	if d.kind != tPunct || d.lower != "—" && d.lower != "–" && d.lower != "-" {
		return none, false
	}
	m := toks[qi+2]
	if m.kind != tMention || m.possessive {
		return none, false
	}
	if k := qi + 3; k < len(toks) && !toks[k].isPunct(",") {
		return none, false
	}
	return attribution{found: true, speaker: m.person, from: d.start, to: m.end, rule: spkSignature, conf: doc.Medium}, true
}

// statementNouns are what a person's words are called when they are read
// out: "read Lund's statement into the record: '…'".
var statementNouns = map[string]bool{
	"statement": true, "words": true, "message": true, "letter": true, "post": true, "remarks": true,
	"note": true, "email": true, "tweet": true, "reply": true, "testimony": true, "comments": true,
	"answer": true, "response": true, "reaction": true, "verdict": true, "advice": true, "warning": true,
}

// possessiveStatement: a colon before the quotation, and earlier in the
// sentence a possessive name with a statement noun: "read Lund's
// statement into the record: '…'".
func (c *pickCtx) possessiveStatement() (attribution, bool) {
	qi, toks := c.qi, c.toks
	if qi < 3 || !toks[qi-1].isPunct(":") {
		return none, false
	}
	for i := qi - 2; i > c.s && i >= qi-10; i-- {
		if toks[i].kind == tWord && statementNouns[toks[i].lower] && toks[i-1].kind == tMention && toks[i-1].possessive {
			return attribution{found: true, speaker: toks[i-1].person, from: toks[i-1].start, to: toks[i].end, rule: spkPossessive, conf: doc.Medium}, true
		}
		if toks[i].kind == tQuote {
			break
		}
	}
	return none, false
}

// possessorBefore returns the person of a possessive mention that comes
// before the first mention of subject in toks[s:e] ("Lund's brother, Berg,
// …"), or -1.
func possessorBefore(toks []token, s, e, subject int) int {
	if subject < 0 {
		return -1
	}
	for i := s; i < e; i++ {
		t := &toks[i]
		if t.kind != tMention {
			continue
		}
		if t.person == subject {
			return -1
		}
		if t.possessive {
			return t.person
		}
	}
	return -1
}

// verbAfter reports whether a reporting verb comes at or after toks[i]
// in the paragraph's tokens.
func (f *finder) verbAfter(toks []token, i int) bool {
	for v := i; v < len(toks); v++ {
		if f.r.isVerb(toks[v]) {
			return true
		}
	}
	return false
}

// topicWords introduce what a headline's speaker talks about ("Lund on
// the strike", "Lund about her mother").
var topicWords = map[string]bool{"on": true, "about": true, "talks": true, "discusses": true, "explains": true}

// captionSentence: "'Take my picture': Ada Lund declined … and said he …".
func (c *pickCtx) captionSentence() (attribution, bool) {
	if !c.caption {
		return none, false
	}
	for v := c.qi + 2; v < len(c.toks); v++ {
		if c.f.r.isVerb(c.toks[v]) {
			at := c.f.r.subjectOf(c.toks, c.qi+2, v, c.ex)
			at.rule, at.conf = spkCaption, min(at.conf, doc.Medium)
			return at, true
		}
	}
	// No verb: a headline's "'…': Ada Lund on her new book" gives the
	// words to the name right after the colon, when nothing but the end
	// or a preposition of topic follows it.
	toks := c.toks
	if k := c.qi + 2; k < len(toks) && toks[k].kind == tMention && !toks[k].possessive &&
		(k+1 == len(toks) || toks[k+1].kind == tWord && topicWords[toks[k+1].lower]) {
		t := toks[k]
		return attribution{found: true, speaker: t.person, from: t.start, to: t.end, rule: spkCaptionName, conf: doc.Medium}, true
	}
	return none, true
}

// introducer: an introducer without a verb: "He then followed up with,
// "…"", "It started with a message to X: '…'".
func (c *pickCtx) introducer() (attribution, bool) {
	toks, qi, s := c.toks, c.qi, c.s
	if qi <= s || !(toks[qi-1].isPunct(":") || toks[qi-1].isPunct(",")) {
		return none, false
	}
	subj, pro := c.f.r.sentenceSubject(toks, s, qi-1)
	switch {
	case subj >= 0:
		return attribution{speaker: subj, rule: spkIntroducer, conf: doc.Medium}, true
	case pro >= 0 && c.outer && toks[pro].gender != 'x':
		at := c.f.r.pronoun(attribution{speaker: -1}, toks[pro].gender, -1, c.ex)
		at.rule = spkIntroducer + "+" + at.rule[len("speaker:"):]
		return at, true
	}
	return none, false
}

// continuation: the quotation goes on from the previous one, with nothing
// but its attribution between: "…," said Okafor. "…"; the next paragraph
// of the same speech.
func (c *pickCtx) continuation() (attribution, bool) {
	f, q := c.f, c.q
	if !c.outer || !f.last.ok {
		return none, false
	}
	sp := q.startPara
	if sp-f.last.para <= 1 && (sp == f.last.para || c.qi == 0 || q.strong) &&
		q.outer.Start-f.last.end <= 300 && q.outer.Start >= f.last.end {
		ms := f.r.a.Mentions
		i := firstMention(ms, f.last.end)
		if i >= len(ms) || ms[i].Start >= q.outer.Start {
			conf := doc.Medium
			if f.last.speaker < 0 {
				conf = doc.Low
			}
			return attribution{speaker: f.last.speaker, rule: spkContinuation, conf: conf}, true
		}
	}
	// An interview written out: the journalist's question, a paragraph of
	// its own, between two answers ("Will you conduct again?" then a
	// quotation alone): the previous answer's speaker.
	if sp-f.last.para == 2 && c.qi == 0 && f.last.speaker >= 0 && f.question(sp-1) && f.opensPara(sp, q.outer.Start) &&
		q.outer.Start-f.last.end <= 300 && q.outer.Start >= f.last.end {
		ms := f.r.a.Mentions
		if i := firstMention(ms, f.last.end); i >= len(ms) || ms[i].Start >= q.outer.Start {
			return attribution{speaker: f.last.speaker, rule: spkAnswer, conf: doc.Low}, true
		}
	}
	return none, false
}

// question reports whether paragraph pi is a question of its own: one
// short line ending in "?" with no quotation mark in it.
func (f *finder) question(pi int) bool {
	if pi < 0 || pi >= len(f.paras) {
		return false
	}
	t := strings.TrimSpace(f.text[f.paras[pi].start:f.paras[pi].end])
	return len(t) > 0 && len(t) <= 200 && strings.HasSuffix(t, "?") && !strings.ContainsAny(t, "\"“”‘’'\n") &&
		strings.Count(t, "?") == 1 && strings.Count(t, ". ") == 0
}

// opensPara reports whether offset at starts paragraph pi (after spaces).
func (f *finder) opensPara(pi, at int) bool {
	if pi < 0 || pi >= len(f.paras) || at < f.paras[pi].start {
		return false
	}
	return strings.TrimSpace(f.text[f.paras[pi].start:at]) == ""
}

// context: a quotation that makes a sentence of its own, with no verb,
// right after a sentence of the same paragraph whose subject is a person
// ("Ada Lund watched the page all night. 'It never said go.'"): hers, with
// low confidence.
func (c *pickCtx) context() (attribution, bool) {
	if !c.outer || c.qi != c.s || c.s == 0 {
		return none, false
	}
	prev := c.f.prevSent
	if prev[1] != c.s || prev[1] <= prev[0] {
		return none, false
	}
	p, pro := c.f.r.sentenceSubject(c.toks, prev[0], prev[1])
	if p < 0 && pro == prev[0] {
		// "She pauses. 'Nobody cares.'": a pronoun opening the sentence
		// before, when it agrees with one person only.
		sp, rule, _ := c.f.r.resolvePronoun(c.toks[pro].gender, -1, c.ex)
		if rule == spkPronounAgree && sp >= 0 {
			return attribution{speaker: sp, rule: spkContextPronoun, conf: doc.Low}, true
		}
	}
	if p < 0 || c.ex[p] {
		return none, false
	}
	return attribution{speaker: p, rule: spkContext, conf: doc.Low}, true
}

// nested classifies the quotations inside quotation k's parent, reading the
// parent's words as a paragraph of their own.
func (f *finder) nested(k int) {
	if f.out[k] != nil {
		return
	}
	d := f.raw[k].depth
	parent := -1
	for j := k - 1; j >= 0; j-- {
		if f.raw[j].depth == d-1 && f.raw[j].outer.Start <= f.raw[k].outer.Start && f.raw[j].outer.End >= f.raw[k].outer.End {
			parent = j
			break
		}
	}
	if parent < 0 {
		return
	}
	for _, part := range f.raw[parent].parts {
		if part.End < f.raw[k].outer.Start || part.Start > f.raw[k].outer.End {
			continue
		}
		p := paragraph{start: part.Start, end: part.End}
		var top []int
		for j := parent + 1; j < len(f.raw) && f.raw[j].outer.Start < p.end; j++ {
			if f.raw[j].depth == d && f.raw[j].outer.Start >= p.start {
				top = append(top, j)
			}
		}
		toks := tokenize(f.reading, p, f.r.a.Mentions, f.raw, top, nil, f.lc)
		// The people the narrative had in view when the parent was read
		// are the antecedents of its pronouns ("she said, '…'" inside
		// his words), the parent's speaker aside.
		// "I" there is the parent's speaker (notMe), not the speaker of
		// whatever transcript turn was read last.
		saved, savedT, savedNot, savedTurn := f.r.focus, f.r.talkers, f.r.notMe, f.r.turn
		f.r.focus, f.r.talkers, f.r.notMe, f.r.turn, f.r.named = nil, nil, -1, -1, nil
		if c, ok := f.ctx[parent]; ok {
			f.r.focus, f.r.talkers, f.r.notMe, f.r.named = c.focus, c.talkers, c.speaker, c.named
		}
		f.r.prevSubject, f.r.coord = -1, [2]int{-1, -1}
		f.paragraph(-1, toks, false)
		f.r.focus, f.r.talkers, f.r.notMe, f.r.turn, f.r.named = saved, savedT, savedNot, savedTurn, nil
	}
	if f.out[k] == nil { // not reachable from its parent's parts: classify alone
		q := toQuote(f.raw[k])
		q.Kind, q.Why = doc.Term, doc.Because(doc.Low, ruleTermNested)
		if shapeOf(rawText(f.text, f.raw[k])).words >= 5 {
			q.Kind, q.Why = doc.Speech, doc.Because(doc.Low, ruleNested, spkNone)
		}
		f.out[k] = q
	}
}
