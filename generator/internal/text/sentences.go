package text

// sentenceOpeners are words that, capitalised after an abbreviation's
// period ("… in the U.S. The …"), start a new sentence.
var sentenceOpeners = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true, "They": true, "We": true,
	"I": true, "But": true, "And": true, "In": true, "On": true, "At": true, "This": true, "That": true,
	"There": true, "His": true, "Her": true, "Their": true, "Its": true, "Our": true, "After": true,
	"Before": true, "When": true, "While": true, "As": true, "By": true, "For": true, "If": true,
	"Police": true, "Officials": true, "Asked": true,
}

// splitSentences splits each paragraph's tokens into sentences.
func (t *Text) splitSentences() {
	k := 0
	for pi, p := range t.Paras {
		for k < len(t.Tokens) && t.Tokens[k].Start < p.Start {
			k++
		}
		end := k
		for end < len(t.Tokens) && t.Tokens[end].Start < p.End {
			end++
		}
		start := k
		for i := k; i < end; i++ {
			stop := t.sentenceEnd(i, end)
			if stop < 0 {
				continue
			}
			t.addSent(start, stop+1, pi)
			start, i = stop+1, stop
		}
		if start < end {
			t.addSent(start, end, pi)
		}
		k = end
	}
}

func (t *Text) addSent(a, b, para int) {
	t.Tokens[a].Flags |= SentStart
	t.Sents = append(t.Sents, Sent{Span: Span{t.Tokens[a].Start, t.Tokens[b-1].End}, TokStart: a, TokEnd: b, Para: para})
}

// sentenceEnd returns the last token of the sentence that token i ends
// (i itself, or the closing marks and brackets after it), or -1 when i
// ends no sentence. end bounds the paragraph's tokens.
func (t *Text) sentenceEnd(i, end int) int {
	tok := t.Tokens[i]
	w := t.Src[tok.Start:tok.End]
	dot := false
	switch {
	case tok.Kind == Punct && (w == "." || w == "!" || w == "?" || w == "…" || w == "..."):
		dot = w == "."
	case tok.Kind == Word && tok.Is(Dotted) && i+1 < end && t.opensAfterAbbrev(i+1):
		return i
	default:
		return -1
	}
	if dot && i > 0 {
		prev := t.Tokens[i-1]
		if prev.End == tok.Start && (prev.Is(Initial) || prev.Is(Abbrev) && !t.opensAfterAbbrev(i+1)) {
			return -1
		}
	}
	last := i
	for last+1 < end {
		n := t.Tokens[last+1]
		nw := t.Src[n.Start:n.End]
		if n.Start == t.Tokens[last].End && (n.Kind == Mark && n.Is(CloseMark) || nw == ")" || nw == "]") {
			last++
			continue
		}
		break
	}
	if last+1 >= end {
		return last
	}
	next := t.Tokens[last+1]
	switch {
	case next.Kind == Word && next.Case == Lower:
		return -1 // "… she said." is rare; "“Stop!” he said" is common
	case next.Kind == Punct && t.Src[next.Start:next.End] != "(" && t.Src[next.Start:next.End] != "—":
		return -1
	}
	return last
}

// opensAfterAbbrev reports whether token i, after an abbreviation's
// period, starts a sentence: a common sentence opener in capitals.
func (t *Text) opensAfterAbbrev(i int) bool {
	if i >= len(t.Tokens) {
		return true
	}
	n := t.Tokens[i]
	return n.Kind == Word && sentenceOpeners[t.Src[n.Start:n.End]]
}
