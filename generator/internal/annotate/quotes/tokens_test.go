package quotes

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// oldScanASCII is scanASCII as it was before it classified bytes by one
// table lookup: the reference TestScanASCII and FuzzScanASCII hold it to.
func oldScanASCII(text string, i, stop, end int, toks []token) (int, []token) {
	for i < stop && i < end && len(toks) < cap(toks) {
		c := text[i]
		switch {
		case c >= utf8.RuneSelf:
			return i, toks
		case asciiSpace[c]:
			i++
			continue
		case !asciiWord[c] && c != '#' && c != '@' && c != '$':
			toks = toks[:len(toks)+1]
			toks[len(toks)-1].set(tPunct, i, i+1, text[i:i+1])
			i++
			continue
		}
		upper := 'A' <= c && c <= 'Z'
		j := i + 1
		for j < end {
			c2 := text[j]
			if c2 < utf8.RuneSelf && asciiWord[c2] {
				upper = upper || 'A' <= c2 && c2 <= 'Z'
				j++
				continue
			}
			// Inner hyphens and apostrophes (president-elect, don't), and
			// the period of an initial ("U.S").
			if c2 == '-' || c2 == '\'' || c2 == '.' && j+1 < end && isUpperASCII(text[j+1]) && j-i == 1 {
				if j+1 < end && text[j+1] >= utf8.RuneSelf {
					return i, toks // the word may go on beyond ASCII
				}
				if j+1 < end && asciiWord[text[j+1]] {
					j++
					continue
				}
				break
			}
			if c2 >= utf8.RuneSelf {
				return i, toks // the word may go on beyond ASCII
			}
			break
		}
		toks = toks[:len(toks)+1]
		t := &toks[len(toks)-1]
		t.set(tWord, i, j, "")
		t.cap, t.upper = 'A' <= c && c <= 'Z', upper
		i = j
	}
	return i, toks
}

// checkScan compares scanASCII with oldScanASCII on text, whole and with a
// stop and an end inside it, and with little room for tokens.
func checkScan(t *testing.T, text string) {
	t.Helper()
	n := len(text)
	for _, b := range [][3]int{{0, n, n}, {0, n / 2, n}, {0, n, n / 2}, {n / 3, n, n}} {
		for _, room := range []int{n + 1, 3} {
			i1, t1 := scanASCII(text, b[0], b[1], b[2], make([]token, 0, room))
			i2, t2 := oldScanASCII(text, b[0], b[1], b[2], make([]token, 0, room))
			if i1 != i2 || !slices.Equal(t1, t2) {
				t.Fatalf("scanASCII(%q, %v, room %d) = %d %v, want %d %v", text, b, room, i1, t1, i2, t2)
			}
		}
	}
}

var scanCases = []string{
	"", "a", "A", "#", "@x $5 #2024 a#b", "U.S. U.Sa u.S A.B.C president-elect don't rock 'n' roll",
	"THE Wrap TheWrap x-", "x-é", "x'é", "abcé", "tab\there\nnew\r\nline", "a-b-c--d ''a'' -a", ".A", "A.",
	strings.Repeat("Word, word. ", 30),
}

func TestScanASCII(t *testing.T) {
	for _, text := range scanCases {
		checkScan(t, text)
	}
}

// FuzzScanASCII holds scanASCII to oldScanASCII on any text.
//
//	go test ./generator/internal/annotate/quotes -run '^$' -fuzz FuzzScanASCII -fuzztime 30s
func FuzzScanASCII(f *testing.F) {
	for _, s := range scanCases {
		f.Add(s)
	}
	f.Fuzz(checkScan)
}
