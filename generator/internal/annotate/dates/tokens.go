package dates

import (
	"encoding/binary"
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

// tokenize splits text into tokens in one pass, appending to toks[:0].
func tokenize(text string, toks []token) []token {
	toks = toks[:0]
	space, newline := true, true
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		} else if r != '\n' && asciiSpace[r] {
			space = true
			i++
			continue
		}
		switch {
		case r == '\n':
			space, newline = true, true
			i += size
			continue
		case unicode.IsSpace(r):
			space = true
			i += size
			continue
		}
		t := token{start: i, space: space, newline: newline}
		switch {
		case r >= '0' && r <= '9':
			t.kind = tNum
			j := i + 1
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				j++
			}
			t.end = j
		case unicode.IsLetter(r):
			t.kind = tWord
			j := i + size
			for j < len(text) {
				if c := text[j]; c < utf8.RuneSelf {
					if !asciiLetter[c] {
						break
					}
					j++
					continue
				}
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r2) {
					break
				}
				j += s2
			}
			t.end = j
		default:
			t.kind = tPunct
			t.end = i + size
		}
		toks = append(toks, t)
		i = t.end
		space, newline = false, false
	}
	markURLs(text, toks)
	return toks
}

// asciiSpace and asciiLetter classify ASCII bytes as unicode.IsSpace and
// unicode.IsLetter do.
var asciiSpace, asciiLetter = func() (space, letter [utf8.RuneSelf]bool) {
	for c := range utf8.RuneSelf {
		space[c] = unicode.IsSpace(rune(c))
		letter[c] = unicode.IsLetter(rune(c))
	}
	return space, letter
}()

// markURLs flags the tokens of URLs, @handles and #hashtags: every token of
// a whitespace-delimited chunk that looks like a link, or a word or number
// glued to a preceding '@' or '#'.
func markURLs(text string, toks []token) {
	for i := 0; i < len(toks); {
		j := i + 1
		for j < len(toks) && !toks[j].space {
			j++
		}
		if j == i+1 {
			// One token: no "://", "www.", slash or glued '@' or '#'.
			i = j
			continue
		}
		chunk := text[toks[i].start:toks[j-1].end]
		if strings.Contains(chunk, "://") || strings.HasPrefix(chunk, "www.") || looksLikeDomainPath(chunk) {
			for k := i; k < j; k++ {
				toks[k].url = true
			}
		} else {
			for k := i; k < j; k++ {
				c := text[toks[k].start]
				if (c == '@' || c == '#') && k+1 < j {
					toks[k].url, toks[k+1].url = true, true
				}
			}
		}
		i = j
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
