package quotes

import (
	"strings"

	"github.com/dossier/dossier/generator/internal/doc"
)

// personInfo is what attribution knows about one person of the source.
type personInfo struct {
	gender byte            // 'm', 'f' or 'x' (unknown)
	roles  map[string]bool // role nouns the text attaches ("rapper", "secretary")
}

// describePeople gathers each person's gender (from first names and
// honorifics) and role nouns (from Descriptions and from role words written
// right before a mention: "rapper Kanye West", "press secretary Jane Doe").
func describePeople(a *doc.Annotated, l *lexicon) []personInfo {
	info := make([]personInfo, len(a.People))
	for i, p := range a.People {
		info[i].gender = 'x'
		info[i].roles = map[string]bool{}
		forms := append([]string{p.Name}, p.Aliases...)
		for _, f := range forms {
			fs := strings.Fields(strings.ToLower(f))
			if len(fs) == 0 {
				continue
			}
			if g, ok := l.honorifics[fs[0]]; ok && g != 'x' {
				info[i].gender = g
				break
			}
			if len(fs) > 1 || f == p.Name {
				switch {
				case l.maleNames[fs[0]] && !l.femaleNames[fs[0]]:
					info[i].gender = 'm'
				case l.femaleNames[fs[0]] && !l.maleNames[fs[0]]:
					info[i].gender = 'f'
				}
			}
		}
		for _, d := range p.Descriptions {
			for _, w := range strings.FieldsFunc(strings.ToLower(d.Text), func(r rune) bool { return r == ' ' || r == ',' || r == '/' }) {
				if l.roles[w] || l.proxyRoles[w] {
					info[i].roles[w] = true
				}
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
			lw := strings.ToLower(w)
			if g, ok := l.honorifics[strings.TrimSuffix(lw, ".")]; ok && k == 0 && g != 'x' {
				info[m.Person].gender = g
			}
			if !l.roles[lw] && !l.proxyRoles[lw] {
				break // only role words written right against the name
			}
			info[m.Person].roles[lw] = true
			end = start
		}
	}
	return info
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
