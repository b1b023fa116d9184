package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier/dossier/generator/internal/doc"
)

// personInfo is what attribution knows about one person of the source.
type personInfo struct {
	gender byte            // 'm', 'f' or 'x' (unknown)
	roles  map[string]bool // role nouns the text attaches ("rapper", "secretary"); nil when none
	ages   []int           // the ages the people pass found ("Lund, 34,"), for "the 34-year-old said"
}

// addRole records the role noun w, made a string of its own (w may be a
// scratch buffer's bytes).
func (in *personInfo) addRole(w []byte) {
	if in.roles == nil {
		in.roles = map[string]bool{}
	}
	in.roles[string(w)] = true
}

// describePeople gathers each person's gender (from first names and
// honorifics) and role nouns (from Descriptions and from role words written
// right before a mention: "rapper Ada Lund", "press secretary Jane Doe").
// Words are lower-cased into one scratch buffer and looked up from it, so
// only the role nouns found are allocated.
func describePeople(a *doc.Annotated, l *lexicon, raw []rawQuote) []personInfo {
	info := make([]personInfo, len(a.People))
	var buf []byte
	for i, p := range a.People {
		info[i].gender = 'x'
		for _, a := range p.Ages {
			info[i].ages = append(info[i].ages, a.Age)
		}
		for k := -1; k < len(p.Aliases) && info[i].gender == 'x'; k++ {
			f := p.Name
			if k >= 0 {
				f = p.Aliases[k]
			}
			info[i].gender = nameGender(f, f == p.Name, l, &buf)
		}
		for _, d := range p.Descriptions {
			for rest := d.Text; rest != ""; {
				// The words between spaces, commas and slashes.
				n := strings.IndexAny(rest, " ,/")
				if n < 0 {
					n = len(rest)
				}
				if n > 0 {
					buf = appendLower(buf[:0], rest[:n])
					if l.roles[string(buf)] || l.proxyRoles[string(buf)] {
						info[i].addRole(buf)
					}
				}
				rest = rest[min(n+1, len(rest)):]
			}
		}
	}
	if a.Source == nil {
		return info
	}
	text := a.Source.Text
	for _, m := range a.Mentions {
		if m.Person < 0 || m.Person >= len(info) {
			continue
		}
		// Up to three words right before the mention.
		end := m.Start
		for k := 0; k < 3; k++ {
			w, start := prevWord(text, end)
			if w == "" {
				break
			}
			buf = appendLower(buf[:0], w)
			if k == 0 {
				info[m.Person].gender = honorificGender(l, string(trimDot(buf)), info[m.Person].gender)
			}
			if !l.roles[string(buf)] && !l.proxyRoles[string(buf)] {
				break // only role words written right against the name
			}
			info[m.Person].addRole(buf)
			end = start
		}
	}
	pronounGenders(a, info, raw)
	return info
}

// pronounGenders gives a gender to the people whose names and honorifics
// do not tell it, from the pronouns that follow their mentions (rule
// "pronoun-gender-votes"): each he/his/himself votes male and each
// she/hers/herself female for the latest mention before it in the same
// paragraph (within 200 bytes, outside quotation marks) that is not the
// object of a preposition ("grew up in Fort Ambrose"). Object pronouns
// (him, her) are not counted: they mostly point at someone else than the
// clause's subject, and after one, or after told or asked ("told the court
// she…"), the count stops. A person takes a gender when its votes outnumber the
// other's two to one, pooled over the source.
func pronounGenders(a *doc.Annotated, info []personInfo, raw []rawQuote) {
	text := a.Source.Text
	votes := make([][2]int, len(info))
	ms := a.Mentions
	qi := 0
	var buf []byte
	subject := func(m doc.Mention) bool {
		w, _ := prevWord(text, m.Start)
		buf = appendLower(buf[:0], w)
		return !prepositions[string(buf)]
	}
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if m.Person < 0 || m.Person >= len(info) || !subject(m) {
			continue
		}
		end := min(len(text), m.End+200)
		for k := i + 1; k < len(ms) && ms[k].Start < end; k++ {
			if subject(ms[k]) {
				end = ms[k].Start
			}
		}
		if nl := strings.IndexByte(text[m.End:end], '\n'); nl >= 0 {
			end = m.End + nl
		}
		for qi < len(raw) && raw[qi].outer.End <= m.End {
			qi++
		}
		k := qi // the first quotation that may hold or follow j
		for j := m.End; j < end; {
			for k < len(raw) && raw[k].outer.End <= j {
				k++
			}
			if k < len(raw) && raw[k].outer.Start <= j {
				j = raw[k].outer.End // skip quotations
				continue
			}
			c := text[j]
			if !isASCIILetter(c) {
				j++
				continue
			}
			w := j
			for j < end && isASCIILetter(text[j]) {
				j++
			}
			if c|0x20 != 'h' && c|0x20 != 's' && c|0x20 != 't' && c|0x20 != 'a' || j-w > 7 || w > 0 && isASCIILetter(text[w-1]) {
				continue // not a word counted below
			}
			buf = appendLower(buf[:0], text[w:j])
			switch string(buf) {
			case "he", "his", "himself":
				votes[m.Person][0]++
			case "she", "hers", "herself":
				votes[m.Person][1]++
			case "him", "her", "them", "told", "tells", "asked", "asks":
				j = end // another person enters: the pronouns after may be theirs
			}
		}
	}
	for p, v := range votes {
		if info[p].gender != 'x' {
			continue
		}
		switch {
		case v[0] > 0 && v[0] >= 2*v[1]:
			info[p].gender = 'm'
		case v[1] > 0 && v[1] >= 2*v[0]:
			info[p].gender = 'f'
		}
	}
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// nameGender returns the gender of the first given name in a name,
// after any titles and role words ("Fire Chief Ada Lund" → Ada), and not
// its last word (a surname) unless the name is one word and is the
// person's name: 'm', 'f' or 'x'.
func nameGender(f string, isName bool, l *lexicon, buf *[]byte) byte {
	fields := strings.Fields(f)
	for i, w := range fields {
		if i == len(fields)-1 && (i > 0 || !isName) {
			break
		}
		*buf = appendLower((*buf)[:0], w)
		lw := string(trimDot(*buf))
		if l.titles.Has(lw) || l.roles[lw] {
			continue
		}
		if g := l.gender(lw); g != 'x' {
			return g
		}
	}
	return 'x'
}

// honorificGender returns the gender an honorific implies ("Ms" → 'f'),
// or g when w is not one.
func honorificGender(l *lexicon, w string, g byte) byte {
	switch {
	case l.honFemale.Has(w):
		return 'f'
	case l.honMale.Has(w):
		return 'm'
	}
	return g
}

// firstField returns the first of the space-separated fields of s (as
// strings.Fields splits) and whether another follows.
func firstField(s string) (first string, more bool) {
	isSpace := func(r rune) bool { return unicode.IsSpace(r) }
	s = strings.TrimLeftFunc(s, isSpace)
	n := strings.IndexFunc(s, isSpace)
	if n < 0 {
		return s, false
	}
	_, size := utf8.DecodeRuneInString(s[n:])
	return s[:n], strings.TrimLeftFunc(s[n+size:], isSpace) != ""
}

// appendLower appends strings.ToLower(w) to dst, without allocating when w
// is ASCII.
func appendLower(dst []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return append(dst, strings.ToLower(w)...)
		}
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// trimDot is strings.TrimSuffix(b, ".") for bytes.
func trimDot(b []byte) []byte {
	if len(b) > 0 && b[len(b)-1] == '.' {
		return b[:len(b)-1]
	}
	return b
}

// prevWord returns the word ending right before end (after spaces), and its start.
func prevWord(text string, end int) (string, int) {
	i := end
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	j := i
	for j > 0 {
		c := text[j-1]
		if c == ' ' || c == '\n' || c == ',' || c == ';' || c == ':' || c == '(' || c == '"' {
			break
		}
		j--
	}
	if j == i || i-j > 40 {
		return "", end
	}
	return text[j:i], j
}
