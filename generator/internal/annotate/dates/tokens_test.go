package dates

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/dossier/dossier/generator/internal/text"
)

// oldTokenize is tokenize as it was before it wrote tokens in place and
// marked links chunk by chunk while splitting: the reference the fuzz
// target below holds the faster one to.
func oldTokenize(text string) []token {
	var toks []token
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
	oldMarkURLs(text, toks)
	return toks
}

// oldMarkURLs is markURLs as it was, run over every chunk of the text.
func oldMarkURLs(text string, toks []token) {
	for i := 0; i < len(toks); {
		j := i + 1
		for j < len(toks) && !toks[j].space {
			j++
		}
		if j == i+1 {
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

// tokenizeCases are texts at the edges of the tokenizer's fast paths.
var tokenizeCases = []string{
	"", " ", "\n", "a", "7", ".", "é", "Tuesday, Dec. 13, 2016 at 10:40am",
	"see https://example.com/a/b?c=1 and www.example.org or example.com/path", "www", "www.", "wwwx.com",
	"@handle #tag #2024 @ # a@b x#y", "naïve café 2016ünd ÜBER", "dates\u00a0with\u2003odd spaces\r\n",
	"4th\u0301 mark", "١٢٣ arabic digits", "a/b", "a:/b", "://", "x.y/z", ".y/z", "x./z",
	"line one\nline two\n\nthird", "\uFFFD2016\uFFFD", "mid-2000s, the '90s, the ’90s",
	strings.Repeat("word ", 40) + "end", "Ab12cD3 ef-gh", "tab\tsep\vvt\ffeed",
}

// sameGrain reports whether tokens a and b split the text alike, links aside.
func sameGrain(a, b []token) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := a[i], b[i]
		x.url, y.url = false, false
		if x != y {
			return false
		}
	}
	return true
}

// TestTokensFromMatchesOld checks that the tokens read from the text layer
// split the text as the package's own tokenizer did.
func TestTokensFromMatchesOld(t *testing.T) {
	for _, s := range tokenizeCases {
		s = strings.ReplaceAll(s, "\r", "") // the loader's line ends
		if got, want := tokensFrom(text.Read(s), nil), oldTokenize(s); !sameGrain(got, want) {
			t.Errorf("tokensFrom(%q):\n got %v\nwant %v", s, got, want)
		}
	}
}

// TestTokensFromLinks checks that links, handles and hashtags are never read as dates.
func TestTokensFromLinks(t *testing.T) {
	s := "see https://example.com/2021/05/03 and @ada2016 #2024 on May 3"
	toks := tokensFrom(text.Read(s), nil)
	var plain []string
	for _, tk := range toks {
		if !tk.url {
			plain = append(plain, tk.text(s))
		}
	}
	if strings.Join(plain, " ") != "see and on May 3" {
		t.Errorf("tokens outside links: %q", plain)
	}
}

// FuzzTokensFrom holds tokensFrom to oldTokenize on any valid text.
//
//	go test ./generator/internal/annotate/dates -run '^$' -fuzz FuzzTokensFrom -fuzztime 30s
func FuzzTokensFrom(f *testing.F) {
	for _, s := range tokenizeCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || strings.Contains(s, "\r") {
			return // the loader hands over valid UTF-8 with "\n" line ends
		}
		if got, want := tokensFrom(text.Read(s), nil), oldTokenize(s); !sameGrain(got, want) {
			t.Fatalf("tokensFrom(%q):\n got %v\nwant %v", s, got, want)
		}
	})
}
