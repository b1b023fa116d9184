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
// tokens and the lower-cased text.
type scratch struct {
	toks  []token
	lower []byte
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
		c := text[i]
		r, size := rune(c), 1
		if c < utf8.RuneSelf {
			if asciiSpace[c] {
				space = true
				newline = newline || c == '\n'
				i++
				continue
			}
		} else if r, size = utf8.DecodeRuneInString(text[i:]); unicode.IsSpace(r) {
			space = true
			i += size
			continue
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
		switch {
		case '0' <= c && c <= '9':
			for j < len(text) && '0' <= text[j] && text[j] <= '9' {
				j++
			}
			t.kind = tNum
		case c < utf8.RuneSelf && asciiLetter[c] || c >= utf8.RuneSelf && unicode.IsLetter(r):
			for j < len(text) {
				if asciiLetter[text[j]] {
					j++
					continue
				}
				if text[j] < utf8.RuneSelf {
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

// asciiSpace and asciiLetter classify ASCII bytes as unicode.IsSpace and
// unicode.IsLetter do; asciiLetter is false from 0x80 up, so that a byte
// is looked up without a test for ASCII first.
var asciiSpace, asciiLetter = func() (space [utf8.RuneSelf]bool, letter [256]bool) {
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
