package people

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier/dossier/generator/internal/text"
)

// token is one word or punctuation mark of a source text. Its lowercase
// form and lexicon memberships are computed once, when the text is
// tokenized, so the rules never lowercase or look up a word again.
type token struct {
	start, end int     // byte span of the word, without a possessive suffix
	text       string  // the text of [start, end)
	lower      string  // lowerASCII(text): lowercased when text has an ASCII capital, else text
	bits       lexBits // the lexicon lists that hold text as written
	lbits      lexBits // the lexicon lists that hold lower
	upper      bool    // text starts with an upper-case letter
	name       bool    // lexicon.nameTok: the word can be part of a person's name
	word       bool    // a word (letters, digits, inner apostrophes and hyphens); else one punctuation rune
	poss       bool    // followed by a possessive suffix ('s, ’s, ‘s) that is not part of [start, end)
	nl         bool    // a line break lies between the previous token and this one
	space      bool    // white space lies between the previous token and this one
	sent       bool    // the first word of a sentence, caption or line
	ascii      bool    // text is all ASCII (then its length is its number of runes)
	hasUpper   bool    // text holds a letter A to Z (then lower differs from text)
	caps       bool    // allCaps(text)
	head       bool    // the token's line is written in title case, where capitals say nothing about names (see tokenize)
	line       int     // 0-based line index in the text
}

func isApos(r rune) bool { return r == '\'' || r == '’' || r == '‘' }

// is reports whether the token as written is in one of the lists b.
func (t *token) is(b lexBits) bool { return t.bits&b != 0 }

// lis reports whether the token's lowercase form is in one of the lists b.
func (t *token) lis(b lexBits) bool { return t.lbits&b != 0 }

// tokenize reads text with the text layer and converts its tokens (see
// fromReading). Tests and Find without a reading use it.
func tokenize(src string, l *lexicon, buf []token) []token {
	return fromReading(text.Read(src), l, buf)
}

// fromReading converts the text layer's tokens into the detector's and
// annotates each with its lowercase form and the lexicon lists of l that
// hold it. The tokens are appended to buf (pass buf[:0] to reuse its
// memory, or nil). The reading's possessive tokens become a flag of the
// word before (token.poss); an @handle or #hashtag becomes its mark and
// its word, as the rules read them; a sentence starts where the reading
// says, at a line start, and after a colon, a bar or a bullet (a caption
// or a field).
func fromReading(read *text.Text, l *lexicon, buf []token) []token {
	src := read.Src
	if need := len(read.Tokens) + 16; cap(buf) < need {
		buf = make([]token, 0, need)
	}
	toks := buf[:0]
	line := 0
	boundary := true
	rts := read.Tokens
	for x := 0; x < len(rts); x++ {
		rt := rts[x]
		for line+1 < len(read.Lines) && read.Lines[line].End < rt.Start {
			line++
		}
		if rt.Kind == text.Poss {
			if n := len(toks); n > 0 {
				toks[n-1].poss = true
			}
			continue
		}
		// "Lund‘s" with an opening mark for an apostrophe: a possessive too.
		if rt.Kind == text.Mark && x+1 < len(rts) && len(toks) > 0 && toks[len(toks)-1].word &&
			toks[len(toks)-1].end == rt.Start && rts[x+1].Start == rt.End && src[rts[x+1].Start:rts[x+1].End] == "s" &&
			isApos([]rune(src[rt.Start:rt.End])[0]) {
			toks[len(toks)-1].poss = true
			x++
			continue
		}
		// "30-year-old": a number and the word it is hyphenated to are one word.
		if rt.Kind == text.Number && x+2 < len(rts) && rts[x+1].Start == rt.End && src[rts[x+1].Start:rts[x+1].End] == "-" &&
			rts[x+2].Start == rts[x+1].End && rts[x+2].Kind == text.Word {
			rt.End = rts[x+2].End
			x += 2
		}
		start := rt.Start
		if rt.Kind == text.Handle || rt.Kind == text.Hashtag {
			toks = appendTok(toks, src, start, start+1, false, rt, line)
			start++
			toks = appendTok(toks, src, start, rt.End, true, rt, line)
			toks[len(toks)-1].space, toks[len(toks)-1].nl = false, false
			boundary = false
			continue
		}
		word := rt.Kind == text.Word || rt.Kind == text.Number
		toks = appendTok(toks, src, start, rt.End, word, rt, line)
		t := &toks[len(toks)-1]
		if word {
			t.sent = boundary || rt.Is(text.SentStart) || t.nl
			boundary = false
			continue
		}
		switch t.text {
		case ":", "•", "|", "!", "?":
			boundary = true
		case "—", "–":
			boundary = boundary || t.nl
		}
		if rt.Is(text.SentStart) || t.nl {
			boundary = true
		}
	}
	annotate(toks, l)
	return toks
}

// appendTok appends the token [start, end) of src with the fields that
// depend on its bytes alone.
func appendTok(toks []token, src string, start, end int, word bool, rt text.Token, line int) []token {
	if len(toks) == cap(toks) {
		toks = slices.Grow(toks, 1)
	}
	toks = toks[:len(toks)+1]
	t := &toks[len(toks)-1]
	*t = token{start: start, end: end, text: src[start:end], word: word, line: line,
		nl: rt.Is(text.LineStart), space: rt.Is(text.SpaceBefore)}
	ascii, caps, small := true, 0, 0
	for i := 0; i < len(t.text); i++ {
		switch c := t.text[i]; {
		case c >= utf8.RuneSelf:
			ascii = false
		case 'A' <= c && c <= 'Z':
			caps++
		case 'a' <= c && c <= 'z':
			small++
		}
	}
	t.ascii, t.hasUpper = ascii, caps > 0
	if word {
		if ascii {
			t.upper = 'A' <= t.text[0] && t.text[0] <= 'Z'
			t.caps = small == 0 && caps >= 2
		} else {
			r, _ := utf8.DecodeRuneInString(t.text)
			t.upper = unicode.IsUpper(r)
			t.caps = allCaps(t.text)
		}
	}
	return toks
}

// annotate sets every token's lowercase form, lexicon lists, name flag and
// title-case line mark.
func annotate(toks []token, l *lexicon) {
	// A line is in title case when it has three words of four letters or
	// more, three in four of them capitalized, and does not end with a
	// period (a title or credit line; a sentence ends with one).
	long, capitalized, lineStart := 0, 0, 0
	// All the lowercase forms that differ from their text share one
	// string, allocated once.
	upperBytes := 0
	for i := range toks {
		if toks[i].hasUpper || !toks[i].ascii {
			upperBytes += len(toks[i].text) + 2
		}
	}
	var b strings.Builder
	b.Grow(upperBytes)
	for i := range toks {
		t := &toks[i]
		t.lower = t.text
		if len(t.text) == 1 {
			t.bits = l.memberByte[t.text[0]]
		} else {
			t.bits = l.bitsOf(t.text)
		}
		t.lbits = t.bits
		if t.hasUpper {
			from := b.Len()
			if t.ascii {
				for k := 0; k < len(t.text); k++ {
					c := t.text[k]
					if 'A' <= c && c <= 'Z' {
						c += 'a' - 'A'
					}
					b.WriteByte(c)
				}
			} else {
				b.WriteString(strings.ToLower(t.text))
			}
			// String does not copy, and later writes leave these bytes as they are.
			t.lower = b.String()[from:]
			t.lbits = l.bitsOf(t.lower)
		} else if !t.ascii && t.upper {
			t.lower = strings.ToLower(t.text) // a capital beyond ASCII ("Élodie")
			t.lbits = l.bitsOf(t.lower)
		}
		if !t.ascii && t.upper && t.bits&inGiven == 0 && l.foldedGiven(t.lower) {
			// The given-name lists are written without accents: "María",
			// "José", "Søren" are the given names "Maria", "Jose", "Soren".
			t.bits |= inGiven
		}
		t.name = t.word && (t.upper && l.nameTok(t) || !t.upper && t.text[0] >= 'a' && l.particleName(t.text)) // (most words fail the first tests)
		t.head = false
		if t.word && len(t.text) >= 4 && (t.ascii || utf8.RuneCountInString(t.text) >= 4) {
			long++
			if t.upper {
				capitalized++
			}
		}
		if i+1 == len(toks) || toks[i+1].line != t.line {
			if long >= 3 && capitalized*4 >= long*3 && t.text != "." {
				for k := lineStart; k <= i; k++ {
					toks[k].head = true
				}
			}
			long, capitalized, lineStart = 0, 0, i+1
		}
	}
}

// abbrevs end with a period that does not end a sentence. The lexicon
// gives them a list bit (inAbbrevs), so a token tells without a lookup.
var abbrevs = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "St": true, "Jr": true, "Sr": true, "Sen": true,
	"Rep": true, "Gov": true, "Gen": true, "Lt": true, "Col": true, "Capt": true, "Prof": true, "Rev": true,
	"Sgt": true, "Det": true, "Maj": true, "Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true,
	"Jul": true, "Aug": true, "Sep": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true, "Calif": true,
	"Fla": true, "Mass": true, "No": true, "vs": true, "Inc": true, "Corp": true, "Co": true, "Ltd": true, "Mt": true,
}

// isInitial reports whether w is one capital letter ("F").
func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}

// allCaps reports whether w has two or more letters, all upper case ("NPR", "JFK").
func allCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

// particleName reports whether w is a lowercase name particle joined by a
// hyphen to a capitalised name ("al-Haddad", "el-Amin", "bin-Said"): a
// surname, although it starts in lower case.
func (l *lexicon) particleName(w string) bool {
	p, rest, ok := strings.Cut(w, "-")
	if !ok || rest == "" || !l.particles.has(p) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}
