package quotes

import (
	"github.com/dossier/dossier/generator/internal/doc"
)

// Cue words around an outlet's name that make it a cited source. They are
// word classes too (cCiteBefore, cStrongBefore, cCiteAfter, cCiteAdverb),
// read from the tokens.
var (
	// citeBefore: "according to X", "told X", "confirmed to X", "Per X", "interview with X".
	citeBefore = map[string]bool{"to": true, "told": true, "tells": true, "telling": true, "per": true, "with": true, "by": true}
	// citeAfter: "X reported", "X reports that", "X has learned", "X can confirm".
	citeAfter = map[string]bool{
		"reported": true, "reports": true, "reporting": true, "said": true, "says": true,
		"confirmed": true, "revealed": true, "noted": true, "wrote": true, "writes": true,
		"claimed": true, "suggested": true, "learned": true, "learns": true, "can": true,
		"first": true, "previously": true, "however": true, "also": true, "has": true, "exclusively": true,
		"obtained": true, "understands": true, "reveals": true, "confirms": true, "notes": true,
		"published": true, "broke": true,
	}
	// citeAdverbs may sit between the outlet and its verb ("the Herald however said").
	citeAdverbs = map[string]bool{"first": true, "previously": true, "however": true, "also": true, "has": true, "exclusively": true, "later": true}
	// strongBefore cues take any outlet-like name; the weak ones ("with", "by") need a known outlet.
	strongBefore = map[string]bool{"to": true, "told": true, "tells": true, "telling": true, "per": true}
)

// The citing frames and outlet evidence recorded in doc.Citation.Why.
const (
	citeAccordingTo    = "cite:according-to"    // according to the Herald
	citeToldOutlet     = "cite:told-outlet"     // told the Herald, confirmed to X, per X
	citeInterviewWith  = "cite:interview-with"  // in an interview with X
	citeObtainedBy     = "cite:obtained-by"     // obtained by X, first reported by X
	citeOutletReported = "cite:outlet-reported" // X reported, X can confirm
	citeKnownOutlet    = "outlet:known-outlet"  // in lexicon/outlets.txt
	citeOutletShaped   = "outlet:outlet-shaped" // an outlet word, an acronym or an inner capital
)

// appendCitations adds the outlets cited in one paragraph's tokens, with
// the frame that cites each and how the name was known for an outlet.
func appendCitations(cs []doc.Citation, text string, toks []token, a *doc.Annotated, l *lexicon) []doc.Citation {
	for i := 0; i < len(toks); i++ {
		if t := &toks[i]; t.kind != tWord || !t.cap {
			continue
		}
		name, end, known := matchOutlet(text, toks, i, l)
		if end == i {
			continue
		}
		p := i - 1 // the word before the name
		prev, next := wordAt(toks, p), wordAt(toks, end)
		prev2 := wordAt(toks, p-1)
		if prev == "the" { // "according to the Springfield Herald"
			p--
			prev, prev2 = prev2, wordAt(toks, p-1)
		}
		before, strong := classAt(toks, p)&cCiteBefore != 0, classAt(toks, p)&cStrongBefore != 0
		cited := false
		frame := ""
		switch {
		case prev == "to" && prev2 == "according":
			cited, frame = true, citeAccordingTo
		case before && (known.name != "" && (!known.ambiguous || strong) || strong && outletLike(toks[i:end], l) ||
			prev == "with" && prev2 == "interview" && outletLike(toks[i:end], l)):
			cited, frame = prev != "to" || citeToVerb(prev2), citeToldOutlet
			if prev == "with" {
				cited, frame = prev2 == "interview" || prev2 == "conversation" || prev2 == "sat" || prev2 == "spoke", citeInterviewWith
			}
			if prev == "by" {
				cited, frame = prev2 == "obtained" || prev2 == "reported" || prev2 == "published" || prev2 == "first", citeObtainedBy
			}
		case classAt(toks, end)&cCiteAfter != 0:
			cited, frame = known.name != "" || outletLike(toks[i:end], l), citeOutletReported
			k := end // the verb, after any adverbs
			for classAt(toks, k)&cCiteAdverb != 0 && k+1 < len(toks) {
				k++
			}
			if classAt(toks, k)&(cCiteAdverb|cCiteAfter) != cCiteAfter {
				cited = false
			}
			if wordAt(toks, k) == "can" {
				cited = cited && (wordAt(toks, k+1) == "confirm" || wordAt(toks, k+1) == "reveal")
			}
		}
		if known.ambiguous && !(next == "reports" || next == "reported" || strong) {
			cited = false
		}
		if !cited {
			if known.name != "" {
				i = end - 1 // a known outlet not cited here: skip its words
			}
			continue
		}
		why := doc.Because(doc.Medium, frame, citeOutletShaped)
		if known.name != "" {
			why = doc.Because(doc.High, frame, citeKnownOutlet)
		}
		cs = append(cs, doc.Citation{Span: doc.Span{Start: toks[i].start, End: toks[end-1].end}, Outlet: name, Why: why})
		i = end - 1
	}
	return cs
}

// citeToVerb reports whether "to" after w introduces a source: "confirmed
// to", "speaking to", "said to", "told to".
func citeToVerb(w string) bool {
	switch w {
	case "confirmed", "confirms", "speaking", "spoke", "talking", "talked", "said", "says",
		"revealed", "explained", "admitted", "according", "told", "statement", "confirm":
		return true
	}
	return false
}

func wordAt(toks []token, i int) string {
	if i < 0 || i >= len(toks) || toks[i].kind != tWord {
		return ""
	}
	return toks[i].lower
}

// classAt returns the word lists that hold the word at toks[i], none when
// it is no word (as wordAt returns "").
func classAt(toks []token, i int) wordClass {
	if i < 0 || i >= len(toks) || toks[i].kind != tWord {
		return 0
	}
	return toks[i].class
}

// matchOutlet matches an outlet name at toks[i]: a known outlet (longest
// form first), else a run of capitalized words. It returns the outlet's
// name, the end token and the known outlet (zero if not known).
func matchOutlet(text string, toks []token, i int, l *lexicon) (string, int, outlet) {
	var forms []string
	if toks[i].class&cOutletFirst != 0 { // spares most words the map
		forms = l.outletsFirst[text[toks[i].start:toks[i].end]]
	}
	for _, form := range forms {
		// Match the form against the text from this token on.
		// (The last bytes differ for most forms: compare them first.)
		if end := toks[i].start + len(form); end <= len(text) && text[end-1] == form[len(form)-1] && text[toks[i].start:end] == form {
			if end < len(text) && isWordByte(text[end]) {
				continue
			}
			j := i
			for j < len(toks) && toks[j].start < end {
				j++
			}
			if j > i && toks[j-1].end > end {
				continue
			}
			o := l.outlets[form]
			return o.name, j, o
		}
	}
	// A run of capitalized words ("Springfield Herald", "TheWrap"); a
	// leading "The" is left out and read as a determiner.
	if toks[i].lower == "the" {
		return "", i, outlet{}
	}
	j := i
	for j < len(toks) && toks[j].kind == tWord && (toks[j].cap || (j > i && j+1 < len(toks) && toks[j].lower == "of" && toks[j+1].cap)) && j-i < 5 {
		j++
	}
	if j == i {
		return "", i, outlet{}
	}
	return text[toks[i].start:toks[j-1].end], j, outlet{}
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// outletLike reports whether capitalized words name an outlet rather than a
// person or an organisation: an outlet word ("Herald"), an acronym ("KTLA")
// or an inner capital ("TheWrap"), and no organisation word or first name.
func outletLike(toks []token, l *lexicon) bool {
	outletWord := false
	for _, t := range toks {
		if t.kind != tWord {
			return false
		}
		w := t.lower
		word := w
		if len(w) > 0 {
			word = string(upperFirst(w))
		}
		if l.orgWords[word] || l.isGivenName(w) && !l.outletWords[word] {
			return false
		}
		if l.outletWords[word] {
			outletWord = true
		}
	}
	if outletWord {
		return true
	}
	if len(toks) == 1 {
		return toks[0].end-toks[0].start >= 2 && toks[0].innerUpper
	}
	return false
}

func upperFirst(w string) []byte {
	b := []byte(w)
	if len(b) > 0 && b[0] >= 'a' && b[0] <= 'z' {
		b[0] -= 'a' - 'A'
	}
	return b
}
