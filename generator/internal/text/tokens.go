package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier/dossier/generator/internal/lexicon"
)

// Kind is what a token is.
type Kind uint8

// The token kinds.
const (
	Word    Kind = iota // letters, with inner hyphens and apostrophes; dotted abbreviations ("U.S.") whole
	Number              // digits with inner , . : and any letters after them ("2,300", "9:04", "8th", "1990s")
	Punct               // one punctuation mark, or "..." / "--"
	Mark                // a quote mark: " “ ” „ ' ‘ ’ « » ‹ ›
	Poss                // a possessive "'s" or "’s" split off the word before it
	Handle              // "@name"
	Hashtag             // "#tag"
	URL                 // "https://…", "www.…"
	Symbol              // "€", "$", "%", "&", "+", …
)

// Case is the letter case of a word.
type Case uint8

// The cases.
const (
	NoCase Case = iota // no letters
	Lower              // starts in lower case: "mayor", "iPhone"
	Title              // starts with a capital, not all capitals: "Lund", "MacTavert", "A"
	Upper              // two or more letters, all capitals: "LUND", "CEO", "U.S."
)

// Flags are facts about a token.
type Flags uint16

// The token flags.
const (
	SentStart   Flags = 1 << iota // first token of a sentence
	LineStart                     // first token of a line
	ParaStart                     // first token of a paragraph
	Initial                       // one capital letter followed by a period: "J."
	Abbrev                        // a word whose following period (or its own, "U.S.") ends no sentence
	InnerCap                      // a capital after the first letter: "MacTavert", "iPhone"
	Hyphenated                    // a word with an inner hyphen: "al-Qarni", "mother-in-law"
	BeforePoss                    // followed by a possessive token
	SpaceBefore                   // white space (or the start of the text) right before
	SpaceAfter                    // white space (or the end of the text) right after
	OpenMark                      // a quote mark that can open: space or an opening bracket before, none after
	CloseMark                     // a quote mark that can close: none before, space or punctuation after
	Dotted                        // a dotted abbreviation: "U.S.", "p.m."
)

// Token is one token of the text.
type Token struct {
	Start, End int
	Kind       Kind
	Case       Case
	Flags      Flags
}

// Is reports whether the token has all of the flags f.
func (k Token) Is(f Flags) bool { return k.Flags&f == f }

// quoteMarks are the runes read as quote marks.
func isQuoteMark(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '\'', '‘', '’', '«', '»', '‹', '›', '‚':
		return true
	}
	return false
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

func isDigitRune(r rune) bool { return '0' <= r && r <= '9' }

func isSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\u00a0' }

// runeAt decodes the rune at i (utf8.RuneError, 0 at the end).
func runeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return 0, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// runeBefore decodes the rune that ends at i (0 at the start).
func runeBefore(s string, i int) rune {
	if i <= 0 {
		return 0
	}
	if c := s[i-1]; c < utf8.RuneSelf {
		return rune(c)
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

// tokenize splits the text into tokens and sets their flags, line and
// paragraph starts included.
func (t *Text) tokenize() {
	src := t.Src
	t.Tokens = make([]Token, 0, len(src)/5+1)
	abbrevs := lexicon.Default().Set("abbreviations")
	for i := 0; i < len(src); {
		r, n := runeAt(src, i)
		switch {
		case isSpace(r):
			i += n
			continue
		case (r == 'h' || r == 'w') && urlAt(src, i) > i:
			j := urlAt(src, i)
			t.add(i, j, URL)
			i = j
		case isLetter(r):
			i = t.word(i, abbrevs)
		case isDigitRune(r):
			i = t.number(i)
		case isQuoteMark(r):
			if isApostrophe(r) && (src[i+n:] != "" && (src[i+n] == 's' || src[i+n] == 'S')) && isLetter(runeBefore(src, i)) {
				if r2, _ := runeAt(src, i+n+1); !isLetter(r2) {
					t.add(i, i+n+1, Poss)
					t.Tokens[len(t.Tokens)-2].Flags |= BeforePoss
					i += n + 1
					continue
				}
			}
			t.add(i, i+n, Mark)
			i += n
		case r == '@' && i+1 < len(src) && isHandleByte(src[i+1]):
			j := i + 1
			for j < len(src) && isHandleByte(src[j]) {
				j++
			}
			t.add(i, j, Handle)
			i = j
		case r == '#' && i+1 < len(src) && isHandleByte(src[i+1]):
			j := i + 1
			for j < len(src) && isHandleByte(src[j]) {
				j++
			}
			t.add(i, j, Hashtag)
			i = j
		case r == '.' && strings.HasPrefix(src[i:], "..."):
			t.add(i, i+3, Punct)
			i += 3
		case unicode.IsPunct(r):
			t.add(i, i+n, Punct)
			i += n
		default:
			t.add(i, i+n, Symbol)
			i += n
		}
	}
	t.markStarts()
}

// urlAt returns the end of the link starting at i ("https://…", "http://…",
// "www.…", up to white space, without trailing punctuation), or i when
// none starts there: a link must follow white space or the start of the text.
func urlAt(src string, i int) int {
	if i > 0 && !isSpace(runeBefore(src, i)) && !strings.ContainsRune("(<[", runeBefore(src, i)) {
		return i
	}
	rest := src[i:]
	if !strings.HasPrefix(rest, "https://") && !strings.HasPrefix(rest, "http://") && !strings.HasPrefix(rest, "www.") {
		return i
	}
	j := i
	for j < len(src) {
		r, n := runeAt(src, j)
		if isSpace(r) {
			break
		}
		j += n
	}
	for j > i && strings.ContainsRune(".,;:!?)]>\"'”’", runeBefore(src, j)) {
		_, n := utf8.DecodeLastRuneInString(src[:j])
		j -= n
	}
	return j
}

// asciiAlnum marks the ASCII letters and digits.
var asciiAlnum = func() (m [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		m[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return m
}()

func isHandleByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// add appends a token with its spacing flags.
func (t *Text) add(start, end int, k Kind) *Token {
	tok := Token{Start: start, End: end, Kind: k}
	if start == 0 || isSpace(runeBefore(t.Src, start)) {
		tok.Flags |= SpaceBefore
	}
	if r, _ := runeAt(t.Src, end); end >= len(t.Src) || isSpace(r) {
		tok.Flags |= SpaceAfter
	}
	if k == Mark {
		before, after := runeBefore(t.Src, start), rune(0)
		if end < len(t.Src) {
			after, _ = runeAt(t.Src, end)
		}
		if (start == 0 || isSpace(before) || strings.ContainsRune("([{—–-/", before) || isQuoteMark(before)) && !isSpace(after) && end < len(t.Src) {
			tok.Flags |= OpenMark
		}
		if start > 0 && !isSpace(before) && (end >= len(t.Src) || isSpace(after) || unicode.IsPunct(after) || isQuoteMark(after)) {
			tok.Flags |= CloseMark
		}
	}
	t.Tokens = append(t.Tokens, tok)
	return &t.Tokens[len(t.Tokens)-1]
}

// word reads the word at i and returns the offset after it.
func (t *Text) word(i int, abbrevs *lexicon.Set) int {
	src := t.Src
	start := i
	if end, ok := dotted(src, i); ok {
		tok := t.add(start, end, Word)
		tok.Flags |= Dotted | Abbrev
		setCase(tok, src[start:end])
		return end
	}
	var flags Flags
	for i < len(src) {
		if c := src[i]; c < utf8.RuneSelf {
			if asciiAlnum[c] {
				i++
				continue
			}
			if c != '-' && c != '\'' {
				break
			}
		}
		r, n := runeAt(src, i)
		switch {
		case isLetter(r) || isDigitRune(r):
			i += n
			continue
		case isHyphen(r):
			if r2, _ := runeAt(src, i+n); isLetter(r2) || isDigitRune(r2) {
				flags |= Hyphenated
				i += n
				continue
			}
		case isApostrophe(r):
			// Inside a word ("didn't", "O’Brannagh"), not a possessive "'s".
			r2, n2 := runeAt(src, i+n)
			if isLetter(r2) {
				if (r2 == 's' || r2 == 'S') && !isLetterAt(src, i+n+n2) {
					break
				}
				i += n
				continue
			}
		}
		break
	}
	tok := t.add(start, i, Word)
	tok.Flags |= flags
	setCase(tok, src[start:i])
	if i < len(src) && src[i] == '.' {
		w := src[start:i]
		if utf8.RuneCountInString(w) == 1 && tok.Case == Title {
			tok.Flags |= Initial
		} else if abbrevs.Has(w) {
			tok.Flags |= Abbrev
		}
	}
	return i
}

func isLetterAt(s string, i int) bool {
	r, _ := runeAt(s, i)
	return isLetter(r)
}

// dotted matches a dotted abbreviation at i: single letters each followed
// by a period, two or more ("U.S.", "p.m.", "D.C."). It returns the
// offset after the last period.
func dotted(s string, i int) (int, bool) {
	j, letters := i, 0
	for j+1 < len(s) && s[j] < utf8.RuneSelf && isLetter(rune(s[j])) && s[j+1] == '.' {
		j += 2
		letters++
		if j < len(s) && isLetterAt(s, j) && (j+1 >= len(s) || s[j+1] != '.') {
			return 0, false // "e.coli": a letter run follows
		}
	}
	return j, letters >= 2
}

// setCase sets the token's case from its letters.
func setCase(tok *Token, w string) {
	if ascii, upper, lower, inner := asciiCase(w); ascii {
		switch {
		case upper >= 2 && lower == 0:
			tok.Case = Upper
		case w[0] >= 'A' && w[0] <= 'Z':
			tok.Case = Title
		case w[0] >= 'a' && w[0] <= 'z':
			tok.Case = Lower
		}
		if inner && lower > 0 {
			tok.Flags |= InnerCap
		}
		return
	}
	first, upper, lower, inner := true, 0, 0, false
	for _, r := range w {
		if !unicode.IsLetter(r) {
			continue
		}
		switch {
		case unicode.IsUpper(r):
			upper++
			if !first {
				inner = true
			}
		case unicode.IsLower(r):
			lower++
			if first {
				tok.Case = Lower
			}
		}
		if first && unicode.IsUpper(r) {
			tok.Case = Title
		}
		first = false
	}
	if upper >= 2 && lower == 0 {
		tok.Case = Upper
	} else if inner && lower > 0 {
		tok.Flags |= InnerCap
	}
}

// number reads the number at i (digits with inner separators, then any
// letters: "8th", "1990s", "3pm") and returns the offset after it.
func (t *Text) number(i int) int {
	src := t.Src
	start := i
	for i < len(src) {
		c := src[i]
		if isDigit(c) {
			i++
			continue
		}
		if (c == ',' || c == '.' || c == ':') && i+1 < len(src) && isDigit(src[i+1]) {
			i++
			continue
		}
		break
	}
	for i < len(src) && src[i] < utf8.RuneSelf && isLetter(rune(src[i])) {
		i++
	}
	t.add(start, i, Number)
	return i
}

// markStarts flags the first token of every line and paragraph.
func (t *Text) markStarts() {
	k := 0
	for li, ln := range t.Lines {
		for k < len(t.Tokens) && t.Tokens[k].Start < ln.Start {
			k++
		}
		if k < len(t.Tokens) && t.Tokens[k].Start < ln.End {
			t.Tokens[k].Flags |= LineStart
			if ln.Para >= 0 && t.Paras[ln.Para].FirstLine == li {
				t.Tokens[k].Flags |= ParaStart
			}
		}
	}
}

// asciiCase counts the capitals and lower-case letters of an ASCII word
// and whether a capital follows its first byte; ascii is false when w has
// bytes beyond ASCII.
func asciiCase(w string) (ascii bool, upper, lower int, inner bool) {
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= utf8.RuneSelf:
			return false, 0, 0, false
		case 'A' <= c && c <= 'Z':
			upper++
			if i > 0 {
				inner = true
			}
		case 'a' <= c && c <= 'z':
			lower++
		}
	}
	return true, upper, lower, inner
}
