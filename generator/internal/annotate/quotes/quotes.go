package quotes

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/dossier/dossier/generator/internal/doc"
	textlayer "github.com/dossier/dossier/generator/internal/text"
)

// Find returns the quotes in a, in text order, with speakers as indexes into
// a.People (whose Mentions are already found), and the outlets the text cites.
func Find(a *doc.Annotated) (quotes []doc.Quote, citations []doc.Citation) {
	if a == nil || a.Source == nil || a.Source.Text == "" {
		return nil, nil
	}
	l := lex()
	text := a.Source.Text
	mentions := a.Mentions
	if !sort.SliceIsSorted(mentions, func(i, j int) bool { return mentions[i].Start < mentions[j].Start }) {
		mentions = append([]doc.Mention(nil), mentions...)
		sort.SliceStable(mentions, func(i, j int) bool { return mentions[i].Start < mentions[j].Start })
	}
	view := *a
	view.Mentions = mentions
	reading := a.Reading
	if reading == nil {
		reading = textlayer.Read(text)
	}
	paras := paragraphs(reading)
	raw := pairQuotes(text, paras, l)
	nesting(raw)
	f := &finder{
		r:       &attributor{a: &view, l: l, info: describePeople(&view, l, raw), turn: -1, raw: raw, prevSubject: -1, coord: [2]int{-1, -1}, notMe: -1},
		text:    text,
		raw:     raw,
		reading: reading,
		paras:   paras,
		out:     make([]*doc.Quote, len(raw)),
		last:    lastSpeech{para: -10},
	}
	buf := tokenPool.Get().(*[]token)
	toks := (*buf)[:0]
	if need := len(text)/8 + 16; cap(toks) < need {
		toks = make([]token, 0, need)
	}
	used := 0 // tokens written: the most of any paragraph
	defer func() {
		// Nothing returned refers to the tokens: their memory serves the
		// next call, without the strings they hold.
		clear(toks[:used])
		*buf = toks[:0]
		tokenPool.Put(buf)
	}()
	lc := &lowerer{l: l}
	lc.buf.Grow(len(text) / 4)
	f.lc = lc
	qstart := 0
	var top []int // the top-level quotations of a paragraph
	for pi, p := range paras {
		for qstart < len(raw) && raw[qstart].outer.End <= p.start {
			qstart++
		}
		top = top[:0]
		for k := qstart; k < len(raw) && raw[k].outer.Start < p.end; k++ {
			if raw[k].depth == 0 {
				top = append(top, k)
			}
		}
		f.r.turn = turnSpeaker(text, p, &view, mentions)
		if f.r.turn < 0 && p.label.End > p.label.Start && answerLabel(text[p.label.Start:p.label.End]) {
			f.r.turn = interviewee(paras, mentions) // "A:" is the person the introduction presents
		}
		f.story = !p.role.Meta() && p.role != textlayer.Caption &&
			p.role != textlayer.Post && p.role != textlayer.PostSignature
		tp := p
		if p.label.End > p.start && p.label.End < p.end {
			// A transcript turn is read from after its label ("LUND:"):
			// the label names the turn's speaker, not a sentence's subject.
			tp.start = p.label.End
		}
		toks = tokenize(reading, tp, mentions, raw, top, toks[:0], lc)
		used = max(used, len(toks))
		f.paragraph(pi, toks, true)
		citations = appendCitations(citations, text, toks, &view, l)
	}
	// Nested quotations: read each inside its parent.
	for k := range raw {
		if raw[k].depth == 0 {
			continue
		}
		f.nested(k)
	}
	for k, q := range f.out {
		if q != nil && f.merged[k] == 0 {
			quotes = appendParagraphParts(quotes, text, *q)
		}
	}
	sort.SliceStable(quotes, func(i, j int) bool { return quotes[i].Outer.Start < quotes[j].Outer.Start })
	inheritHeadlineSpeakers(quotes, text, paras)
	return quotes, citations
}

// turnSpeaker returns the person a transcript turn's label names ("ADA
// LUND, MAYOR:", "LUND:"): a mention inside the label, else the one
// person whose name or alias, or the last words of whose name, equal the
// label's words before any comma, case aside; -1 when none or several.
func turnSpeaker(src string, p paragraph, a *doc.Annotated, ms []doc.Mention) int {
	if p.label.End <= p.label.Start {
		return -1
	}
	for i := firstMention(ms, p.label.Start); i < len(ms) && ms[i].Start < p.label.End; i++ {
		return ms[i].Person
	}
	head, _, _ := strings.Cut(src[p.label.Start:p.label.End], ",")
	head = strings.Join(strings.Fields(head), " ")
	if head == "" {
		return -1
	}
	found := -1
	for i, person := range a.People {
		if !nameEndsWith(person.Name, head) && !slices.ContainsFunc(person.Aliases, func(al string) bool { return strings.EqualFold(al, head) }) {
			continue
		}
		if found >= 0 && found != i {
			return -1
		}
		found = i
	}
	return found
}

// answerLabel reports whether a turn's label is the answer of a Q&A.
func answerLabel(l string) bool {
	l = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(l), "."))
	return l == "A" || strings.EqualFold(l, "answer")
}

// interviewee returns the person of a Q&A's answers: the first person
// named before the first transcript turn, or -1.
func interviewee(paras []paragraph, ms []doc.Mention) int {
	for _, p := range paras {
		if p.label.End > p.label.Start {
			if len(ms) > 0 && ms[0].Start < p.start {
				return ms[0].Person
			}
			return -1
		}
	}
	return -1
}

// nameEndsWith reports whether the words of name end with the words of
// label, case aside ("Tariq bin Suleiman" ends with "BIN SULEIMAN").
func nameEndsWith(name, label string) bool {
	n, l := strings.Fields(name), strings.Fields(label)
	if len(l) == 0 || len(l) > len(n) {
		return false
	}
	for i := range l {
		if !strings.EqualFold(n[len(n)-len(l)+i], l[i]) {
			return false
		}
	}
	return true
}

// inheritHeadlineSpeakers gives a headline's or caption's quote with no
// speaker (speech, or a term for want of a verb) the speaker of another
// quote, not containing it, that holds all its words
// ("'Never again': …" above "'Never again, not in this town,' Lund said"),
// when exactly one speaker does (rule speaker:headline-echoes-body).
func inheritHeadlineSpeakers(qs []doc.Quote, text string, paras []paragraph) {
	pi := 0
	for i := range qs {
		q := &qs[i]
		for pi < len(paras) && paras[pi].end <= q.Outer.Start {
			pi++
		}
		if q.Kind == doc.Title || q.Speaker >= 0 || pi >= len(paras) ||
			paras[pi].role != textlayer.Headline && paras[pi].role != textlayer.Caption {
			continue
		}
		words := normTokens(text[q.Start:q.End])
		if len(words) < 3 {
			continue // one or two words ("'Friends'") echo anything
		}
		speaker := -1
		for j := range qs {
			o := &qs[j]
			if j == i || o.Speaker < 0 || o.Speaker == speaker || o.Outer.Start <= q.Outer.Start && q.Outer.End <= o.Outer.End ||
				!containsAll(normTokens(Text(&doc.Source{Text: text}, *o)), words) {
				continue
			}
			if speaker >= 0 {
				speaker = -2 // two speakers: leave it
				break
			}
			speaker = o.Speaker
		}
		if speaker >= 0 {
			q.Kind, q.Speaker = doc.Speech, speaker // a headline's words credited in the body are speech
			q.Why = doc.Because(doc.Low, append(q.Why.Rules[:1:1], spkHeadline)...)
		}
	}
}

// containsAll reports whether every word of sub is in words.
func containsAll(words, sub []string) bool {
	for _, w := range sub {
		if !slices.Contains(words, w) {
			return false
		}
	}
	return true
}

// appendParagraphParts appends q, or, for a quotation that runs over
// several paragraphs (an opening mark at the start of each, one closing
// mark at the end), one quotation per paragraph with the same kind and
// speaker, the later ones marked as continuations (the devset's
// convention: each paragraph's part is its own entry).
func appendParagraphParts(out []doc.Quote, text string, q doc.Quote) []doc.Quote {
	if len(q.Parts) < 2 {
		return append(out, q)
	}
	for i, p := range q.Parts {
		part := q
		part.Parts = nil
		part.Span = p
		part.Outer = doc.Span{Start: q.Outer.Start, End: p.End}
		if i > 0 {
			_, n := utf8.DecodeLastRuneInString(text[:p.Start])
			part.Outer.Start = p.Start - n
			if q.Speaker >= 0 || len(q.Why.Rules) > 1 {
				part.Why = doc.Because(q.Why.Confidence, q.Why.Rules[0], spkContinuation)
			}
		}
		if i == len(q.Parts)-1 {
			part.Outer.End = q.Outer.End
		}
		out = append(out, part)
	}
	return out
}

// tokenPool recycles the token slices of Find calls.
var tokenPool = sync.Pool{New: func() any { return new([]token) }}

// Text returns the words of q: the span's text, or its parts joined by a
// space when the quotation was split by an attribution or ran over
// several paragraphs.
func Text(src *doc.Source, q doc.Quote) string {
	if len(q.Parts) == 0 {
		return src.Text[q.Start:q.End]
	}
	var b strings.Builder
	for i, p := range q.Parts {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(src.Text[p.Start:p.End])
	}
	return b.String()
}

// nesting sets each quotation's depth: how many quotations contain it.
func nesting(raw []rawQuote) {
	var stack []int // ends of the enclosing outers
	for k := range raw {
		for len(stack) > 0 && stack[len(stack)-1] <= raw[k].outer.Start {
			stack = stack[:len(stack)-1]
		}
		raw[k].depth = len(stack)
		stack = append(stack, raw[k].outer.End)
	}
}

// rawText returns the words of a raw quotation, parts joined by a space.
func rawText(text string, q rawQuote) string {
	if len(q.parts) == 1 {
		return text[q.parts[0].Start:q.parts[0].End]
	}
	var b strings.Builder
	for i, p := range q.parts {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(text[p.Start:p.End])
	}
	return b.String()
}

// toQuote builds the doc.Quote of a raw quotation.
func toQuote(q rawQuote) *doc.Quote {
	out := &doc.Quote{
		Span:    doc.Span{Start: q.parts[0].Start, End: q.parts[len(q.parts)-1].End},
		Outer:   q.outer,
		Speaker: -1,
	}
	if len(q.parts) > 1 {
		out.Parts = append([]doc.Span(nil), q.parts...)
	}
	return out
}
