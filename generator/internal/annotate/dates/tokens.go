package dates

import (
	"encoding/binary"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dossier/dossier/generator/internal/text"
)

// tokKind classifies a token.
type tokKind uint8

const (
	tWord  tokKind = iota // a run of letters
	tNum                  // a run of ASCII digits
	tPunct                // any other single non-space rune
)

// A token is a word, number or punctuation rune of the text, by byte offsets.
type token struct {
	start, end int
	kind       tokKind
	space      bool // whitespace (or the start of the text) precedes it
	newline    bool // a line break precedes it
	url        bool // part of a URL, a @handle or a #hashtag: never a date
}

// scratch is what a scan of one text needs and no annotation keeps: the
// tokens, the lower-cased text and the sentences.
type scratch struct {
	toks  []token
	lower []byte
	sents []rng
}

// scratchPool recycles scratch space between texts.
var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// lowerASCII appends text to dst[:0] with ASCII capitals lower-cased and
// every other byte as it is. It works eight bytes at a time: it runs over
// every text Find reads.
func lowerASCII(dst []byte, text string) []byte {
	dst = append(dst[:0], text...)
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	k := 0
	for ; k+8 <= len(dst); k += 8 {
		x := binary.LittleEndian.Uint64(dst[k:])
		// Per byte, with its top bit cleared so that sums stay in the
		// byte: the top bit of h+(0x80-'A') is set from 'A' up, that of
		// h+(0x80-'Z'-1) from past 'Z' up; bytes with the top bit set
		// are no capitals.
		h := x &^ highs
		upper := (h + (0x80-'A')*ones) &^ (h + (0x80-'Z'-1)*ones) &^ x & highs
		binary.LittleEndian.PutUint64(dst[k:], x|upper>>2) // 0x80>>2 is 'a'-'A'
	}
	for ; k < len(dst); k++ {
		if c := dst[k]; 'A' <= c && c <= 'Z' {
			dst[k] = c + 'a' - 'A'
		}
	}
	return dst
}

// tokensFrom returns the tokens of the reading t at the grain the
// expression forms read, appended to toks[:0]: each token of the text
// layer split further into runs of letters, runs of digits and single
// other runes ("9:04" is 9, ":", 04; "p.m." is p, ".", m, "."; "'s" is ',
// s), so that "Mar. 4" and "10:40am" read as their parts. The text
// layer's links, @handles and #hashtags are marked as such, never dates.
func tokensFrom(t *text.Text, toks []token) []token {
	toks = toks[:0]
	if need := len(t.Src)/4 + 16; cap(toks) < need {
		toks = make([]token, 0, need)
	}
	src := t.Src
	// a space (and line start) the text layer kept inside a symbol token,
	// before the next token
	pending, pendingLine := false, false
	for _, tt := range t.Tokens {
		space, newline := tt.Flags&text.SpaceBefore != 0 || pending, tt.Flags&text.LineStart != 0 || pendingLine
		pending, pendingLine = false, false
		url := tt.Kind == text.URL || tt.Kind == text.Handle || tt.Kind == text.Hashtag
		for i := tt.Start; i < tt.End; {
			c := src[i]
			class := byteClass[c]
			size := 1
			if class == bBeyond {
				var r rune
				if r, size = utf8.DecodeRuneInString(src[i:]); unicode.IsSpace(r) {
					space = true // a space the text layer keeps in a symbol
					i += size
					continue
				}
				if unicode.IsLetter(r) {
					class = bLetter
				}
			} else if class == bSpace || class == bNewline {
				space = true
				i++
				continue
			}
			j, kind := runEnd(src, i+size, tt.End, class)
			// A run of letters or digits the text layer split between two
			// of its tokens ("000A" and "ï…") is one run here, as it is
			// for the expression forms.
			if n := len(toks); n > 0 && kind != tPunct && !space && toks[n-1].end == i && toks[n-1].kind == kind {
				toks[n-1].end = j
				toks[n-1].url = toks[n-1].url || url // "#A" and "Ō": one hashtag word
				i = j
				continue
			}
			toks = append(toks, token{start: i, end: j, kind: kind, space: space, newline: newline, url: url})
			space, newline = false, false
			i = j
		}
		pending, pendingLine = space, newline
	}
	return toks
}

// runEnd returns the end of the run of one class whose first rune ends at
// j, within a text token ending at end, and its kind:
// digits, letters, or a single other rune.
func runEnd(src string, j, end int, class uint8) (int, tokKind) {
	switch class {
	case bDigit:
		for j < end && byteClass[src[j]] == bDigit {
			j++
		}
		return j, tNum
	case bLetter:
		for j < end {
			next := byteClass[src[j]]
			if next == bLetter {
				j++
				continue
			}
			if next != bBeyond {
				break
			}
			r, size := utf8.DecodeRuneInString(src[j:])
			if !unicode.IsLetter(r) {
				break
			}
			j += size
		}
		return j, tWord
	}
	return j, tPunct
}

// The classes of bytes for tokensFrom.
const (
	bOther   uint8 = iota // ASCII punctuation and symbols
	bSpace                // ASCII white space but a line break
	bNewline              // '\n'
	bLetter               // A to Z, a to z
	bDigit                // 0 to 9
	bBeyond               // 0x80 and up: part of a multi-byte rune (or invalid)
)

// byteClass classifies bytes for tokensFrom, as unicode.IsSpace and
// unicode.IsLetter classify ASCII.
var byteClass = func() (k [256]uint8) {
	for c := range 256 {
		switch {
		case c >= utf8.RuneSelf:
			k[c] = bBeyond
		case c == '\n':
			k[c] = bNewline
		case unicode.IsSpace(rune(c)):
			k[c] = bSpace
		case unicode.IsLetter(rune(c)):
			k[c] = bLetter
		case '0' <= c && c <= '9':
			k[c] = bDigit
		}
	}
	return k
}()

// text returns the token's text.
func (t token) text(src string) string { return src[t.start:t.end] }

// isCap reports whether a word token starts with an upper-case letter.
func isCap(src string, t token) bool {
	if t.kind != tWord {
		return false
	}
	r, _ := utf8.DecodeRuneInString(src[t.start:])
	return unicode.IsUpper(r)
}

// isApostrophe reports whether a punctuation token is ' or ’.
func isApostrophe(s string) bool { return s == "'" || s == "’" || s == "‘" }

// asciiSpace and asciiLetter classify ASCII bytes as unicode.IsSpace and
// unicode.IsLetter do.
var asciiSpace, asciiLetter = func() (space, letter [utf8.RuneSelf]bool) {
	for c := range utf8.RuneSelf {
		space[c] = unicode.IsSpace(rune(c))
		letter[c] = unicode.IsLetter(rune(c))
	}
	return space, letter
}()

// looksLikeDomainPath reports whether chunk is "host.tld/path".
func looksLikeDomainPath(chunk string) bool {
	slash := strings.IndexByte(chunk, '/')
	if slash <= 0 {
		return false
	}
	dot := strings.IndexByte(chunk[:slash], '.')
	return dot > 0 && dot < slash-1
}
