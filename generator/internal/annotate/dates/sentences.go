package dates

import (
	"sort"
	"unicode"
	"unicode/utf8"
)

// A rng is a half-open byte range of the text.
type rng struct{ start, end int }

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// trimRange trims white space and list bullets from both ends of text[s:e].
func trimRange(text string, s, e int) (int, int) {
	for s < e {
		r, size := utf8.DecodeRuneInString(text[s:])
		if !unicode.IsSpace(r) && r != '•' && r != '*' {
			break
		}
		s += size
	}
	for e > s {
		r, size := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= size
	}
	return s, e
}

// sentenceAt returns the index of the sentence containing offset, or -1.
func sentenceAt(sents []rng, offset int) int {
	i := sort.Search(len(sents), func(i int) bool { return sents[i].end > offset })
	if i < len(sents) && sents[i].start <= offset {
		return i
	}
	return -1
}

// clauseBreaks lists the byte offsets inside sent where a clause ends:
// semicolons, colons (not in "10:40"), dashes, pipes and commas, skipping
// any that fall inside the protected range (the temporal expression).
func clauseBreaks(text string, sent, protect rng) []rng {
	var out []rng
	// Only the bytes of clauseByte can start a break, and none of them is
	// inside a rune of several bytes: the others are skipped undecoded.
	for i := sent.start; i < sent.end; i++ {
		c := text[i]
		if !clauseByte[c] {
			continue
		}
		size, brk := 1, false
		switch c {
		case ';', '|':
			brk = true
		case ',':
			brk = spaceAt(text, i+1) > 0
		case ':':
			brk = i+1 < sent.end && (text[i+1] == ' ' || text[i+1] == '\'' || text[i+1] == '"')
		case '-':
			brk = i > sent.start && text[i-1] == ' ' && i+1 < sent.end && text[i+1] == ' '
		default: // the lead byte of '—' and '–'
			var r rune
			r, size = utf8.DecodeRuneInString(text[i:])
			brk = r == '—' || r == '–'
		}
		if brk && (i+size <= protect.start || i >= protect.end) {
			out = append(out, rng{i, i + size})
		}
	}
	return out
}

// clauseByte holds the first bytes of the runes that can end a clause.
var clauseByte = func() (b [256]bool) {
	for _, r := range ";|,:-—–" {
		b[string(r)[0]] = true
	}
	return b
}()

// wordCount counts the words (runs of letters and digits) of s.
func wordCount(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		var l bool
		if c := s[i]; c < utf8.RuneSelf {
			l = asciiAlnum[c]
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			l = unicode.IsLetter(r) || unicode.IsDigit(r)
			i += size
		}
		if l && !in {
			n++
		}
		in = l
	}
	return n
}

// asciiAlnum holds the ASCII letters and digits.
var asciiAlnum = func() (a [utf8.RuneSelf]bool) {
	for c := range utf8.RuneSelf {
		a[c] = unicode.IsLetter(rune(c)) || unicode.IsDigit(rune(c))
	}
	return a
}()

// spaceAt returns the byte length of the white-space rune at i (a no-break
// space included), or 0.
func spaceAt(text string, i int) int {
	if i >= len(text) {
		return 0
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	if unicode.IsSpace(r) {
		return size
	}
	return 0
}
