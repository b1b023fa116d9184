package people

import "strings"

// What the cross-source linking of people (link.LinkPeople) reads of this
// package's per-source work: how names are normalized and compared, the
// name lexicon, and the curated registry.

// NormKey is the normalized form of a name that people are matched by:
// lower case, honorifics' dots and punctuation dropped, single spaces.
func NormKey(s string) string { return normKey(s) }

// Slug turns a name into a lowercase ASCII id: "Ada Lund" → "ada-lund"
// ("person" when nothing is left); curated entries without an id take it,
// and link makes the ids of the other people from it.
func Slug(name string) string { return slug(name) }

// slug turns a name into a lowercase ASCII id: "Ada Lund" → "ada-lund".
func slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		if f, ok := fold[r]; ok {
			r = f
		}
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		case r == '\'' || r == '’' || r == '‘' || r == '.':
			// "O'Donnell" → "odonnell", "J.K." → "jk"
		default:
			dash = true
		}
	}
	if b.Len() == 0 {
		return "person"
	}
	return b.String()
}

// fold maps accented Latin letters to ASCII.
var fold = map[rune]rune{
	'à': 'a', 'á': 'a', 'â': 'a', 'ã': 'a', 'ä': 'a', 'å': 'a', 'ā': 'a', 'ą': 'a', 'ç': 'c', 'ć': 'c', 'č': 'c',
	'è': 'e', 'é': 'e', 'ê': 'e', 'ë': 'e', 'ē': 'e', 'ę': 'e', 'ě': 'e', 'ì': 'i', 'í': 'i', 'î': 'i', 'ï': 'i',
	'ī': 'i', 'ı': 'i', 'ñ': 'n', 'ń': 'n', 'ň': 'n', 'ò': 'o', 'ó': 'o', 'ô': 'o', 'õ': 'o', 'ö': 'o', 'ø': 'o',
	'ō': 'o', 'ő': 'o', 'ù': 'u', 'ú': 'u', 'û': 'u', 'ü': 'u', 'ū': 'u', 'ů': 'u', 'ű': 'u', 'ý': 'y', 'ÿ': 'y',
	'ž': 'z', 'ź': 'z', 'ż': 'z', 'š': 's', 'ś': 's', 'ş': 's', 'ł': 'l', 'ř': 'r', 'ğ': 'g', 'đ': 'd', 'ð': 'd',
	'ß': 's', 'æ': 'a', 'œ': 'o', 'þ': 't',
}

// Subsequence reports whether the words of short appear in long in the
// same order, not necessarily next to each other ("ada lund" in "ada j
// lund").
func Subsequence(short, long []string) bool { return subseq(short, long) }

// SuffixWord reports whether w, a word of a normalized key, is a name
// suffix ("jr", "iii").
func SuffixWord(w string) bool { return lex().suffixes.has(strings.ToUpper(w[:1]) + w[1:]) }

// GivenVariants reports whether the lowercase given names a and b may be
// one person's: one a prefix of the other of three letters or more
// ("theo", "theodora"), or one line of diminutives.txt holding both
// ("sandy", "alexander"); and their usual sexes do not differ.
func GivenVariants(a, b string) bool { return lex().variants(a, b) }

// DescriptionWord reports whether a lowercase word of a description says
// something about who a person is: a role or title, or a longer word that
// is not a common English one.
func DescriptionWord(w string) bool {
	l := lex()
	return l.roles.has(w) || l.titles.has(w) || len(w) > 3 && !l.common.has(w)
}

// Match returns the id of the curated entry a normalized name (NormKey)
// belongs to, or "" (also for a nil registry).
func (r *Registry) Match(key string) string { return r.index().entryOf(key) }

// Lookup returns the curated entry with the id.
func (r *Registry) Lookup(id string) (Entry, bool) { return r.index().entry(id) }

// KeptApart reports whether the curated person id must be kept apart from
// a normalized name (the entry's Split).
func (r *Registry) KeptApart(id, key string) bool { return r.index().splitFrom(id, key) }
