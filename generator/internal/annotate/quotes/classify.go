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

// titleShaped reports whether a quotation's words can be a title: one to
// eight words, not ending like a clause.
func titleShaped(sh quoteShape) bool {
	return sh.words > 0 && sh.words <= 8 && !strings.ContainsRune(".!?,", sh.last)
}

// workNounAfter reports whether the quotation token at q names a work
// followed by a work noun ("the "Famous" video", "his "Famous" music video").
func workNounAfter(toks []token, q int, sh quoteShape) bool {
	if !titleShaped(sh) {
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
	return false
}

// titleCueBefore reports whether a title cue precedes the quotation token
// at q ("the song "X"", "a book titled "X"").
func titleCueBefore(toks []token, q int, sh quoteShape) bool {
	if !titleShaped(sh) && !(sh.titleish && sh.words <= 8 && strings.ContainsRune(".,", sh.last)) {
		return false
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

// kindCtx is what the kind rules read about one quotation.
type kindCtx struct {
	toks     []token
	q        int // the quotation's token
	sh       quoteShape
	bef, aft attribution
	caption  bool
	l        *lexicon
}

// kindRules decide a quotation's kind, first match wins; a quotation no
// rule takes is a term (scare quotes, a nickname, a headline's words).
var kindRules = []struct {
	name string
	kind doc.QuoteKind
	test func(c *kindCtx) bool
}{
	{ruleTitleNoun, doc.Title, func(c *kindCtx) bool { return workNounAfter(c.toks, c.q, c.sh) }},
	{ruleTitleCue, doc.Title, func(c *kindCtx) bool { return titleCueBefore(c.toks, c.q, c.sh) }},
	{ruleSpeechCaption, doc.Speech, func(c *kindCtx) bool { return c.caption }},
	{ruleVerbAdjacent, doc.Speech, func(c *kindCtx) bool { return c.bef.found && c.bef.adjacent }},
	{ruleVerbAfter, doc.Speech, func(c *kindCtx) bool { return c.aft.found && strings.ContainsRune(",?!…—-", c.sh.last) }},
	{ruleLong, doc.Speech, func(c *kindCtx) bool { return c.sh.words >= 5 }},
	{ruleSentence, doc.Speech, func(c *kindCtx) bool {
		return c.sh.words >= 2 && c.sh.upper && strings.ContainsRune(".!?", c.sh.last)
	}},
	{ruleGoverned, doc.Speech, func(c *kindCtx) bool { return c.bef.found && c.bef.governs }},
}

// kindOf classifies a quotation by the first of kindRules that holds, and
// returns the rule's name.
func kindOf(c *kindCtx) (doc.QuoteKind, string) {
	for _, r := range kindRules {
		if r.test(c) {
			return r.kind, r.name
		}
	}
	return doc.Term, ruleTerm
}
