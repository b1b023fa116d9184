package dates

import (
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"
)

// oldClauseBreaks is clauseBreaks as it was before it skipped the bytes
// that cannot start a break: it decodes every rune. It is the reference
// FuzzClauses holds clauseBreaks to.
func oldClauseBreaks(text string, sent, protect rng) []rng {
	var out []rng
	for i := sent.start; i < sent.end; {
		r, size := utf8.DecodeRuneInString(text[i:])
		brk := false
		switch r {
		case ';', '|', '—', '–':
			brk = true
		case ',':
			brk = spaceAt(text, i+1) > 0
		case ':':
			brk = i+1 < sent.end && (text[i+1] == ' ' || text[i+1] == '\'' || text[i+1] == '"')
		case '-':
			brk = i > sent.start && text[i-1] == ' ' && i+1 < sent.end && text[i+1] == ' '
		}
		if brk && (i+size <= protect.start || i >= protect.end) {
			out = append(out, rng{i, i + size})
		}
		i += size
	}
	return out
}

// oldWordCount is wordCount as it was, reading every rune with range.
func oldWordCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		l := unicode.IsLetter(r) || unicode.IsDigit(r)
		if l && !in {
			n++
		}
		in = l
	}
	return n
}

var clauseCases = []string{
	"", "a", "One, two; three: four — five – six | seven - eight",
	"at 10:40 the vote, which failed,was held: 'no' he said:\"yes\"", "—", "–x", "\xe2\x80", "\xe2,\xe2\x80\x94",
	"naïve 2016ünd ÜBER, café; ١٢٣ ok", "a -b - c- d", "x,\u00a0y, z,\tw,\nv",
}

// checkClauses compares clauseBreaks and wordCount with the old ones on
// text, over the whole text and over pieces of it, with protected ranges
// around and across the breaks.
func checkClauses(t *testing.T, text string) {
	if got, want := wordCount(text), oldWordCount(text); got != want {
		t.Fatalf("wordCount(%q) = %d, want %d", text, got, want)
	}
	n := len(text)
	for _, sent := range []rng{{0, n}, {min(1, n), n}, {0, n / 2}, {n / 3, n - n/3}} {
		for _, protect := range []rng{{0, 0}, {n / 2, n/2 + 3}, {0, n}, {n / 4, n / 3}} {
			got, want := clauseBreaks(text, sent, protect), oldClauseBreaks(text, sent, protect)
			if !slices.Equal(got, want) {
				t.Fatalf("clauseBreaks(%q, %v, %v) = %v, want %v", text, sent, protect, got, want)
			}
		}
	}
}

func TestClausesMatchOld(t *testing.T) {
	for _, text := range append(slices.Clone(clauseCases), tokenizeCases...) {
		checkClauses(t, text)
	}
}

// FuzzClauses holds clauseBreaks and wordCount to the old ones.
//
//	go test ./generator/internal/annotate/dates -run '^$' -fuzz FuzzClauses -fuzztime 30s
func FuzzClauses(f *testing.F) {
	for _, s := range clauseCases {
		f.Add(s)
	}
	f.Fuzz(checkClauses)
}
