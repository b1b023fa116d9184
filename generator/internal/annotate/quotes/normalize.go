package quotes

import (
	"strings"
	"unicode"
)

// stopWords are dropped before comparing wordings: they vary freely between
// reports of the same words.
var stopWords = map[string]bool{"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "so": true, "uh": true, "um": true, "oh": true}

// words splits a wording into lower-case words without punctuation or
// apostrophes (curly or straight): "We’ve" → "weve".
func words(s string) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			out = append(out, b.String())
			b.Reset()
		}
	}
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		case r == '\'' || r == '’' || r == '‘' || r == 'ʼ':
			// apostrophes join: don't → dont
		default:
			flush()
		}
	}
	flush()
	return out
}

// stem strips common English inflections so that "discussed",
// "discussing" and "discuss" compare equal.
func stem(w string) string {
	switch {
	case len(w) > 5 && strings.HasSuffix(w, "ing"):
		return w[:len(w)-3]
	case len(w) > 4 && strings.HasSuffix(w, "ed"):
		return w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	}
	return w
}

// normTokens returns the stemmed content words of a wording.
func normTokens(s string) []string {
	ws := words(s)
	out := ws[:0]
	for _, w := range ws {
		if stopWords[w] {
			continue
		}
		out = append(out, stem(w))
	}
	return out
}
