// Package slug turns titles and names into URL path segments.
package slug

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Make returns a lowercase ASCII slug of s: letters and digits, words joined
// by single hyphens, accents removed ("Beyoncé Knowles" → "beyonce-knowles").
// It is cut at a word boundary to at most max bytes (max <= 0: no limit).
// The result never contains a path separator or a dot, so it is always a
// safe file name; it is "" when s has no letters or digits.
func Make(s string, max int) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFKD.String(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
			dash = false
		case r >= 'A' && r <= 'Z':
			b.WriteRune(unicode.ToLower(r))
			dash = false
		case fold[unicode.ToLower(r)] != "":
			b.WriteString(fold[unicode.ToLower(r)])
			dash = false
		case unicode.Is(unicode.Mn, r), r == '\'', r == '’', r == '‘':
			// Combining marks and apostrophes vanish: "O'Donnell" → "odonnell".
		default:
			if b.Len() > 0 && !dash {
				b.WriteByte('-')
				dash = true
			}
		}
	}
	out := strings.TrimSuffix(b.String(), "-")
	if max > 0 && len(out) > max {
		out = out[:max]
		if i := strings.LastIndexByte(out, '-'); i > max/2 {
			out = out[:i]
		}
		out = strings.TrimSuffix(out, "-")
	}
	return out
}

// fold spells the Latin letters that do not decompose into a base letter
// and an accent.
var fold = map[rune]string{'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'ł': "l", 'đ': "d", 'ð': "d", 'þ': "th", 'ı': "i"}

// Outlet is the folded form of an outlet's name, under which its forms
// are one outlet: case, punctuation and a leading "the" do not matter ("The
// Herald", "the Herald", "Herald"). It is "" for a name without letters or
// digits.
func Outlet(name string) string {
	return strings.TrimPrefix(Make(name, 60), "the-")
}

// Reserved reports whether id, as the name of a page file (id.md), would
// mean something else to Hugo: index.md turns its folder into a leaf
// bundle, a single page that swallows the section's other pages, and
// _index.md is the section's own page. (A section's name inside another
// section, content/people/sources.md, is an ordinary page.)
func Reserved(id string) bool {
	return id == "index" || id == "_index"
}

// Avoid returns id, or when id is Reserved, id with the suffix "-2"
// ("index" → "index-2"), which is not.
func Avoid(id string) string {
	if Reserved(id) {
		return id + "-2"
	}
	return id
}

// Unique returns s, or s with the smallest suffix "-2", "-3", … that is not
// yet in taken and not Reserved, and records the result in taken.
func Unique(s string, taken map[string]bool) string {
	out := s
	for n := 2; taken[out] || Reserved(out); n++ {
		out = s + "-" + itoa(n)
	}
	taken[out] = true
	return out
}

func itoa(n int) string {
	var buf [20]byte
	i := len(buf)
	for n > 0 || i == len(buf) {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	return string(buf[i:])
}
