package people

import (
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
