package dates

import (
	"encoding/binary"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
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

// tokenize splits text into tokens in one pass, appending to toks[:0], and
// marks the tokens of links (see markChunk).
func tokenize(text string, toks []token) []token {
	toks = toks[:0]
	if need := len(text)/4 + 16; cap(toks) < need {
		toks = make([]token, 0, need)
	}
	space, newline := true, true
	// A chunk is a run of tokens with no white space between them. Only
	// a chunk with a '/', '@' or '#' or one that starts with "www" can
	// be a link (markChunk), so only those are looked at again.
	chunk, linky := 0, false
	for i := 0; i < len(text); {
		// One table lookup classifies a byte of ASCII; a byte beyond is
		// decoded.
		c := text[i]
		class := byteClass[c]
		r, size := rune(c), 1
		switch class {
		case bSpace:
			space = true
			i++
			continue
		case bNewline:
			space, newline = true, true
			i++
			continue
		case bBeyond:
			if r, size = utf8.DecodeRuneInString(text[i:]); unicode.IsSpace(r) {
				space = true
				i += size
				continue
			}
			if unicode.IsLetter(r) {
				class = bLetter
			}
		}
		if space {
			if linky {
				markChunk(text, toks[chunk:])
			}
			chunk, linky = len(toks), false
		}
		// The token is written in place, field by field: a token built
		// aside and appended is copied once more.
		if len(toks) == cap(toks) {
			toks = slices.Grow(toks, 1)
		}
		toks = toks[:len(toks)+1]
		t := &toks[len(toks)-1]
		t.start, t.space, t.newline, t.url = i, space, newline, false
		space, newline = false, false
		j := i + size
		switch class {
		case bDigit:
			for j < len(text) && byteClass[text[j]] == bDigit {
				j++
			}
			t.kind = tNum
		case bLetter:
			for j < len(text) {
				next := byteClass[text[j]]
				if next == bLetter {
					j++
					continue
				}
				if next != bBeyond {
					break
				}
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r2) {
					break
				}
				j += s2
			}
			t.kind = tWord
			linky = linky || j-i == 3 && len(toks)-1 == chunk && text[i:j] == "www"
		default:
			t.kind = tPunct
			linky = linky || c == '/' || c == '@' || c == '#'
		}
		t.end = j
		i = j
	}
	if linky {
		markChunk(text, toks[chunk:])
	}
	return toks
}

// The classes of bytes for tokenize.
const (
	bOther   uint8 = iota // ASCII punctuation and symbols
	bSpace                // ASCII white space but a line break
	bNewline              // '\n'
	bLetter               // A to Z, a to z
	bDigit                // 0 to 9
	bBeyond               // 0x80 and up: part of a multi-byte rune (or invalid)
)

// byteClass classifies bytes for tokenize, as unicode.IsSpace and
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

// asciiSpace and asciiLetter classify ASCII bytes as unicode.IsSpace and
// unicode.IsLetter do.
var asciiSpace, asciiLetter = func() (space, letter [utf8.RuneSelf]bool) {
	for c := range utf8.RuneSelf {
		space[c] = unicode.IsSpace(rune(c))
		letter[c] = unicode.IsLetter(rune(c))
	}
	return space, letter
}()

// markChunk flags the tokens of a URL, @handle or #hashtag in chunk, the
// tokens of a whitespace-delimited stretch of text: all of them when the
// chunk looks like a link, else a word or number glued to a preceding '@'
// or '#' and that mark.
func markChunk(text string, chunk []token) {
	if len(chunk) < 2 {
		return // one token: no "://", "www.", slash or glued '@' or '#'
	}
	s := text[chunk[0].start:chunk[len(chunk)-1].end]
	if strings.Contains(s, "://") || strings.HasPrefix(s, "www.") || looksLikeDomainPath(s) {
		for k := range chunk {
			chunk[k].url = true
		}
		return
	}
	for k := 0; k+1 < len(chunk); k++ {
		if c := text[chunk[k].start]; c == '@' || c == '#' {
			chunk[k].url, chunk[k+1].url = true, true
		}
	}
}

// looksLikeDomainPath reports whether chunk is "host.tld/path".
func looksLikeDomainPath(chunk string) bool {
	slash := strings.IndexByte(chunk, '/')
	if slash <= 0 {
		return false
	}
	dot := strings.IndexByte(chunk[:slash], '.')
	return dot > 0 && dot < slash-1
}

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
