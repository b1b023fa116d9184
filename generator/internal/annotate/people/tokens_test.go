package people

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// headlineLines is how Find marked the lines written in title case before
// tokenize did it (token.head): in a pass of its own over the tokens, by
// line number. It is the reference TestHead and FuzzHead hold head to.
func headlineLines(toks []token) []bool {
	if len(toks) == 0 {
		return nil
	}
	out := make([]bool, toks[len(toks)-1].line+1)
	long, caps := 0, 0
	for k := range toks {
		t := &toks[k]
		if t.word && len(t.text) >= 4 && (t.ascii || utf8.RuneCountInString(t.text) >= 4) {
			long++
			if t.upper {
				caps++
			}
		}
		if k+1 < len(toks) && toks[k+1].line == t.line {
			continue
		}
		if long >= 3 && caps*4 >= long*3 && t.text != "." {
			out[t.line] = true
		}
		long, caps = 0, 0
	}
	return out
}

// checkHead compares the tokens' head marks with headlineLines. It reuses
// buf, as Find does, so that marks left from an earlier text would show.
func checkHead(t *testing.T, text string, buf []token) []token {
	t.Helper()
	toks := tokenize(text, lex(), buf[:0])
	heads := headlineLines(toks)
	for k := range toks {
		if toks[k].head != heads[toks[k].line] {
			t.Fatalf("token %d (%q, line %d) of %q: head %v, want %v", k, toks[k].text, toks[k].line, text, toks[k].head, heads[toks[k].line])
		}
	}
	return toks
}

var headCases = []string{
	"", "A", "Anna Berg Meets The Mayor Of Springfield\nThe mayor said so.",
	"Three Long Words\nFour Words Each Capitalized.\nOnly three Capitalized Words here\nÉlodie Ünal Über Äther",
	"Markets Rally Again Today\n\n\nnext line\nLast Line Ends Here Without",
	strings.Repeat("Word Word Word\n", 20) + "lower case line with words",
}

func TestHead(t *testing.T) {
	var buf []token
	for _, text := range headCases {
		buf = checkHead(t, text, buf)
	}
	for _, d := range synthDocs(50) {
		buf = checkHead(t, d.Source.Text, buf)
	}
}

// FuzzHead holds token.head to headlineLines on any text.
//
//	go test ./generator/internal/annotate/people -run '^$' -fuzz FuzzHead -fuzztime 30s
func FuzzHead(f *testing.F) {
	for _, s := range headCases {
		f.Add(s)
	}
	var buf []token
	f.Fuzz(func(t *testing.T, text string) {
		buf = checkHead(t, headCases[2], buf) // leave marks in buf
		buf = checkHead(t, text, buf)
	})
}

// checkFields checks the fields split derives from a word's bytes against
// their definitions.
func checkFields(t *testing.T, text string) {
	t.Helper()
	for _, tk := range tokenize(text, lex(), nil) {
		if !tk.word {
			continue
		}
		r, _ := utf8.DecodeRuneInString(tk.text)
		hasUpper := strings.ContainsFunc(tk.text, func(r rune) bool { return 'A' <= r && r <= 'Z' })
		if tk.caps != allCaps(tk.text) || tk.hasUpper != hasUpper || tk.upper != unicode.IsUpper(r) {
			t.Fatalf("word %q of %q: caps %v, hasUpper %v, upper %v", tk.text, text, tk.caps, tk.hasUpper, tk.upper)
		}
	}
}

var fieldCases = []string{
	"NPR NPR's Npr's NPr's N.P.R. JFK-era AB-CD Ab-CD ab-CD O'NEIL O'Neil X9 X9Y 9X A1B2 a",
	"ÉLODIE Élodie ÉL CAFÉ's café NPR’s IBM–AT", "I a A Mr MR MRs",
}

func TestFields(t *testing.T) {
	for _, text := range append(fieldCases, headCases...) {
		checkFields(t, text)
	}
}

// FuzzFields checks the word fields of any text's tokens.
//
//	go test ./generator/internal/annotate/people -run '^$' -fuzz FuzzFields -fuzztime 30s
func FuzzFields(f *testing.F) {
	for _, s := range fieldCases {
		f.Add(s)
	}
	f.Fuzz(checkFields)
}

// oldSplitASCII is splitASCII as it was before it or-ed the classes of a
// word's bytes and classified bytes by one table lookup: the reference
// TestSplitASCII and FuzzSplitASCII hold it to.
func oldSplitASCII(text string, i int, toks []token, st *splitState) (int, []token) {
	line, nl, space, upperBytes := st.line, st.nl, st.space, st.upperBytes
	for i < len(text) && len(toks) < cap(toks) {
		c := text[i]
		if c >= utf8.RuneSelf {
			break
		}
		if c == '\n' {
			line++
			nl, space = true, true
			i++
			continue
		}
		if asciiSpace[c] {
			space = true
			i++
			continue
		}
		j := i + 1
		caps, small := 0, 0
		if asciiAlnum[c] {
			// A word: letters and digits with inner hyphens and apostrophes.
			if 'A' <= c && c <= 'Z' {
				caps++
			} else if 'a' <= c && c <= 'z' {
				small++
			}
			for j < len(text) {
				c2 := text[j]
				if k := oldASCIIWord[c2]; k != 0 {
					caps += int(k>>1) & 1
					small += int(k >> 2)
					j++
					continue
				}
				if (c2 == '-' || c2 == '\'') && j+1 < len(text) && oldASCIIWord[text[j+1]] != 0 {
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
		t.poss, t.word, t.ascii = false, asciiAlnum[c], true
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
			small-- // the suffix's s
		}
		t.text = text[i:t.end]
		t.hasUpper = caps > 0
		t.upper = 'A' <= c && c <= 'Z'
		t.caps = small == 0 && caps >= 2
		if t.hasUpper {
			upperBytes += len(t.text)
		}
		i = j
	}
	st.line, st.nl, st.space, st.upperBytes = line, nl, space, upperBytes
	return i, toks
}

// oldASCIIWord is the table oldSplitASCII read: 0 for every byte that is
// not an ASCII letter or digit.
var oldASCIIWord = func() (k [256]uint8) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case 'A' <= c && c <= 'Z':
			k[c] = wAlnum | wCap
		case 'a' <= c && c <= 'z':
			k[c] = wAlnum | wSmall
		case asciiAlnum[c]:
			k[c] = wAlnum
		}
	}
	return k
}()

// checkSplitASCII compares splitASCII with oldSplitASCII on text, from its
// start and from its middle, with room for all tokens and for few.
func checkSplitASCII(t *testing.T, text string) {
	t.Helper()
	for _, from := range []int{0, len(text) / 2} {
		for _, room := range []int{len(text) + 1, 2} {
			st1 := splitState{line: 3, nl: true}
			st2 := st1
			i1, t1 := splitASCII(text, from, make([]token, 0, room), &st1)
			i2, t2 := oldSplitASCII(text, from, make([]token, 0, room), &st2)
			if i1 != i2 || st1 != st2 || !slices.Equal(t1, t2) {
				t.Fatalf("splitASCII(%q, %d, room %d) = %d %+v %+v, want %d %+v %+v", text, from, room, i1, st1, t1, i2, st2, t2)
			}
		}
	}
}

var splitCases = []string{
	"", "a", "A", "\n", "NPR's Npr's O'Neil-O'Neil x- -x 'x x' ab's a's", "Jean-Luc\nvan der Berg\tIII, 45.",
	"naïve", "x-é", "x'é", "abc\u00a0def", "A1 1A 2016 JFK JFK's IBM-PC", "MR. SMITH Mr. Smith",
}

func TestSplitASCII(t *testing.T) {
	for _, text := range append(splitCases, fieldCases...) {
		checkSplitASCII(t, text)
	}
}

// FuzzSplitASCII holds splitASCII to oldSplitASCII on any text.
//
//	go test ./generator/internal/annotate/people -run '^$' -fuzz FuzzSplitASCII -fuzztime 30s
func FuzzSplitASCII(f *testing.F) {
	for _, s := range splitCases {
		f.Add(s)
	}
	f.Fuzz(checkSplitASCII)
}
