package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// stopWords are dropped before comparing wordings: they vary freely between
// reports of the same words.
var stopWords = map[string]bool{"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "so": true, "uh": true, "um": true, "oh": true}

// words splits a wording into lower-case words without punctuation or
// apostrophes (curly or straight): "We’ve" → "weve".
func words(s string) []string {
	// The lower-case words are written one after the other into one
	// buffer, and sliced out of it as one string: one allocation a wording.
	var buf []byte
	var ends []int
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		case r == '\'' || r == '’' || r == '‘' || r == 'ʼ':
			// apostrophes join: don't → dont
		default:
			if len(ends) == 0 && len(buf) > 0 || len(ends) > 0 && ends[len(ends)-1] < len(buf) {
				ends = append(ends, len(buf))
			}
		}
	}
	if len(ends) == 0 && len(buf) > 0 || len(ends) > 0 && ends[len(ends)-1] < len(buf) {
		ends = append(ends, len(buf))
	}
	if len(ends) == 0 {
		return nil
	}
	all := string(buf)
	out := make([]string, len(ends))
	start := 0
	for i, e := range ends {
		out[i] = all[start:e]
		start = e
	}
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
	return normWords(words(s))
}

// normWords returns the stemmed content words of ws, in a new slice.
func normWords(ws []string) []string {
	out := make([]string, 0, len(ws))
	for _, w := range ws {
		if stopWords[w] {
			continue
		}
		out = append(out, stem(w))
	}
	return out
}
