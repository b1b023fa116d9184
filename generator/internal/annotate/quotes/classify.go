package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier/dossier/generator/internal/doc"
)

// quoteShape is what classification reads from a quotation's own words.
type quoteShape struct {
	words    int
	last     rune // last rune of the words (punctuation kept inside the marks)
	upper    bool // the first letter is upper case
	titleish bool // every long word is capitalized: "Black and the New Orange"
}

func shapeOf(text string) quoteShape {
	var sh quoteShape
	sh.last, _ = utf8.DecodeLastRuneInString(text)
	sh.titleish = true
	for i := 0; i < len(text); {
		for i < len(text) && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t') {
			i++
		}
		if i == len(text) {
			break
		}
		j := i
		for j < len(text) && text[j] != ' ' && text[j] != '\n' && text[j] != '\t' {
			j++
		}
		f := strings.TrimLeft(text[i:j], "(['\"‘“#")
		r, _ := utf8.DecodeRuneInString(f)
		if sh.words == 0 {
			sh.upper = unicode.IsUpper(r)
		}
		if j-i > 3 && unicode.IsLetter(r) && !unicode.IsUpper(r) {
			sh.titleish = false
		}
		sh.words++
		i = j
	}
	if sh.words == 0 {
		sh.titleish = false
	}
	return sh
}

// isTitle reports whether the quotation token at q names a work: followed by
// a work noun ("the "Famous" video", "his "Famous" music video") or preceded
// by a title cue ("the song "X"", "a book titled "X"").
func isTitle(toks []token, q int, sh quoteShape, l *lexicon) bool {
	if sh.words == 0 || sh.words > 8 || strings.ContainsRune(".!?,", sh.last) {
		return false
	}
	for k := q + 1; k < len(toks) && k <= q+2; k++ {
		t := toks[k]
		if t.kind != tWord || t.cap {
			break
		}
		if t.is(cTitleNoun) {
			return true
		}
	}
	if q > 0 {
		k := q - 1
		if toks[k].isPunct(",") && k > 0 {
			k--
		}
		if t := toks[k]; t.is(cTitleCue) && (sh.titleish || t.lower == "titled" || t.lower == "entitled") {
			return true
		}
	}
	return false
}

// kindOf classifies a quotation: a title, speech (a reporting verb governs
// it, it is long, or it is a whole sentence) or a term (scare quotes).
func kindOf(toks []token, q int, sh quoteShape, bef, aft attribution, caption bool, l *lexicon) doc.QuoteKind {
	switch {
	case isTitle(toks, q, sh, l):
		return doc.Title
	case caption, bef.found && bef.adjacent:
		return doc.Speech
	case aft.found && strings.ContainsRune(",?!…—-", sh.last):
		return doc.Speech
	case sh.words >= 5:
		return doc.Speech
	case sh.words >= 2 && sh.upper && strings.ContainsRune(".!?", sh.last):
		return doc.Speech
	}
	return doc.Term
}
