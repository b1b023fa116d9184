package quotes

import (
	"strings"
	"unicode/utf8"

	"github.com/dossier/dossier/generator/internal/doc"
)

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
}

// speechEnd are the last runes after which a following attribution governs
// the quotation ("…," he said).
const speechEnd = ",?!…—-"

// paragraph classifies and attributes the top-level quotations of one
// paragraph's tokens. outer is false for the inside of a quotation.
func (f *finder) paragraph(pi int, toks []token, outer bool) {
	l := f.r.l
	// paragraph does not call itself: one buffer serves every paragraph.
	f.sents = sentences(toks, f.endsSentence, f.sents[:0])
	for _, se := range f.sents {
		s, e := se[0], se[1]
		var speakers []int
		for qi := s; qi < e; qi++ {
			if toks[qi].kind != tQuote {
				continue
			}
			k := toks[qi].quote
			q := f.raw[k]
			if f.out[k] != nil || toks[qi].end != q.outer.End {
				continue // merged, or a multi-paragraph quotation closing later
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
			strict := !strings.ContainsRune(speechEnd, sh.last)
			aft := f.r.after(toks, qi, e, strict, ex)
			dq := toQuote(q)
			var kindRule string
			dq.Kind, kindRule = kindOf(&kindCtx{toks: toks, q: qi, sh: sh, bef: bef, aft: aft, caption: caption, l: l})
			f.out[k] = dq
			if dq.Kind != doc.Speech {
				dq.Why = because(kindRule, attribution{})
				continue
			}
			at := f.pick(pi, toks, s, qi, q, bef, aft, caption, ex, outer)
			dq.Speaker = at.speaker
			dq.Why = because(kindRule, at)
			if at.found && at.to > at.from {
				dq.Attribution = strings.Join(strings.Fields(f.text[at.from:at.to]), " ")
			}
			if outer {
				f.r.pushTalker(at.speaker)
				end := max(q.outer.End, at.to)
				if at.from > q.outer.Start {
					end = max(end, toks[e-1].end) // mentions in the rest of its sentence belong to it
				}
				f.last = lastSpeech{speaker: at.speaker, end: end, para: pi, ok: true}
			}
			speakers = append(speakers, at.speaker)
		}
		if outer {
			f.r.pushFocus(f.r.focusOf(toks, s, e))
			f.r.pushTalker(f.r.talkerOf(toks, s, e))
			for _, p := range speakers {
				f.r.pushFocus(p)
			}
		}
	}
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

// pick chooses the attribution of a speech quotation, most specific first.
func (f *finder) pick(pi int, toks []token, s, qi int, q rawQuote, bef, aft attribution, caption bool, ex map[int]bool, outer bool) attribution {
	switch {
	case bef.found && bef.adjacent:
		return bef
	case caption:
		// "'Take my picture': Ada Lund declined … and said he …"
		for v := qi + 2; v < len(toks); v++ {
			if f.r.isVerb(toks[v]) {
				return f.r.subjectOf(toks, qi+2, v, ex)
			}
		}
		return none
	case aft.found:
		return aft
	case bef.found:
		return bef
	}
	// An introducer without a verb: "He then followed up with, "…"",
	// "It started with a message to X: '…'".
	if qi > s && (toks[qi-1].isPunct(":") || toks[qi-1].isPunct(",")) {
		subj, pro := f.r.sentenceSubject(toks, s, qi-1)
		switch {
		case subj >= 0:
			return attribution{speaker: subj}
		case pro >= 0 && outer:
			return f.r.pronoun(attribution{speaker: -1}, toks[pro].gender, -1, ex)
		}
	}
	// The quotation goes on from the previous one: "…," said Okafor. "…"
	sp := pi
	if outer {
		sp = q.startPara
	}
	if outer && f.last.ok && sp-f.last.para <= 1 && (sp == f.last.para || qi == 0 || q.strong) &&
		q.outer.Start-f.last.end <= 300 && q.outer.Start >= f.last.end {
		ms := f.r.a.Mentions
		i := firstMention(ms, f.last.end)
		if i >= len(ms) || ms[i].Start >= q.outer.Start {
			return attribution{speaker: f.last.speaker}
		}
	}
	return none
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
		p := paragraph{part.Start, part.End}
		var top []int
		for j := parent + 1; j < len(f.raw) && f.raw[j].outer.Start < p.end; j++ {
			if f.raw[j].depth == d && f.raw[j].outer.Start >= p.start {
				top = append(top, j)
			}
		}
		toks := tokenize(f.text, p, f.r.a.Mentions, f.raw, top, nil, f.lc)
		saved := f.r.focus
		f.r.focus = nil
		f.paragraph(-1, toks, false)
		f.r.focus = saved
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
