package people

import (
	"unicode"
	"unicode/utf8"
)

// token is one word or punctuation mark of a source text.
type token struct {
	start, end int    // byte span of the word, without a possessive suffix
	text       string // the text of [start, end)
	word       bool   // a word (letters, digits, inner apostrophes and hyphens); else one punctuation rune
	poss       bool   // followed by a possessive suffix ('s, ’s, ‘s) that is not part of [start, end)
	nl         bool   // a line break lies between the previous token and this one
	space      bool   // white space lies between the previous token and this one
	sent       bool   // the first word of a sentence, caption or line
	line       int    // 0-based line index in the text
}

func isApos(r rune) bool { return r == '\'' || r == '’' || r == '‘' }

// tokenize splits text into tokens in one pass.
func tokenize(text string) []token {
	toks := make([]token, 0, len(text)/5)
	line := 0
	nl, space := true, false
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			line++
			nl, space = true, true
			i += n
			continue
		case unicode.IsSpace(r):
			space = true
			i += n
			continue
		}
		t := token{start: i, nl: nl, space: space, line: line}
		nl, space = false, false
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			j := i + n
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) || unicode.Is(unicode.Mn, r2) {
					j += n2
					continue
				}
				if r2 == '-' || isApos(r2) {
					r3, _ := utf8.DecodeRuneInString(text[j+n2:])
					if unicode.IsLetter(r3) || unicode.IsDigit(r3) {
						j += n2
						continue
					}
				}
				break
			}
			t.end = j
			// Split a possessive suffix off the word.
			w := text[i:j]
			if k := possIndex(w); k > 0 {
				t.end = i + k
				t.poss = true
			}
			t.word = true
			i = j
		} else {
			t.end = i + n
			i += n
		}
		t.text = text[t.start:t.end]
		toks = append(toks, t)
	}
	markSentences(toks)
	return toks
}

// possIndex returns the byte index of a possessive suffix ('s, ’s, ‘s) at
// the end of w, or -1.
func possIndex(w string) int {
	if len(w) < 3 || w[len(w)-1] != 's' {
		return -1
	}
	r, n := utf8.DecodeLastRuneInString(w[:len(w)-1])
	if !isApos(r) {
		return -1
	}
	return len(w) - 1 - n
}

// abbrevs end with a period that does not end a sentence.
var abbrevs = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "St": true, "Jr": true, "Sr": true, "Sen": true,
	"Rep": true, "Gov": true, "Gen": true, "Lt": true, "Col": true, "Capt": true, "Prof": true, "Rev": true,
	"Sgt": true, "Det": true, "Maj": true, "Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true,
	"Jul": true, "Aug": true, "Sep": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true, "Calif": true,
	"Fla": true, "Mass": true, "No": true, "vs": true, "Inc": true, "Corp": true, "Co": true, "Ltd": true, "Mt": true,
}

// markSentences sets token.sent for every word that opens a sentence, a
// line, or a caption after a colon.
func markSentences(toks []token) {
	boundary := true
	for i := range toks {
		t := &toks[i]
		if t.nl {
			boundary = true
		}
		if t.word {
			t.sent = boundary
			boundary = false
			continue
		}
		switch t.text {
		case "!", "?", ":", "•", "|":
			boundary = true
		case ".":
			if i > 0 && toks[i-1].word && !toks[i-1].poss && toks[i-1].end == t.start &&
				(isInitial(toks[i-1].text) || abbrevs[toks[i-1].text]) {
				continue
			}
			boundary = true
		case "—", "–":
			if t.nl || i == 0 {
				boundary = true
			}
		}
		// Opening quotes and brackets keep the current state.
	}
}

// isInitial reports whether w is one capital letter ("F").
func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}

// allCaps reports whether w has two or more letters, all upper case ("TMZ", "JFK").
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
