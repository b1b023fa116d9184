package link

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/dossier/dossier/generator/internal/annotate/people"
	"github.com/dossier/dossier/generator/internal/doc"
	"github.com/dossier/dossier/generator/internal/parallel"
	idslug "github.com/dossier/dossier/generator/internal/slug"
)

// node is one person of one source.
type node struct{ d, p int }

// cluster is one dossier-wide person while linking.
type cluster struct {
	regID   string
	members []node
	core    []string // core words of its longest name
	why     []string // the rules that linked its members (PersonEntry.Why)
}

// The link rules (PersonEntry.Why): how the people of several sources were
// found to be one.
const (
	lSameName    = "same-full-name"           // the same normalized full name
	lShorterName = "shorter-full-name"        // "Ada Lund" of "Ada J. Lund"
	lSurname     = "surname-in-one-person"    // a bare surname only one person has
	lGiven       = "given-name-in-one-person" // a bare given name only one person has
	lDiminutive  = "diminutive"               // "Theo Lund" of "Theodora Lund", "Sandy Lund" of "Alexander Lund"
	lReversed    = "family-name-first"        // "Hoa Pham" of "Pham Thi Hoa"
	lDescription = "shared-description"       // a bare surname whose description only one of its people shares
	lRegistry    = "registry"                 // a curated entry
)

// LinkedPeople is the outcome of LinkPeople: the dossier-wide ids of the people of
// every source, and what building their entries needs.
type LinkedPeople struct {
	IDs      [][]string // IDs[i][j] is the id of docs[i].People[j]
	Warnings []string   // sorted

	docs []*doc.Annotated
	x    *people.Registry
	live []idCluster // in the order the ids were given
}

// idCluster is a linked person: its cluster, id and name.
type idCluster struct {
	c        *cluster
	id, name string
}

// LinkPeople gives every person of every source a dossier-wide id, as Link
// does, and leaves their entries to LinkedPeople.Entries: the ids are what the
// other linking passes wait for, the entries can be built alongside them.
func LinkPeople(docs []*doc.Annotated, reg *people.Registry) *LinkedPeople {
	var warnings []string
	x := reg
	// Sources name the same people again and again: the core of each
	// normalized name is found once. Cores are never changed in place.
	cores := map[string][]string{}
	coreOfKey := func(key string) []string {
		if core, ok := cores[key]; ok {
			return core
		}
		var core []string
		for _, w := range strings.Fields(key) {
			if !people.SuffixWord(w) {
				core = append(core, w)
			}
		}
		cores[key] = core
		return core
	}
	coreOf := func(name string) []string { return coreOfKey(people.NormKey(name)) }
	var clusters []*cluster
	byKey := map[string]int{} // "reg:id" or normalized full name → cluster
	get := func(k string) *cluster {
		if i, ok := byKey[k]; ok {
			return clusters[i]
		}
		clusters = append(clusters, &cluster{})
		byKey[k] = len(clusters) - 1
		return clusters[len(clusters)-1]
	}
	var singles []node
	for d, a := range docs {
		for p, per := range a.People {
			key := people.NormKey(per.Name)
			id := per.Key
			if id == "" {
				id = x.Match(key)
			}
			if id == "" {
				for _, al := range per.Aliases {
					if e := x.Match(people.NormKey(al)); e != "" && (id == "" || id == e) && !x.KeptApart(e, key) {
						id = e
					}
				}
			}
			if id != "" && !x.KeptApart(id, key) {
				c := get("reg:" + id)
				c.regID = id
				c.members = append(c.members, node{d, p})
				c.why = addWhy(c.why, lRegistry)
				continue
			}
			core := coreOfKey(key)
			if len(core) < 2 {
				singles = append(singles, node{d, p})
				continue
			}
			c := get(key)
			c.members = append(c.members, node{d, p})
			if len(c.members) > 1 {
				c.why = addWhy(c.why, lSameName)
			}
			if len(core) > len(c.core) {
				c.core = core
			}
		}
	}
	// Registry clusters take the core of their curated name.
	for _, c := range clusters {
		if c.regID != "" {
			if e, ok := x.Lookup(c.regID); ok {
				c.core = coreOf(e.Name)
			}
		}
	}
	// A shorter full name joins the one longer name it is part of
	// ("Sarah Sanders" → "Sarah Huckabee Sanders").
	ends := map[string][]int{}
	for i, c := range clusters {
		if len(c.core) >= 2 {
			k := c.core[0] + " " + c.core[len(c.core)-1]
			ends[k] = append(ends[k], i)
		}
	}
	parent := make([]int, len(clusters))
	for i := range parent {
		parent[i] = i
	}
	for i, c := range clusters {
		if c.regID != "" || len(c.core) < 2 {
			continue
		}
		var fits []int
		for _, j := range ends[c.core[0]+" "+c.core[len(c.core)-1]] {
			o := clusters[j]
			if j != i && len(o.core) > len(c.core) && people.Subsequence(c.core, o.core) {
				fits = append(fits, j)
			}
		}
		if len(fits) == 1 {
			parent[i] = fits[0]
			clusters[fits[0]].why = addWhy(clusters[fits[0]].why, lShorterName)
		}
	}
	warnings = append(warnings, joinVariants(docs, clusters, parent)...)
	root := func(i int) int {
		for n := 0; parent[i] != i && n < len(parent); n++ {
			i = parent[i]
		}
		return i
	}
	for i, c := range clusters {
		if r := root(i); r != i {
			clusters[r].members = append(clusters[r].members, c.members...)
			for _, w := range c.why {
				clusters[r].why = addWhy(clusters[r].why, w)
			}
			c.members = nil
		}
	}
	// Bare names: attach to the one dossier person with that surname (or
	// given name); otherwise keep apart and tell the curator.
	sur, giv := map[string][]int{}, map[string][]int{}
	for i, c := range clusters {
		if len(c.members) == 0 || len(c.core) < 2 {
			continue
		}
		if last := c.core[len(c.core)-1]; len(last) > 1 {
			sur[last] = append(sur[last], i)
		}
		giv[c.core[0]] = append(giv[c.core[0]], i)
	}
	for _, n := range singles {
		per := docs[n.d].People[n.p]
		k := people.NormKey(per.Name)
		cands, why := sur[k], lSurname
		if len(cands) == 0 {
			cands, why = giv[k], lGiven
		}
		var ok []int
		for _, ci := range cands {
			if clusters[ci].regID == "" || !x.KeptApart(clusters[ci].regID, k) {
				ok = append(ok, ci)
			}
		}
		if len(ok) > 1 {
			if ci := sharedDescription(docs, per, clusters, ok); ci >= 0 {
				ok, why = []int{ci}, lDescription
			}
		}
		if len(ok) == 1 {
			clusters[ok[0]].members = append(clusters[ok[0]].members, n)
			clusters[ok[0]].why = addWhy(clusters[ok[0]].why, why)
			continue
		}
		if len(ok) > 1 {
			var names []string
			for _, ci := range ok {
				names = append(names, people.Slug(canonical(docs, clusters[ci], x)))
			}
			sort.Strings(names)
			warnings = append(warnings, fmt.Sprintf("people: %q in source %s could be %s; add it to data/people.yaml",
				per.Name, docs[n.d].Source.ID, strings.Join(names, " or ")))
		}
		c := get("single:" + k)
		c.members = append(c.members, n)
		c.core = []string{k}
	}
	return assignIDs(docs, clusters, x, warnings)
}

// canonical picks the name of a cluster: the curated one, else the fullest
// name the sources use, the most used among equals, then the longest (the
// formal "Theodora Lund" over "Dora Lund").
func canonical(docs []*doc.Annotated, c *cluster, x *people.Registry) string {
	if e, ok := x.Lookup(c.regID); ok {
		return e.Name
	}
	count := map[string]int{}
	best := ""
	bestWords := 0
	for _, m := range c.members {
		n := docs[m.d].People[m.p].Name
		count[n]++
	}
	for n, k := range count {
		w := len(strings.Fields(n))
		if w > bestWords || w == bestWords && (k > count[best] || k == count[best] && (len(n) > len(best) || len(n) == len(best) && n < best)) {
			best, bestWords = n, w
		}
	}
	return best
}

// assignIDs gives every cluster a unique id.
func assignIDs(docs []*doc.Annotated, clusters []*cluster, x *people.Registry, warnings []string) *LinkedPeople {
	type named struct {
		c     *cluster
		name  string
		first node
	}
	var live []named
	for _, c := range clusters {
		if len(c.members) == 0 {
			continue
		}
		sort.Slice(c.members, func(a, b int) bool {
			if c.members[a].d != c.members[b].d {
				return c.members[a].d < c.members[b].d
			}
			return c.members[a].p < c.members[b].p
		})
		live = append(live, named{c, canonical(docs, c, x), c.members[0]})
	}
	// Curated ids first, then by name and first appearance: stable ids.
	sort.Slice(live, func(a, b int) bool {
		ra, rb := live[a].c.regID != "", live[b].c.regID != ""
		if ra != rb {
			return ra
		}
		if live[a].name != live[b].name {
			return live[a].name < live[b].name
		}
		if live[a].first.d != live[b].first.d {
			return live[a].first.d < live[b].first.d
		}
		return live[a].first.p < live[b].first.p
	})
	ids := make([][]string, len(docs))
	for i, a := range docs {
		ids[i] = make([]string, len(a.People))
	}
	used := map[string]bool{}
	l := &LinkedPeople{IDs: ids, docs: docs, x: x, live: make([]idCluster, 0, len(live))}
	for _, n := range live {
		id := n.c.regID
		if id == "" {
			base := idslug.Avoid(people.Slug(n.name)) // never a page name Hugo reserves (index)
			id = base
			for k := 2; used[id]; k++ {
				id = fmt.Sprintf("%s-%d", base, k)
			}
		}
		used[id] = true
		for _, m := range n.c.members {
			ids[m.d][m.p] = id
		}
		l.live = append(l.live, idCluster{n.c, id, n.name})
	}
	sort.Strings(warnings)
	l.Warnings = warnings
	return l
}

// Entries builds the dossier entry of every person, sorted by id. It reads
// the documents and the registry only, so it may run while other passes
// read them.
func (l *LinkedPeople) Entries() []doc.PersonEntry {
	// Source order is the order of docs.
	order := make(map[string]int, len(l.docs))
	for i, a := range l.docs {
		order[a.Source.ID] = i
	}
	// The entries are independent of each other: they are built on every
	// core, each into its own slot.
	entries := make([]doc.PersonEntry, len(l.live))
	parallel.For(len(l.live), func(i int) {
		n := l.live[i]
		entries[i] = entry(l.docs, order, n.c, n.id, n.name, l.x)
	})
	sort.Slice(entries, func(a, b int) bool { return entries[a].ID < entries[b].ID })
	return entries
}

// entry builds the dossier entry of one cluster; order gives the index of
// each source id in docs.
func entry(docs []*doc.Annotated, order map[string]int, c *cluster, id, name string, x *people.Registry) doc.PersonEntry {
	e := doc.PersonEntry{
		ID: id, Name: name,
		Aliases: []string{}, Links: []string{},
		Mentions: []doc.MentionEntry{}, Descriptions: []doc.DescribedEntry{}, Ages: []doc.AgeEntry{},
		Why: linkWhy(c.why),
	}
	// Every form the sources use, and whether it is an alias (does not
	// normalize to the name); the forms repeat from source to source.
	nameKey := people.NormKey(name)
	aliases := map[string]bool{}
	addAlias := func(s string) {
		if _, ok := aliases[s]; !ok {
			aliases[s] = people.NormKey(s) != nameKey
		}
	}
	// The lists come out mostly in source and line order already: they
	// are sorted only when they do not.
	var mentionsAt, descriptionsAt, agesAt inOrder
	descCount := map[string]int{} // by lowercased text
	formCount := map[string]int{} // by text as written
	var descOrder []string
	var detected whyUnion // the rules that made each member a person
	for _, m := range c.members {
		a := docs[m.d]
		src := a.Source
		at := order[src.ID]
		per := a.People[m.p]
		addAlias(per.Name)
		for _, al := range per.Aliases {
			addAlias(al)
		}
		detected = detected.merge(per.Why)
		kind := per.Kind
		if kind == "" {
			kind = doc.Subject
		}
		for _, mn := range a.Mentions {
			if mn.Person == m.p {
				line := src.Line(mn.Start)
				e.Mentions = append(e.Mentions, doc.MentionEntry{Source: src.ID, Line: line, Form: mn.Form, Kind: kind, Why: mn.Why.Normal()})
				mentionsAt.add(at, line)
			}
		}
		for _, d := range per.Descriptions {
			line := src.Line(d.Start)
			e.Descriptions = append(e.Descriptions, doc.DescribedEntry{Text: d.Text, Source: src.ID, Line: line, Why: d.Why.Normal()})
			descriptionsAt.add(at, line)
			k := strings.ToLower(d.Text)
			if descCount[k] == 0 {
				descOrder = append(descOrder, d.Text)
			}
			descCount[k]++
			formCount[d.Text]++
		}
		for _, ag := range per.Ages {
			line := src.Line(ag.Start)
			e.Ages = append(e.Ages, doc.AgeEntry{Age: ag.Age, Source: src.ID, Line: line, Why: ag.Why.Normal()})
			agesAt.add(at, line)
		}
	}
	e.Why = personWhy(e.Why, detected)
	if r, ok := x.Lookup(c.regID); ok {
		for _, al := range r.Aliases {
			addAlias(al)
		}
		e.Summary = r.Description
		e.Links = append(e.Links, r.Links...)
	}
	if e.Summary == "" {
		// The most reported description, in its most used spelling
		// ("President-elect" over a headline's "President-Elect").
		best := 0
		for _, d := range descOrder {
			if n := descCount[strings.ToLower(d)]; n > best {
				e.Summary, best = d, n
			}
		}
		for form, n := range formCount {
			if strings.EqualFold(form, e.Summary) && (n > formCount[e.Summary] || n == formCount[e.Summary] && form < e.Summary) {
				e.Summary = form
			}
		}
	}
	for al, ok := range aliases {
		if ok {
			e.Aliases = append(e.Aliases, al)
		}
	}
	sort.Strings(e.Aliases)
	// Source order, then by line within a source.
	sortByPlace(e.Mentions, mentionsAt, order, func(m doc.MentionEntry) (string, int) { return m.Source, m.Line })
	sortByPlace(e.Descriptions, descriptionsAt, order, func(d doc.DescribedEntry) (string, int) { return d.Source, d.Line })
	sortByPlace(e.Ages, agesAt, order, func(a doc.AgeEntry) (string, int) { return a.Source, a.Line })
	return e
}

// inOrder tells whether the (source order, line) places added to it one
// after the other never go back, so that a stable sort by them would
// change nothing.
type inOrder struct {
	source, line int
	started      bool
	unsorted     bool // a place came before the one added before it
}

// sortByPlace sorts xs stably by the order of their source, then by
// line, unless o saw them come in that order already.
func sortByPlace[T any](xs []T, o inOrder, order map[string]int, place func(T) (source string, line int)) {
	if !o.unsorted {
		return
	}
	sort.SliceStable(xs, func(a, b int) bool {
		sa, la := place(xs[a])
		sb, lb := place(xs[b])
		if order[sa] != order[sb] {
			return order[sa] < order[sb]
		}
		return la < lb
	})
}

func (o *inOrder) add(source, line int) {
	if o.started && (source < o.source || source == o.source && line < o.line) {
		o.unsorted = true
	}
	o.source, o.line, o.started = source, line, true
}

// addWhy appends the rule r to why unless it is there.
func addWhy(why []string, r string) []string {
	for _, w := range why {
		if w == r {
			return why
		}
	}
	return append(why, r)
}

// joinVariants links the clusters whose names are one person's in another
// form, when exactly one cluster fits and no source names both (two people
// of one source stay two): a diminutive given name with the same surname
// ("Theo Lund" of "Theodora Lund": a prefix of three letters or more, or a
// family of diminutives.txt, of one gender), and a name written family name
// first ("Hoa Pham" of "Pham Thi Hoa"). It sets parent[i] to the
// cluster a joins.
func joinVariants(docs []*doc.Annotated, clusters []*cluster, parent []int) (warnings []string) {
	bySur := map[string][]int{}
	byEnds := map[string][]int{} // "first last" of names of three words or more
	for i, c := range clusters {
		if parent[i] != i || len(c.core) < 2 {
			continue
		}
		bySur[c.core[len(c.core)-1]] = append(bySur[c.core[len(c.core)-1]], i)
		if len(c.core) >= 3 {
			k := c.core[0] + " " + c.core[len(c.core)-1]
			byEnds[k] = append(byEnds[k], i)
		}
	}
	for i, c := range clusters {
		if parent[i] != i || c.regID != "" || len(c.core) < 2 {
			continue
		}
		var fits []int
		why := lDiminutive
		for _, j := range bySur[c.core[len(c.core)-1]] {
			o := clusters[j]
			if j != i && len(o.core) >= len(c.core) && o.core[0] != c.core[0] && people.GivenVariants(c.core[0], o.core[0]) &&
				people.Subsequence(c.core[1:], o.core[1:]) {
				fits = append(fits, j)
			}
		}
		if len(fits) == 0 && len(c.core) == 2 {
			fits, why = byEnds[c.core[1]+" "+c.core[0]], lReversed
		}
		if len(fits) > 1 && why == lDiminutive {
			var names []string
			for _, j := range fits {
				names = append(names, strings.Join(clusters[j].core, " "))
			}
			sort.Strings(names)
			warnings = append(warnings, fmt.Sprintf("people: %q may be a form of %s; add it to data/people.yaml",
				strings.Join(c.core, " "), strings.Join(names, " or ")))
		}
		if len(fits) != 1 || fits[0] == i || parent[fits[0]] != fits[0] || coOccur(c, clusters[fits[0]]) {
			continue
		}
		// The shorter or diminutive form joins the formal one.
		if o := clusters[fits[0]]; len(o.core) == len(c.core) && why == lDiminutive && isFormal(c.core[0], o.core[0]) {
			continue // o joins c when its turn comes
		}
		parent[i] = fits[0]
		clusters[fits[0]].why = addWhy(clusters[fits[0]].why, why)
	}
	return warnings
}

// isFormal reports whether given name a is the formal form of b: the
// longer one.
func isFormal(a, b string) bool { return len(a) > len(b) || len(a) == len(b) && a < b }

// coOccur reports whether some source names people of both clusters.
func coOccur(a, b *cluster) bool {
	in := map[int]bool{}
	for _, m := range a.members {
		in[m.d] = true
	}
	for _, m := range b.members {
		if in[m.d] {
			return true
		}
	}
	return false
}

// sharedDescription returns the one cluster among cands that shares a word
// of a description with per (a bare surname: "Commissioner Lund" and
// "Commissioner Ada Lund"), or -1 when none or several do.
func sharedDescription(docs []*doc.Annotated, per doc.Person, clusters []*cluster, cands []int) int {
	mine := descWords(per.Descriptions, nil)
	if len(mine) == 0 {
		return -1
	}
	found := -1
	for _, ci := range cands {
		theirs := map[string]bool{}
		for _, m := range clusters[ci].members {
			descWords(docs[m.d].People[m.p].Descriptions, theirs)
		}
		for w := range mine {
			if theirs[w] {
				if found >= 0 {
					return -1
				}
				found = ci
				break
			}
		}
	}
	return found
}

// descWords adds the content words of descriptions to into (a new set when nil).
func descWords(ds []doc.Description, into map[string]bool) map[string]bool {
	if into == nil {
		into = map[string]bool{}
	}
	for _, d := range ds {
		for _, w := range strings.Fields(strings.ToLower(d.Text)) {
			w = strings.Trim(w, ".,;:'’\"“”()")
			if people.DescriptionWord(w) {
				into[w] = true
			}
		}
	}
	return into
}

// linkWhy is the provenance of a dossier person linked by the rules why:
// high when only full names and curated entries linked it, medium when a
// bare name, a diminutive, a reversed name or a description did.
// whyUnion gathers the detection rules of a person's members: each rule
// once, in the order first seen, and the best confidence any source gives.
type whyUnion struct {
	rules []string
	conf  doc.Confidence
}

func (u whyUnion) merge(w doc.Why) whyUnion {
	for _, r := range w.Rules {
		if !slices.Contains(u.rules, r) {
			u.rules = append(u.rules, r)
		}
	}
	if rank(w.Confidence) > rank(u.conf) {
		u.conf = w.Confidence
	}
	return u
}

// rank orders confidences, low first ("" below low).
func rank(c doc.Confidence) int {
	switch c {
	case doc.High:
		return 3
	case doc.Medium:
		return 2
	case doc.Low:
		return 1
	}
	return 0
}

// personWhy is a person entry's provenance: the rules that linked its
// members across sources, then those that made it a person in them; its
// confidence is the linking's when there is any (a link is only as good as
// its weakest rule), else the best detection's.
func personWhy(link doc.Why, detected whyUnion) doc.Why {
	w := doc.Why{Rules: append(append([]string{}, link.Rules...), detected.rules...), Confidence: detected.conf}
	if len(link.Rules) > 0 && (w.Confidence == "" || rank(link.Confidence) < rank(w.Confidence)) {
		w.Confidence = link.Confidence
	}
	return w
}

func linkWhy(why []string) doc.Why {
	c := doc.High
	for _, w := range why {
		switch w {
		case lSurname, lGiven, lDiminutive, lReversed, lDescription:
			c = doc.Medium
		}
	}
	return doc.Because(c, append([]string{}, why...)...)
}
