package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// source writes the i-th source. Each source has its own random stream, so
// sources do not depend on one another.
func (w *world) source(i int) File {
	r := rand.New(rand.NewPCG(w.opt.Seed, uint64(i)+1))
	st := &w.stories[r.IntN(len(w.stories))]
	if w.opt.Family > 0 {
		st = &w.stories[min(i/w.opt.Family, len(w.stories)-1)] // a family reports its own story
	}
	pub := st.date.AddDate(0, 0, r.IntN(5))
	outlet := w.outlets[r.IntN(len(w.outlets))]
	a := w.people[st.people[0]]
	b := w.people[st.people[1]]
	h := happenings[st.kind]

	title := fmt.Sprintf("%s %s %s at %s", a.full(), h.past, b.full(), st.place)
	if r.IntN(3) == 0 {
		title = fmt.Sprintf("%s and %s: what we know about the %s", a.last, b.last, h.noun)
	}
	title = strings.ToUpper(title[:1]) + title[1:]

	var body strings.Builder
	g := &writer{r: r, b: &body, w: w, st: st, pub: pub}

	// The front matter, in one of the formats the loader reads.
	var front string
	url := fmt.Sprintf("https://www.%s.example/%d/%s", slugish(outlet), pub.Year(), slugish(title))
	switch k := r.IntN(20); {
	case k < 16:
		front = fmt.Sprintf("---\ntitle: %q\noutlet: %q\npublished: %s\nurl: %s\n---\n", title, outlet, pub.Format(time.DateOnly), url)
	case k < 18:
		front = fmt.Sprintf("+++\ntitle = %q\noutlet = %q\npublished = %s\n+++\n", title, outlet, pub.Format(time.DateOnly))
	default: // no front matter: the date is in the dateline
		g.line("%s", title)
		g.line("")
		g.line("%s | %s", outlet, pub.Format("January 2, 2006"))
		g.line("")
	}

	// The lead.
	g.para(fmt.Sprintf("%s, %s of %s, %s %s at %s %s.", a.full(), a.role, a.org, h.past, b.full(), st.place, g.when(st.date)),
		fmt.Sprintf("%s, %d, %s.", b.full(), b.age, pick(r, []string{"arrived early", "spoke briefly to reporters", "left without comment", "was accompanied by aides"})))
	g.quotePara(0)
	g.para(pick(r, fillers), pick(r, fillers), pick(r, fillers))
	if r.IntN(2) == 0 {
		g.line("%s at %s. CREDIT: %s %s/%s", a.full(), st.place, pick(r, maleNames), surname(r), pick(r, captionAgencies))
		g.line("")
	}
	g.para(fmt.Sprintf("According to %s, the %s had been planned since %s.", w.outlets[r.IntN(len(w.outlets))], h.noun, st.date.AddDate(0, -1-r.IntN(3), 0).Format("January")),
		pick(r, fillers))
	for p := 1; p < len(st.quotes); p++ {
		g.quotePara(p)
		g.para(pick(r, fillers), pick(r, fillers))
	}
	cast := w.castOf(st, r)
	for _, pi := range cast[2:] {
		c := w.people[pi]
		g.para(fmt.Sprintf("Also present was %s, %s, who %s.", c.full(), c.role, pick(r, []string{"declined to speak to the press", "took notes throughout", "later posted a photo of the group"})),
			pick(r, fillers))
	}
	g.para(fmt.Sprintf("%s %s is expected to return to %s on %s, when the two sides %s again.", a.honorific, a.last, st.place, st.next.Format("January 2"), pick(r, []string{"will meet", "plan to talk", "are scheduled to sit down"})),
		pick(r, fillers))
	// Background: another story, told in the past.
	o := &w.stories[r.IntN(len(w.stories))]
	if o.date.Before(pub) {
		oa, ob := w.people[o.people[0]], w.people[o.people[1]]
		g.para(fmt.Sprintf("In %s, %s %s %s at %s.", o.date.Format("January 2006"), oa.full(), happenings[o.kind].past, ob.full(), o.place), pick(r, fillers))
	}
	for body.Len() < 400*w.opt.Paragraphs+2400 && g.n < 60 {
		c := w.people[cast[r.IntN(len(cast))]]
		aside := fmt.Sprintf("%s %s has not said whether %s will attend the next %s.", c.honorific, c.last, pick(r, []string{"the group", "the council", "the board"}), h.noun)
		if r.IntN(2) == 0 {
			aside = fmt.Sprintf("%s first raised the idea in %s, %s said.", c.last, st.date.AddDate(-1-r.IntN(3), 0, 0).Format("2006"), pick(r, []string{"aides", "colleagues", "people familiar with the matter"}))
		}
		g.para(pick(r, fillers), aside, pick(r, fillers), pick(r, fillers))
	}
	g.line("Related: %s on the %s", b.last, h.noun)

	name := fmt.Sprintf("%05d_%s.txt", i, slugish(outlet))
	return File{Name: name, Data: []byte(front + body.String())}
}

// writer accumulates one source's body.
type writer struct {
	r   *rand.Rand
	b   *strings.Builder
	w   *world
	st  *story
	pub time.Time
	n   int // paragraphs written
}

func (g *writer) line(format string, args ...any) {
	fmt.Fprintf(g.b, format, args...)
	g.b.WriteByte('\n')
}

func (g *writer) para(sentences ...string) {
	g.b.WriteString(strings.Join(sentences, " "))
	g.b.WriteString("\n\n")
	g.n++
}

// when writes the date d as seen from the publication date: relative when
// close, absolute otherwise, sometimes both.
func (g *writer) when(d time.Time) string {
	days := int(g.pub.Sub(d).Hours() / 24)
	switch k := g.r.IntN(4); {
	case days == 0 && k == 0:
		return "today"
	case days == 1 && k < 2:
		return "yesterday"
	case days < 7 && k < 3:
		if k == 2 {
			return fmt.Sprintf("on %s (%s)", d.Weekday(), d.Format("Jan. 2, 2006"))
		}
		return "on " + d.Weekday().String()
	}
	return "on " + d.Format("January 2, 2006")
}

// quotePara writes the story's i-th quote in one of several shapes, with
// the wording varied a little so that the same quote is not always the
// same bytes.
func (g *writer) quotePara(i int) {
	q := g.st.quotes[i]
	p := g.w.people[g.st.people[q.speaker]]
	text := q.text
	if g.r.IntN(4) == 0 { // drop a word
		words := strings.Fields(text)
		if len(words) > 6 {
			k := 1 + g.r.IntN(len(words)-2)
			words = append(words[:k], words[k+1:]...)
		}
		text = strings.Join(words, " ")
	}
	open, close := "“", "”"
	if g.r.IntN(3) == 0 {
		open, close = `"`, `"`
	}
	switch g.r.IntN(4) {
	case 0:
		g.para(fmt.Sprintf("%s%s%s %s said.", open, strings.TrimSuffix(text, ".")+",", close, p.last))
	case 1:
		g.para(fmt.Sprintf("%s said: %s%s%s", p.full(), open, text, close))
	case 2:
		// Split by the attribution.
		words := strings.Fields(text)
		k := len(words) / 2
		g.para(fmt.Sprintf("%s%s,%s said %s, %s%s%s", open, strings.Join(words[:k], " "), close, p.full(), open, strings.Join(words[k:], " "), close))
	default:
		g.para(fmt.Sprintf("%s %s told reporters that it was %s%s%s", p.honorific, p.last, open, strings.ToLower(text[:1])+text[1:], close))
	}
}

// slugish lowercases s and keeps letters and digits, joined by hyphens.
func slugish(s string) string {
	var b strings.Builder
	dash := false
	for _, c := range strings.ToLower(s) {
		if (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(c)
			dash = false
		} else {
			dash = true
		}
		if b.Len() > 50 {
			break
		}
	}
	return b.String()
}

// castOf returns the people of st that one source names: all of them, or
// in the many-people shape the two protagonists and three others.
func (w *world) castOf(st *story, r *rand.Rand) []int {
	if w.opt.Family <= 0 || len(st.people) <= 5 {
		return st.people
	}
	cast := []int{st.people[0], st.people[1]}
	for len(cast) < 5 {
		p := st.people[2+r.IntN(len(st.people)-2)]
		if !contains(cast, p) {
			cast = append(cast, p)
		}
	}
	return cast
}
