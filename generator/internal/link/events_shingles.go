package link

import (
	"github.com/dossier/dossier/generator/internal/annotate/dates"
	shared "github.com/dossier/dossier/generator/internal/lexicon"
	"strings"
	"unicode"
	"unicode/utf8"
)

// shingles returns the content words of a summary as crude stems (sorted
// out of stop words, date words and numbers), with the first surface form
// of each stem (surface[i] is the form of stems[i]). The forms share one
// string, and stems are prefixes of them.
func shingles(summary string) (stems, surface []string) {
	type form struct{ start, end, stem int } // in joined
	var scratch [256]byte
	joined := scratch[:0]
	forms := make([]form, 0, 32)
	ws := wordScanner{notContent: dates.NotContentWords(), text: summary}
next:
	for w, ok := ws.next(); ok; w, ok = ws.next() {
		st := w[:shared.StemLen(w)]
		for _, f := range forms {
			if string(joined[f.start:f.stem]) == string(st) {
				continue next
			}
		}
		forms = append(forms, form{len(joined), len(joined) + len(w), len(joined) + len(st)})
		joined = append(joined, w...)
	}
	if len(forms) == 0 {
		return nil, nil
	}
	all, text := make([]string, 2*len(forms)), string(joined)
	stems, surface = all[:len(forms):len(forms)], all[len(forms):]
	for k, f := range forms {
		stems[k], surface[k] = text[f.start:f.stem], text[f.start:f.end]
	}
	return stems, surface
}

// wordScanner reads the content words of a text, lower-cased, in text
// order: each run of letters at least two bytes long that is not a stop
// word, a part of the day or a date word (dates.NotContentWords). Lower-casing each
// run is the same as splitting the lower-cased text
// (TestLowerKeepsLetters), and spares a copy of the text.
type wordScanner struct {
	notContent map[string]bool // dates.NotContentWords
	text       string
	at         int
	scratch    [64]byte
}

// next returns the next content word, valid until the next call; ok is
// false at the end of the text.
func (s *wordScanner) next() (w []byte, ok bool) {
	text := s.text
	start, ascii := -1, true
	for i := s.at; i <= len(text); {
		r, size := ' ', 1
		if i < len(text) {
			if c := text[i]; c < utf8.RuneSelf {
				r = rune(c)
			} else {
				r, size = utf8.DecodeRuneInString(text[i:])
			}
		}
		if r < utf8.RuneSelf && ('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') || r >= utf8.RuneSelf && unicode.IsLetter(r) {
			if start < 0 {
				start, ascii = i, true
			}
			ascii = ascii && r < utf8.RuneSelf
			i += size
			continue
		}
		i += size
		if start < 0 {
			continue
		}
		word := text[start : i-size]
		start = -1
		w = s.scratch[:0]
		if ascii {
			for k := 0; k < len(word); k++ {
				c := word[k]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				w = append(w, c)
			}
		} else {
			w = append(w, strings.ToLower(word)...)
		}
		if len(w) < 2 || s.notContent[string(w)] {
			continue
		}
		s.at = i
		return w, true
	}
	s.at = len(text) + 1
	return nil, false
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
