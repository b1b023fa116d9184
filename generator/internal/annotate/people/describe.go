package people

import (
	"sort"
	"strings"

	"github.com/dossier/dossier/generator/internal/doc"
)

// describe attaches roles, appositives and stated ages to people.
// f.ments is sorted and parallel to mentions.
func (f *finder) describe(people []doc.Person, mentions []doc.Mention) {
	toks := f.toks
	seenDesc := map[[2]int]bool{}
	addDesc := func(p, a, b int, why doc.Why) {
		k := [2]int{p, toks[a].start}
		if seenDesc[k] {
			return
		}
		seenDesc[k] = true
		people[p].Descriptions = append(people[p].Descriptions, doc.Description{
			Span: doc.Span{Start: toks[a].start, End: toks[b].end},
			Text: f.src[toks[a].start:toks[b].end],
			Why:  why,
		})
	}
	addAge := func(p, k, age int, why doc.Why) {
		for _, a := range people[p].Ages {
			if a.Start == toks[k].start {
				return
			}
		}
		people[p].Ages = append(people[p].Ages, doc.Age{Span: doc.Span{Start: toks[k].start, End: toks[k].end}, Age: age, Why: why})
	}
	for mi, m := range f.ments {
		p := mentions[mi].Person
		if a, b, ok := f.preRole(m.i); ok {
			addDesc(p, a, b, doc.Because(doc.High, "role-before-name"))
		} else if a, ok := f.preTitle(m.i); ok {
			addDesc(p, a, m.i-1, doc.Because(doc.High, "title-before-name"))
		}
		if m.i > 0 {
			if age, ok := yearsOld(toks[m.i-1].text); ok && toks[m.i-1].line == toks[m.i].line {
				addAge(p, m.i-1, age, doc.Because(doc.High, "years-old-before-name"))
			}
		}
		if toks[m.j-1].poss || m.j >= len(toks) || toks[m.j].text != "," {
			continue
		}
		k := m.j + 1
		if age := ageAt(toks, k); age > 0 {
			addAge(p, k, age, doc.Because(doc.High, "age-after-name"))
			if k+1 >= len(toks) || toks[k+1].text != "," {
				continue
			}
			k += 2
		}
		if a, b, ok := f.appositive(k); ok {
			addDesc(p, a, b, doc.Because(doc.High, "appositive-after-name"))
		}
	}
	f.roleAges(people, addAge)
}

// honorifics are titles that say nothing about a person's role.
var honorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "mx": true, "dr": true,
	"sir": true, "dame": true, "lord": true, "lady": true, "madam": true}

// preTitle finds a capitalized title right before the name at token i
// ("President-elect Ben Okafor", "Vice President Rita Sousa", "Mayor
// Elena Ruiz"), which is also a description of the person; honorifics
// ("Mr.", "Dr.") are not. It returns the title's first token.
func (f *finder) preTitle(i int) (a int, ok bool) {
	toks := f.toks
	k := i - 1
	if k >= 0 && toks[k].text == "." && k > 0 && toks[k].start == toks[k-1].end {
		return 0, false // an abbreviation ("Sen.", "Gov."): keep to titles written out
	}
	if k < 0 || !toks[k].word || !toks[k].upper || toks[k].line != toks[i].line || toks[k].poss || !toks[k].lis(inTitles) || honorifics[toks[k].lower] {
		return 0, false
	}
	a = k
	if k > 0 && toks[k-1].word && toks[k-1].upper && toks[k-1].line == toks[k].line && f.lex.title2(toks[k-1].lower, toks[k].lower) {
		a = k - 1
	}
	return a, true
}

// preRole finds a role written right before the name at token i
// ("Okafor's communications director Jason Diallo", "his mother, Grace").
func (f *finder) preRole(i int) (a, b int, ok bool) {
	toks := f.toks
	k := i - 1
	if k >= 1 && toks[k].text == "," {
		k--
		if !toks[k].word || !toks[k].lis(inKin|inRoles) {
			return 0, 0, false
		}
	}
	if k < 0 || !toks[k].word || toks[k].line != toks[i].line || toks[k].poss {
		return 0, 0, false
	}
	if !toks[k].lis(inRoles|inKin) || toks[k].upper && toks[k].lis(inTitles) {
		return 0, 0, false
	}
	b, a = k, k
	for a > 0 {
		t := &toks[a-1]
		if !t.word || t.line != toks[i].line {
			break
		}
		switch {
		case t.poss && (t.upper || t.lis(inKin)):
			a--
			for a > 0 && toks[a-1].word && toks[a-1].name && !toks[a-1].poss && toks[a].space {
				a--
			}
			continue
		case !t.upper && (t.lis(inModifiers) || t.lis(inRoles) && !t.lis(inKin)):
		case isYearsOld(t.text):
		case t.upper && !t.sent && !t.is(inStop|inFunction) && !t.lis(inTitles) && !t.poss:
		default:
			return a, b, true
		}
		a--
	}
	return a, b, true
}

var appositiveStops = map[string]bool{
	",": true, ".": true, ";": true, ":": true, "(": true, ")": true, "—": true, "–": true, "-": true,
	"\"": true, "“": true, "”": true, "who": true, "which": true, "that": true, "whose": true, "where": true,
	"when": true, "said": true, "says": true, "told": true, "was": true, "is": true, "has": true, "had": true,
	"will": true, "would": true, "and": false,
}

var appositiveStarts = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "their": true, "its": true}

// appositive finds a description starting at token k after "Name, "
// ("the Kettle Holdings chief operating officer", "Acme CEO").
func (f *finder) appositive(k int) (a, b int, ok bool) {
	toks := f.toks
	if k >= len(toks) || !toks[k].word || toks[k].nl {
		return 0, 0, false
	}
	if f.mentionAt(k) {
		return 0, 0, false
	}
	t0 := &toks[k]
	if !(appositiveStarts[t0.text] || t0.poss || t0.lis(inModifiers|inRoles) ||
		t0.upper && !t0.is(inStop|inFunction)) {
		return 0, 0, false
	}
	hasRole := false
	end := k
	for e := k; e < len(toks) && e < k+14; e++ {
		t := &toks[e]
		if e > k && (t.nl || appositiveStops[t.text]) {
			break
		}
		if t.word && t.lis(inRoles|inKin) {
			hasRole = true
		}
		end = e
	}
	for end > k && (toks[end].text == "and" || toks[end].text == "or" || !toks[end].word) {
		end--
	}
	if !hasRole {
		return 0, 0, false
	}
	return k, end, true
}

// mentionAt reports whether a mention starts at token k (f.ments is sorted).
func (f *finder) mentionAt(k int) bool {
	n := sort.Search(len(f.ments), func(x int) bool { return f.ments[x].i >= k })
	return n < len(f.ments) && f.ments[n].i == k
}

// yearsOld parses "39-year-old" (also "39-years-old").
func yearsOld(w string) (int, bool) {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return 0, false // most words: spare the search for a hyphen
	}
	i := strings.IndexByte(w, '-')
	if i <= 0 || i > 3 {
		return 0, false
	}
	rest := w[i:]
	if rest != "-year-old" && rest != "-years-old" {
		return 0, false
	}
	n := 0
	for _, r := range w[:i] {
		if r < '0' || r > '9' {
			return 0, false
		}
		n = n*10 + int(r-'0')
	}
	return n, n > 0 && n < 130
}

func isYearsOld(w string) bool { _, ok := yearsOld(w); return ok }

// roleAges reads ages stated of a role rather than a name: "the rapper, 39,",
// "Rapper, 39,", "her 35-year-old boyfriend", "the 39-year-old".
func (f *finder) roleAges(people []doc.Person, addAge func(p, k, age int, why doc.Why)) {
	toks := f.toks
	byRole := func(role string, fallback bool) int {
		found := -1
		for pi, p := range people {
			for _, d := range p.Descriptions {
				for _, w := range strings.Fields(strings.ToLower(d.Text)) {
					if strings.Trim(w, "'’‘s") == role || w == role {
						if found >= 0 && found != pi {
							return -2
						}
						found = pi
					}
				}
			}
		}
		if found == -1 && fallback && len(people) > 0 {
			return 0 // the subject of the article: the person named first
		}
		return found
	}
	for k := range toks {
		t := &toks[k]
		// Only a role or a word starting with a digit ("39-year-old") can
		// state an age: most words stop at the first test.
		if !t.word || !t.lis(inRoles) && (t.text[0] < '0' || t.text[0] > '9') || f.taken[k] {
			continue
		}
		lt := t.lower
		// "the rapper, 39," / "Rapper, 39,"
		if t.lis(inRoles) && k+2 < len(toks) && toks[k+1].text == "," && ageAt(toks, k+2) > 0 &&
			(t.sent || k > 0 && (toks[k-1].text == "the" || toks[k-1].text == "The")) {
			if p := byRole(lt, true); p >= 0 {
				addAge(p, k+2, ageAt(toks, k+2), doc.Because(doc.Medium, "age-of-described-role"))
			}
			continue
		}
		age, ok := yearsOld(t.text)
		if !ok || k+1 >= len(toks) || f.taken[k+1] {
			continue
		}
		next := &toks[k+1]
		nl := next.lower
		switch {
		case next.word && next.lis(inRoles|inKin):
			if p := byRole(nl, !next.lis(inKin)); p >= 0 {
				addAge(p, k, age, doc.Because(doc.Medium, "years-old-role"))
			}
		case k > 0 && (toks[k-1].text == "the" || toks[k-1].text == "The"):
			found := -1
			for pi, p := range people {
				for _, a := range p.Ages {
					if a.Age == age {
						if found >= 0 && found != pi {
							found = -2
						} else if found != -2 {
							found = pi
						}
					}
				}
			}
			if found >= 0 {
				addAge(found, k, age, doc.Because(doc.Medium, "the-n-year-old"))
			}
		}
	}
}
