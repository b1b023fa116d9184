package dates

import (
	"strings"
	"unicode"
)

// shingles returns the content words of a summary as crude stems (sorted
// out of stop words, date words and numbers), with the first surface form
// of each stem; expr, the temporal expression, is left out.
func shingles(summary, expr string) (stems []string, surface map[string]string) {
	l := lex()
	if expr != "" {
		summary = strings.Replace(summary, expr, " ", 1)
	}
	surface = map[string]string{}
	words := strings.FieldsFunc(strings.ToLower(summary), func(r rune) bool { return !unicode.IsLetter(r) })
	for _, w := range words {
		if len(w) < 2 || l.stopwords[w] || l.partsOfDay[w] || dateWord(l, w) {
			continue
		}
		st := stem(w)
		if _, ok := surface[st]; ok {
			continue
		}
		surface[st] = w
		stems = append(stems, st)
	}
	return stems, surface
}

// dateWord reports whether w names a month, weekday or calendar unit.
func dateWord(l *lexicon, w string) bool {
	if _, ok := l.months[w]; ok && len(w) > 3 {
		return true
	}
	if _, ok := l.weekdays[w]; ok {
		return true
	}
	if _, ok := unitOf[w]; ok {
		return true
	}
	switch w {
	case "last", "next", "ago", "earlier", "later", "today", "yesterday", "tomorrow", "tonight":
		return true
	}
	return false
}

// stem strips a few inflections: meeting → meet, visited → visit, tours → tour.
func stem(w string) string {
	switch {
	case len(w) > 5 && strings.HasSuffix(w, "ing"):
		return undouble(w[:len(w)-3])
	case len(w) > 7 && strings.HasSuffix(w, "ers"):
		return w[:len(w)-3]
	case len(w) > 6 && strings.HasSuffix(w, "er"):
		return w[:len(w)-2]
	case len(w) > 4 && strings.HasSuffix(w, "ed"):
		return undouble(w[:len(w)-2])
	case len(w) > 4 && strings.HasSuffix(w, "es") && !strings.HasSuffix(w, "ses"):
		return w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	}
	return w
}

// overlap is the overlap coefficient of two stem sets, |a∩b| / min(|a|,|b|),
// with the smaller size floored at 4 so that tiny summaries need more than
// one shared word.
func overlap[T comparable](a, b []T) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	n := 0
	for _, x := range a {
		for _, y := range b {
			if x == y {
				n++
				break
			}
		}
	}
	d := len(a)
	if d < 4 {
		d = 4
	}
	return float64(n) / float64(d)
}

// undouble drops a doubled final consonant left by a suffix: runn → run.
func undouble(w string) string {
	n := len(w)
	if n >= 3 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiouls", rune(w[n-1])) {
		return w[:n-1]
	}
	return w
}
