package dates

import "strings"

// tense is the time of a clause relative to the time of writing.
type tense uint8

const (
	tenseUnknown tense = iota
	tensePast
	tenseFuture
)

// tenseAt returns the tense of the clause around the expression at
// [start, end): the tense marker nearest to it in its clause decides, then
// the one nearest in its sentence; tenseUnknown when there is none.
func (s *scanner) tenseAt(start, end int) tense {
	si := sentenceAt(s.sents, start)
	if si < 0 {
		return tenseUnknown
	}
	sent := s.sents[si]
	// An expression can run past the end of the sentence it starts in (a
	// post's signature line "— Name (@handle) May 3,\n2021" is split at
	// the handle): the sentence then covers the whole expression.
	sent.start, sent.end = min(sent.start, start), max(sent.end, end)
	cl := clauseAround(s.text, sent, rng{start, end})
	if t := s.nearestMarker(cl, start, end); t != tenseUnknown {
		return t
	}
	// A clause that is little more than the expression ("On Wednesday, ...")
	// takes the tense of its sentence.
	if wordCount(s.text[cl.start:start])+wordCount(s.text[end:cl.end]) >= 4 {
		return tenseUnknown
	}
	return s.nearestMarker(sent, start, end)
}

// clauseAround returns the clause of sent that holds r.
func clauseAround(text string, sent, r rng) rng {
	cl := sent
	for _, b := range clauseBreaks(text, sent, r) {
		if b.end <= r.start && b.end > cl.start {
			cl.start = b.end
		}
		if b.start >= r.end && b.start < cl.end {
			cl.end = b.start
		}
	}
	return cl
}

// nearestMarker returns the tense of the marker in within nearest to the
// expression [start, end), which is itself not searched.
func (s *scanner) nearestMarker(within rng, start, end int) tense {
	lo := s.tokenAt(within.start)
	best, bestDist := tenseUnknown, 1<<30
	for i := lo; i < len(s.toks) && s.toks[i].start < within.end; i++ {
		t := s.toks[i]
		if t.start >= start && t.end <= end {
			continue
		}
		m := s.marker(i)
		if m == tenseUnknown {
			continue
		}
		d := start - t.end
		if t.start >= end {
			d = t.start - end
			// A marker after a subordinator or coordinator that follows
			// the expression is another clause's ("wrote to donors on
			// Monday that she would ...", "sold the mill in March and
			// would look for ..."): it counts only when none comes
			// before or without such a word in between.
			if s.boundaryBetween(end, t.start) {
				d += 1 << 20
			}
		}
		if d < bestDist {
			best, bestDist = m, d
		}
	}
	return best
}

// boundaryBetween reports whether a word that opens another clause ("that",
// "and", "but", "which", "who", "because", "until", "if", "when") lies
// between byte offsets from and to.
func (s *scanner) boundaryBetween(from, to int) bool {
	for i := s.tokenAt(from); i < len(s.toks) && s.toks[i].start < to; i++ {
		if s.toks[i].start < from {
			continue
		}
		switch string(s.low(i)) {
		case "that", "and", "but", "which", "who", "because", "until", "if", "when":
			return true
		}
	}
	return false
}

// marker returns the tense the word at token i marks, if any.
func (s *scanner) marker(i int) tense {
	t := s.toks[i]
	if t.kind != tWord || t.url {
		return tenseUnknown
	}
	w := strings.ToLower(t.text(s.text))
	l := s.lex
	switch {
	case w == "ll" && i > 0 && !t.space && isApostrophe(s.toks[i-1].text(s.text)):
		return tenseFuture
	case w == "going" && s.wordIs(i+1, "to"):
		return tenseFuture
	case (w == "plan" || w == "plans") && !s.determinerAt(i-1) && (s.wordIs(i+1, "to") || s.wordIs(i+1, "a") || s.wordIs(i+1, "an")):
		return tenseFuture // "campaigners plan a march", "she plans to run", not "backed the plan"
	case w == "plans":
		return tenseUnknown // a noun: "announced plans for new lanes on Tuesday" tells a past announcement
	case w == "would":
		if s.wordIs(i+1, "have") || s.wordIs(i+1, "ve") || s.wordIs(i+2, "have") {
			return tensePast
		}
		return tenseFuture
	case (w == "planned" || w == "set") && (s.wordIs(i-1, "is") || s.wordIs(i-1, "are")) && (s.wordIs(i+1, "for") || s.wordIs(i+1, "to")):
		return tenseFuture // "a meeting is planned for Tuesday", "talks are set to resume": a schedule
	case w == "due" && (s.wordIs(i-1, "is") || s.wordIs(i-1, "are")):
		return tenseFuture // "the figures are due on Monday": a schedule
	case l.future[w]:
		return tenseFuture
	case (l.past[w] || strings.HasSuffix(w, "ed") && len(w) > 4 && !l.edNotPast[w]) && s.wordIs(i-1, "be"):
		// A passive after a modal: "will be staged", "'ll be printed",
		// "would be filed" point ahead; the participle is no past.
		return s.passiveTense(i - 2)
	case l.past[w]:
		return tensePast
	case strings.HasSuffix(w, "ing") && len(w) > 4 && i > 0 && (s.wordIs(i-1, "is") || s.wordIs(i-1, "are") || s.wordIs(i-1, "am")):
		return tenseFuture
	case strings.HasSuffix(w, "ed") && len(w) > 4 && !l.edNotPast[w] && !isCap(s.text, t):
		return tensePast
	}
	return tenseUnknown
}

// passiveTense is the tense of a passive "be <participle>" whose "be"
// follows token i: a modal of the future or "to" ("is to be held") points
// ahead; any other word leaves the tense to the clause's other markers.
func (s *scanner) passiveTense(i int) tense {
	if i < 0 {
		return tenseUnknown
	}
	switch string(s.low(i)) {
	case "will", "would", "shall", "to":
		return tenseFuture
	case "ll":
		if i > 0 && !s.toks[i].space && isApostrophe(s.toks[i-1].text(s.text)) {
			return tenseFuture
		}
	}
	return tenseUnknown
}

// determinerAt reports whether token i is a determiner or possessive ("the
// plan", "her plan"): the word after it is a noun.
func (s *scanner) determinerAt(i int) bool {
	switch string(s.low(i)) {
	case "the", "a", "an", "this", "that", "his", "her", "its", "their", "our", "my", "your", "whose":
		return true
	}
	return false
}
