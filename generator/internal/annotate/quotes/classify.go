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
	capsAll  bool // every word starts with a capital or a digit: "Tin Castle", "Acme FM."
}

func shapeOf(text string) quoteShape {
	var sh quoteShape
	sh.last, _ = utf8.DecodeLastRuneInString(text)
	sh.titleish, sh.capsAll = true, true
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
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			sh.capsAll = false
		}
		sh.words++
		i = j
	}
	if sh.words == 0 {
		sh.titleish, sh.capsAll = false, false
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
	// A title-cased run of up to fifteen words after a cue is a title
	// even when long (a study's "Long Winters and Short Harvests on Three Farms.").
	if !titleShaped(sh) && !(sh.titleish && sh.words <= 15 && strings.ContainsRune(".,", sh.last)) &&
		!(sh.titleish && sh.words <= 15 && !strings.ContainsRune("!?", sh.last)) {
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
	aftVerb  bool // a reporting verb follows in the sentence (for captions)
	follows  bool // a sentence of its own that continues the speech before it
	l        *lexicon
}

// workNounNamed reports whether a work noun and a naming word come right
// before the quotation: "a report called 'The Empty Room'", "a song
// named 'X'".
func workNounNamed(toks []token, q int, sh quoteShape) bool {
	if q < 2 || sh.words == 0 || sh.words > 10 {
		return false
	}
	switch toks[q-1].lower {
	case "called", "named", "titled", "entitled", "dubbed":
		return toks[q-1].kind == tWord && toks[q-2].is(cTitleNoun)
	}
	return false
}

// workNounApposition reports whether a title-cased quotation stands in
// commas after a work noun: "her keynote at the fair, 'Money at the Speed
// of Light', was watched".
func workNounApposition(toks []token, q int, sh quoteShape) bool {
	if !sh.titleish || sh.words == 0 || sh.words > 8 || q < 2 || !toks[q-1].isPunct(",") {
		return false
	}
	if q+1 < len(toks) && !toks[q+1].isPunct(",") && !toks[q+1].isPunct(".") {
		return false
	}
	for k := q - 2; k >= 0 && k >= q-8; k-- {
		if toks[k].is(cTitleNoun) {
			return true
		}
		if toks[k].kind == tPunct && toks[k].lower != "," || toks[k].kind == tQuote {
			break
		}
	}
	return false
}

// workNounAppositionAfter reports whether a title-cased quotation is
// followed, after a comma, by a noun phrase whose head is a work noun:
// "ended with "Blue Hour," the group's best-known anthem".
func workNounAppositionAfter(toks []token, q int, sh quoteShape) bool {
	if !sh.titleish || sh.words == 0 || sh.words > 8 || strings.ContainsRune(".!?", sh.last) {
		return false
	}
	k := q + 1
	if k < len(toks) && toks[k].isPunct(",") {
		k++
	} else if sh.last != ',' {
		return false
	}
	if k >= len(toks) || !(toks[k].is(cDeterminer) || toks[k].isWord("a") || toks[k].isWord("an")) {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		t := toks[j]
		if t.kind != tWord && !(t.kind == tMention && t.possessive) {
			return false
		}
		if t.is(cTitleNoun) {
			return j+1 == len(toks) || toks[j+1].kind == tPunct
		}
	}
	return false
}

// quotedName reports whether a quotation is a name in quotation marks: two
// to four words, each capitalized ("Tin Castle", "Acme FM."), with no
// reporting verb against it and no attribution after it: a nickname, a
// product's or a place's name, not words someone said.
func quotedName(c *kindCtx) bool {
	sh := c.sh
	if c.caption || c.follows || !sh.capsAll || sh.words < 2 || sh.words > 4 || strings.ContainsRune("!?,", sh.last) {
		return false
	}
	if c.q > 0 && c.toks[c.q-1].isPunct(":") {
		return false // introduced as words: "said only: 'Not Today.'"
	}
	return !(c.bef.found && c.bef.adjacent) && !c.aft.found
}

// attributive reports whether a short quotation modifies the noun after
// it, between an article, possessive or preposition and that noun ("tells
// of a 'wrong door' mix-up"): a term.
func attributive(toks []token, q int, sh quoteShape) bool {
	if sh.words == 0 || sh.words > 3 || strings.ContainsRune(".!?,;:", sh.last) || q == 0 || q+1 >= len(toks) {
		return false
	}
	p, n := toks[q-1], toks[q+1]
	if !(p.is(cDeterminer|cPreposition) || p.isWord("a") || p.isWord("an") || p.kind == tMention && p.possessive) {
		return false
	}
	return n.kind == tWord && !n.cap && !n.is(cClause|cPreposition|cSpeechVerb|cSubordinator|cSkip) && !isAux(n.lower)
}

// signText reports whether the quotation is the text of a sign or
// graffiti: "a sign that read '…'", "a banner reading '…'", "vandals
// spray-painted '…'".
func signText(toks []token, q int) bool {
	k := q - 1
	if k >= 0 && (toks[k].isPunct(":") || toks[k].isPunct(",")) {
		k--
	}
	if k < 0 || toks[k].kind != tWord {
		return false
	}
	switch toks[k].lower {
	case "spray-painted", "scrawled", "daubed", "graffitied":
		return true
	case "read", "reads", "reading", "said", "says", "saying":
		for j := k - 1; j >= 0 && j >= k-4; j-- {
			if toks[j].kind == tWord && signNouns[strings.TrimSuffix(toks[j].lower, "s")] {
				return true
			}
		}
	}
	return false
}

// signNouns are things that display words, and documents whose words
// speak for no one person.
var signNouns = map[string]bool{
	"sign": true, "banner": true, "placard": true, "poster": true, "billboard": true, "t-shirt": true,
	"shirt": true, "graffiti": true, "plaque": true, "card": true, "board": true, "sticker": true, "slogan": true,
	// Documents that carry words no one is quoted as saying ("a petition
	// that read: '…'", "a notice reading '…'"): null beats a guess at
	// the nearest person.
	"petition": true, "notice": true, "inscription": true, "leaflet": true, "flyer": true, "pamphlet": true,
	"headline": true, "label": true,
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
	{ruleTitleNamed, doc.Title, func(c *kindCtx) bool { return workNounNamed(c.toks, c.q, c.sh) }},
	{ruleTitleBy, doc.Title, func(c *kindCtx) bool {
		// "'Winter Hours' by Ana Ruiz": a title-cased name of a work and its author.
		return c.sh.titleish && c.sh.words <= 8 && c.q+2 < len(c.toks) && c.toks[c.q+1].isWord("by") && c.toks[c.q+2].kind == tMention
	}},
	{ruleTitleAppos, doc.Title, func(c *kindCtx) bool { return workNounApposition(c.toks, c.q, c.sh) }},
	{ruleTitleApposAfter, doc.Title, func(c *kindCtx) bool { return workNounAppositionAfter(c.toks, c.q, c.sh) }},
	{ruleSign, doc.Speech, func(c *kindCtx) bool { return signText(c.toks, c.q) }},
	{ruleSpeechCaption, doc.Speech, func(c *kindCtx) bool { return c.caption && c.aftVerb }},
	{ruleVerbAdjacent, doc.Speech, func(c *kindCtx) bool { return c.bef.found && c.bef.adjacent }},
	{ruleVerbAfter, doc.Speech, func(c *kindCtx) bool {
		// "…," said Lund; British style puts the comma outside: '…', said Lund.
		return c.aft.found && (strings.ContainsRune(",?!…—-", c.sh.last) || c.q+1 < len(c.toks) && c.toks[c.q+1].isPunct(","))
	}},
	{ruleTermName, doc.Term, quotedName},
	{ruleTermAttributive, doc.Term, func(c *kindCtx) bool { return attributive(c.toks, c.q, c.sh) }},
	{ruleLong, doc.Speech, func(c *kindCtx) bool { return c.sh.words >= 5 }},
	{ruleSentence, doc.Speech, func(c *kindCtx) bool {
		return c.sh.words >= 2 && c.sh.upper && strings.ContainsRune(".!?", c.sh.last)
	}},
	{ruleContinues, doc.Speech, func(c *kindCtx) bool {
		// "…," said Lund. "Never.": one word that makes a sentence.
		return c.follows && c.sh.upper && strings.ContainsRune(".!?", c.sh.last)
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
