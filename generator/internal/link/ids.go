package link

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/dossier/dossier/generator/internal/doc"
)

// Permalinks. The ids of quotes, quote groups and events are derived from
// what they say and where, never from their position among the others, so
// that adding, removing or reordering other sources changes none of them
// (and none of the URLs made from them):
//
//	quote  <source id>-<8 hex of SHA-256 of the normalized text>, with
//	       "-2", "-3"… only among identical texts of the same source, in
//	       text order
//	group  g-<the first five words of its earliest member>-<6 hex of the
//	       hash of that member's kind and normalized text>
//	event  <date of its earliest report>-<the first words of that report's
//	       summary>-<6 hex of the hash of the date and normalized summary>
//
//	person <the curated id>, or the slug of the canonical name
//	       (LinkPeople); when two people share a name, the one named
//	       earliest keeps the slug and the others add 6 hex of the hash
//	       of their earliest mention
//
// "Earliest" is by the source's publication date (unknown dates last),
// then source id, then position, so a group or an event keeps its id when
// a later report joins it. Two groups or events that would share an id
// (their earliest members read the same) add the hash of their earliest
// member's source and line. Source ids come from the front matter or the
// published date, outlet and title (load.AssignIDs); a person page keeps
// its former URLs as aliases (emit).

// Normalize is the form of a text that ids are hashed from: lower case,
// runs of letters and digits separated by single spaces, everything else
// (punctuation, quotation marks, spacing) dropped.
func Normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		if r == '\'' || r == '’' || r == 'ʼ' { // "don't" and "dont" read alike
			continue
		}
		space = true
	}
	return b.String()
}

// shortHash returns the first n hex digits of the SHA-256 of the parts,
// joined by NUL bytes.
func shortHash(n int, parts ...string) string {
	h := sha256.Sum256([]byte(strings.Join(parts, "\x00")))
	return hex.EncodeToString(h[:])[:n]
}

// QuoteID is the id of a quote of the given text in the given source,
// the nth (from 1) of that source's quotes with the same normalized text.
func QuoteID(source, text string, nth int) string {
	id := source + "-" + shortHash(8, Normalize(text))
	if nth > 1 {
		id += "-" + strconv.Itoa(nth)
	}
	return id
}

// slugWords returns up to n words of a normalized text, ASCII letters and
// digits only, joined by hyphens.
func slugWords(norm string, n int) string {
	var parts []string
	for _, w := range strings.Fields(norm) {
		var b strings.Builder
		for _, r := range w {
			if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
				b.WriteRune(r)
			}
		}
		if b.Len() > 0 {
			parts = append(parts, b.String())
		}
		if len(parts) == n {
			break
		}
	}
	return strings.Join(parts, "-")
}

// stableIDs replaces the ids the linking passes numbered by order with
// the permalinks described above, everywhere the graph holds them.
func stableIDs(g *linking) {
	published := make(map[string]string, len(g.Docs))
	for _, d := range g.Docs {
		published[d.Source.ID] = d.PublishedDate()
	}
	// before orders places by publication date (unknown last), source, position.
	before := func(srcA string, posA int, srcB string, posB int) int {
		pa, pb := published[srcA], published[srcB]
		if (pa == "") != (pb == "") {
			if pa == "" {
				return 1
			}
			return -1
		}
		if c := cmp.Compare(pa, pb); c != 0 {
			return c
		}
		if c := cmp.Compare(srcA, srcB); c != 0 {
			return c
		}
		return cmp.Compare(posA, posB)
	}

	stablePeopleIDs(g, before)

	// Quotes.
	k := 0
	for i, d := range g.Docs {
		seen := map[string]int{}
		for j := range d.Quotes {
			e := &g.Dossier.Quotes[k]
			k++
			n := Normalize(e.Text)
			seen[n]++
			id := QuoteID(d.Source.ID, e.Text, seen[n])
			e.ID = id
			g.quoteID[i][j] = id
		}
	}

	// Groups: the earliest member of each names it.
	type member struct {
		src  string
		pos  int
		kind doc.QuoteKind
		text string
		id   string
	}
	earliest := map[string]member{}
	k = 0
	for i, d := range g.Docs {
		for j, q := range d.Quotes {
			e := &g.Dossier.Quotes[k]
			k++
			m := member{d.Source.ID, q.Start, q.Kind, e.Text, e.ID}
			grp := g.group[i][j]
			if cur, ok := earliest[grp]; !ok || before(m.src, m.pos, cur.src, cur.pos) < 0 {
				earliest[grp] = m
			}
		}
	}
	groupID := renamer(len(earliest))
	for old, m := range earliest {
		n := Normalize(m.text)
		base := "g-" + slugWords(n, 5)
		if base == "g-" {
			base = "g-quote"
		}
		groupID.propose(old, base+"-"+shortHash(6, string(m.kind), n), shortHash(6, m.id))
	}
	groupID.settle()
	k = 0
	for i, d := range g.Docs {
		for j := range d.Quotes {
			g.group[i][j] = groupID.to[g.group[i][j]]
			g.Dossier.Quotes[k].Group = g.group[i][j]
			k++
		}
	}

	// Events: the earliest report of each names it.
	eventID := renamer(len(g.Dossier.Events))
	for _, ev := range g.Dossier.Events {
		if len(ev.Reports) == 0 {
			eventID.propose(ev.ID, ev.ID, "")
			continue
		}
		r := ev.Reports[0]
		for _, o := range ev.Reports[1:] {
			if c := before(o.Source, o.Line, r.Source, r.Line); c < 0 || c == 0 && o.Text < r.Text {
				r = o
			}
		}
		date := r.Date
		if date == "" {
			date = ev.Date
		}
		n := Normalize(r.Summary)
		base := date
		if w := slugWords(n, 4); w != "" {
			base += "-" + w
		}
		eventID.propose(ev.ID, base+"-"+shortHash(6, date, n), shortHash(6, r.Source, strconv.Itoa(r.Line), r.Text))
	}
	eventID.settle()
	for e := range g.Dossier.Events {
		g.Dossier.Events[e].ID = eventID.to[g.Dossier.Events[e].ID]
	}
	for i := range g.eventID {
		for j, id := range g.eventID[i] {
			if id != "" {
				g.eventID[i][j] = eventID.to[id]
			}
		}
	}
	slices.SortStableFunc(g.Dossier.Events, func(a, b doc.EventEntry) int {
		if c := cmp.Compare(a.Date, b.Date); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
}

// A rename maps old ids to new ones. Each old id proposes a new id and a
// tie-breaker; proposals that collide all take their tie-breaker as a
// suffix, so which of them came first never matters.
type rename struct {
	to    map[string]string
	props []proposal
}

type proposal struct{ old, id, tie string }

func renamer(n int) *rename { return &rename{to: make(map[string]string, n)} }

func (r *rename) propose(old, id, tie string) { r.props = append(r.props, proposal{old, id, tie}) }

// settle assigns the new ids: unique, and the same for the same proposals
// whatever their order.
func (r *rename) settle() {
	slices.SortFunc(r.props, func(a, b proposal) int {
		return cmp.Or(cmp.Compare(a.id, b.id), cmp.Compare(a.tie, b.tie), cmp.Compare(a.old, b.old))
	})
	count := map[string]int{}
	for _, p := range r.props {
		count[p.id]++
	}
	taken := map[string]bool{}
	for _, p := range r.props {
		id := p.id
		if count[id] > 1 && p.tie != "" {
			id += "-" + p.tie
		}
		for n, base := 2, id; taken[id]; n++ {
			id = base + "-" + strconv.Itoa(n)
		}
		taken[id] = true
		r.to[p.old] = id
	}
}

// numbered matches the ids LinkPeople numbers when two people share a
// name: "ada-lund-2".
var numbered = regexp.MustCompile(`^(.+)-([2-9]|[1-9][0-9]+)$`)

// stablePeopleIDs renames the people that LinkPeople numbered by order
// because they share a name: the one mentioned earliest (by before) keeps
// the name's id, the others take a hash of their earliest mention. Curated
// ids are never renamed.
func stablePeopleIDs(g *linking, before func(string, int, string, int) int) {
	curated := map[string]bool{}
	for i, d := range g.Docs {
		for j, p := range d.People {
			if p.Key != "" && j < len(g.personID[i]) {
				curated[g.personID[i][j]] = true
			}
		}
	}
	at := make(map[string]int, len(g.Dossier.People))
	for k, p := range g.Dossier.People {
		at[p.ID] = k
	}
	groups := map[string][]int{}
	for k, p := range g.Dossier.People {
		if m := numbered.FindStringSubmatch(p.ID); m != nil && !curated[p.ID] {
			if base, ok := at[m[1]]; ok && !curated[m[1]] {
				if groups[m[1]] == nil {
					groups[m[1]] = []int{base}
				}
				groups[m[1]] = append(groups[m[1]], k)
			}
		}
	}
	if len(groups) == 0 {
		return
	}
	first := func(p *doc.PersonEntry) (doc.MentionEntry, bool) {
		var best doc.MentionEntry
		found := false
		for _, m := range p.Mentions {
			if !found || before(m.Source, m.Line, best.Source, best.Line) < 0 || before(m.Source, m.Line, best.Source, best.Line) == 0 && m.Form < best.Form {
				best, found = m, true
			}
		}
		return best, found
	}
	to := map[string]string{}
	for base, members := range groups {
		slices.SortFunc(members, func(a, b int) int {
			ma, oka := first(&g.Dossier.People[a])
			mb, okb := first(&g.Dossier.People[b])
			if oka != okb {
				if oka {
					return -1
				}
				return 1
			}
			return cmp.Or(before(ma.Source, ma.Line, mb.Source, mb.Line), cmp.Compare(ma.Form, mb.Form),
				cmp.Compare(g.Dossier.People[a].ID, g.Dossier.People[b].ID))
		})
		for n, k := range members {
			old := g.Dossier.People[k].ID
			id := base
			if n > 0 {
				m, _ := first(&g.Dossier.People[k])
				id = base + "-" + shortHash(6, m.Source, strconv.Itoa(m.Line), m.Form, g.Dossier.People[k].Name)
			}
			if id != old {
				to[old] = id
			}
		}
	}
	if len(to) == 0 {
		return
	}
	re := func(id string) string {
		if n, ok := to[id]; ok {
			return n
		}
		return id
	}
	for i := range g.personID {
		for j, id := range g.personID[i] {
			g.personID[i][j] = re(id)
		}
	}
	for k := range g.Dossier.People {
		g.Dossier.People[k].ID = re(g.Dossier.People[k].ID)
	}
	slices.SortFunc(g.Dossier.People, func(a, b doc.PersonEntry) int { return cmp.Compare(a.ID, b.ID) })
	for k := range g.Dossier.Sources {
		s := &g.Dossier.Sources[k]
		for j := range s.People {
			s.People[j] = re(s.People[j])
		}
		for j := range s.Credits {
			s.Credits[j] = re(s.Credits[j])
		}
	}
	for k := range g.Dossier.Quotes {
		if sp := g.Dossier.Quotes[k].Speaker; sp != nil {
			n := re(*sp)
			g.Dossier.Quotes[k].Speaker = &n
		}
	}
	for k := range g.Dossier.Events {
		for j, id := range g.Dossier.Events[k].People {
			g.Dossier.Events[k].People[j] = re(id)
		}
	}
}
