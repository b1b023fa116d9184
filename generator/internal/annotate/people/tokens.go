package people

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
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

// tokenize splits text into tokens and annotates each with its lowercase
// form and the lexicon lists of l that hold it. The tokens are appended to
// buf (pass buf[:0] to reuse its memory, or nil).
func tokenize(text string, l *lexicon, buf []token) []token {
	if need := len(text)/4 + 16; cap(buf) < need {
		buf = make([]token, 0, need)
	}
	toks, upperBytes := split(text, buf)
	// All the lowercase forms that differ from their text share one
	// string; split counted its bytes, so it is allocated once.
	var b strings.Builder
	b.Grow(upperBytes)
	boundary := true
	// A line is in title case when it has three words of four letters or
	// more, three in four of them capitalized, and does not end with a
	// period (a title or credit line; a sentence ends with one). Its
	// counts are settled at its last token, while its tokens are still
	// in the cache.
	long, capitalized, lineStart := 0, 0, 0
	for i := range toks {
		t := &toks[i]
		// Words and one-byte tokens are settled here, without a call.
		if t.word {
			t.sent = boundary || t.nl // as markSentence does
			boundary = false
		} else {
			boundary = markSentence(toks, i, boundary)
		}
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
	return toks
}

// split splits text into tokens in one pass, appending them to toks. It
// sets every field that depends on one token's bytes alone (not lower,
// bits, lbits or name; sent is left false), and returns the number of bytes of the words
// with an ASCII capital, which need a lowercase form.
func split(text string, toks []token) (_ []token, upperBytes int) {
	line := 0
	nl, space := true, false
	for i := 0; i < len(text); {
		// Most text is ASCII: splitASCII takes it, and this loop the rest,
		// one rune or token at a time.
		if text[i] < utf8.RuneSelf && len(toks) < cap(toks) {
			st := splitState{line, nl, space, upperBytes}
			i, toks = splitASCII(text, i, toks, &st)
			line, nl, space, upperBytes = st.line, st.nl, st.space, st.upperBytes
			if i >= len(text) {
				break
			}
		}
		c := text[i]
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case r == '\n':
			line++
			nl, space = true, true
			i += n
			continue
		case c < utf8.RuneSelf && asciiSpace[c] || c >= utf8.RuneSelf && unicode.IsSpace(r):
			space = true
			i += n
			continue
		}
		// The token is written in place and field by field: building it
		// aside and appending it copied every token once more. Every field
		// split owns is set below (the memory may hold an earlier text's
		// tokens); tokenize sets the others.
		if len(toks) == cap(toks) {
			toks = slices.Grow(toks, 1)
		}
		toks = toks[:len(toks)+1]
		t := &toks[len(toks)-1]
		t.start, t.nl, t.space, t.line, t.sent = i, nl, space, line, false
		nl, space = false, false
		if c < utf8.RuneSelf && asciiAlnum[c] || c >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			// Count the ASCII capitals and small letters on the way, for
			// hasUpper and caps.
			ascii := c < utf8.RuneSelf
			caps, small := 0, 0
			if 'A' <= c && c <= 'Z' {
				caps++
			} else if 'a' <= c && c <= 'z' {
				small++
			}
			j := i + n
			for j < len(text) {
				c2 := text[j]
				if c2 < utf8.RuneSelf {
					if asciiAlnum[c2] {
						if 'A' <= c2 && c2 <= 'Z' {
							caps++
						} else if c2 >= 'a' {
							small++
						}
						j++
						continue
					}
					if (c2 == '-' || c2 == '\'') && alnumAt(text, j+1) {
						j++
						continue
					}
					break
				}
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) || unicode.Is(unicode.Mn, r2) {
					ascii = false
					j += n2
					continue
				}
				if isApos(r2) && alnumAt(text, j+n2) {
					ascii = false
					j += n2
					continue
				}
				break
			}
			t.end, t.poss = j, false
			// Split a possessive suffix off the word.
			if k := possIndex(text[i:j]); k > 0 {
				t.end = i + k
				t.poss = true
				small-- // the suffix's s
			}
			t.word = true
			t.text = text[t.start:t.end]
			t.ascii = ascii
			t.hasUpper = caps > 0
			if ascii {
				t.upper = 'A' <= c && c <= 'Z'
				t.caps = small == 0 && caps >= 2
			} else {
				t.upper = unicode.IsUpper(r)
				t.caps = allCaps(t.text)
			}
			if t.hasUpper {
				upperBytes += len(t.text)
			}
			i = j
		} else {
			t.end, t.poss, t.word = i+n, false, false
			t.text = text[t.start:t.end]
			t.ascii, t.hasUpper, t.upper, t.caps = c < utf8.RuneSelf, false, false, false
			i += n
		}
	}
	return toks, upperBytes
}

// splitState is the state split carries from token to token.
type splitState struct {
	line       int
	nl, space  bool
	upperBytes int
}

// splitASCII splits text from byte i as split does, for as long as it
// meets only ASCII and toks has room, and returns where it stopped: at the
// end of text, at a byte beyond ASCII, or at the start of a word that goes
// on beyond ASCII. It calls nothing, so that its loop keeps its variables
// in registers (a call in split's loop made it store them all at every
// byte).
func splitASCII(text string, i int, toks []token, st *splitState) (int, []token) {
	line, nl, space, upperBytes := st.line, st.nl, st.space, st.upperBytes
	for i < len(text) && len(toks) < cap(toks) {
		c := text[i]
		// The classes of the word's bytes, or-ed: whether it has a
		// capital (and needs a lowercase form) or a small letter.
		classes := asciiWord[c]
		if classes&(wSpace|wBeyond) != 0 {
			if classes&wBeyond != 0 {
				break
			}
			if c == '\n' {
				line++
				nl = true
			}
			space = true
			i++
			continue
		}
		j := i + 1
		if classes&wAlnum != 0 {
			// A word: letters and digits with inner hyphens and apostrophes.
			for j < len(text) {
				c2 := text[j]
				if k := asciiWord[c2]; k&wAlnum != 0 {
					classes |= k
					j++
					continue
				}
				if (c2 == '-' || c2 == '\'') && j+1 < len(text) && asciiWord[text[j+1]]&wAlnum != 0 {
					j++
					continue
				}
				break
			}
			if j < len(text) && (text[j] >= utf8.RuneSelf ||
				(text[j] == '-' || text[j] == '\'') && j+1 < len(text) && text[j+1] >= utf8.RuneSelf) {
				break // the word may go on beyond ASCII: split reads it
			}
		}
		toks = toks[:len(toks)+1]
		t := &toks[len(toks)-1]
		t.start, t.end, t.nl, t.space, t.line, t.sent = i, j, nl, space, line, false
		t.poss, t.word, t.ascii = false, classes&wAlnum != 0, true
		nl, space = false, false
		if !t.word {
			t.text = text[i:j]
			t.hasUpper, t.upper, t.caps = false, false, false
			i = j
			continue
		}
		// Split a possessive suffix off the word (possIndex, for ASCII).
		if j-i >= 3 && text[j-1] == 's' && text[j-2] == '\'' {
			t.end, t.poss = j-2, true
		}
		t.text = text[i:t.end]
		t.hasUpper = classes&wCap != 0
		t.upper = 'A' <= c && c <= 'Z'
		t.caps = false
		if t.hasUpper {
			upperBytes += len(t.text)
			// All capitals: two or more, and no small letter. (Most
			// capitalized words have one at their second byte.)
			caps := 0
			for k := i; k < t.end; k++ {
				cl := asciiWord[text[k]]
				if cl&wSmall != 0 {
					caps = 0
					break
				}
				caps += int(cl>>1) & 1
			}
			t.caps = caps >= 2
		}
		i = j
	}
	st.line, st.nl, st.space, st.upperBytes = line, nl, space, upperBytes
	return i, toks
}

// Classes of bytes, for splitASCII.
const (
	wAlnum  = 1 << iota // an ASCII letter or digit
	wCap                // A to Z
	wSmall              // a to z
	wSpace              // ASCII white space
	wBeyond             // 0x80 and up: part of a rune beyond ASCII
)

// asciiWord classifies bytes for splitASCII, one lookup a byte.
var asciiWord = func() (k [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case c >= utf8.RuneSelf:
			k[c] = wBeyond
		case 'A' <= c && c <= 'Z':
			k[c] = wAlnum | wCap
		case 'a' <= c && c <= 'z':
			k[c] = wAlnum | wSmall
		case asciiAlnum[c]:
			k[c] = wAlnum
		case asciiSpace[c]:
			k[c] = wSpace
		}
	}
	return k
}()

// asciiAlnum and asciiSpace classify ASCII bytes as unicode.IsLetter ||
// unicode.IsDigit and unicode.IsSpace do.
var asciiAlnum, asciiSpace = func() (alnum, space [utf8.RuneSelf]bool) {
	for c := range utf8.RuneSelf {
		alnum[c] = unicode.IsLetter(rune(c)) || unicode.IsDigit(rune(c))
		space[c] = unicode.IsSpace(rune(c))
	}
	return alnum, space
}()

// alnumAt reports whether a letter or digit starts at byte j of text.
func alnumAt(text string, j int) bool {
	if j >= len(text) {
		return false
	}
	if c := text[j]; c < utf8.RuneSelf {
		return asciiAlnum[c]
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// possIndex returns the byte index of a possessive suffix ('s, ’s, ‘s) at
// the end of w, or -1.
func possIndex(w string) int {
	if len(w) < 3 || w[len(w)-1] != 's' {
		return -1
	}
	return possIndexSlow(w)
}

// possIndexSlow is possIndex for a word that ends with s: kept apart so
// that possIndex is inlined.
func possIndexSlow(w string) int {
	r, n := utf8.DecodeLastRuneInString(w[:len(w)-1])
	if !isApos(r) {
		return -1
	}
	return len(w) - 1 - n
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

// markSentence sets token.sent for toks[i] when it is a word that opens a
// sentence, a line, or a caption after a colon. boundary says whether a
// word after toks[i-1] would (true for the first token); markSentence
// returns whether a word after toks[i] would. tokenize calls it on every
// token in order, in the loop that annotates them (so toks[i-1] has its
// lists already).
func markSentence(toks []token, i int, boundary bool) bool {
	t := &toks[i]
	if t.nl {
		boundary = true
	}
	if t.word {
		t.sent = boundary
		return false
	}
	switch t.text {
	case "!", "?", ":", "•", "|":
		return true
	case ".":
		if i > 0 && toks[i-1].word && !toks[i-1].poss && toks[i-1].end == t.start &&
			(isInitial(toks[i-1].text) || toks[i-1].is(inAbbrevs)) {
			return boundary
		}
		return true
	case "—", "–":
		if t.nl || i == 0 {
			return true
		}
	}
	// Opening quotes and brackets keep the current state.
	return boundary
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
