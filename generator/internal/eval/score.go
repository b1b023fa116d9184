package eval

import "sort"

// Counts is what one article contributes to the pooled figures.
type Counts struct {
	File string // the article's file name ("" for the pooled total)

	PublishedOK, PublishedN int // published dates right, and counted

	PeopleTP, PeopleFP, PeopleFN int
	PeopleSplit                  int // gold people spread over two or more system people
	PeopleGold                   int // gold subjects

	QuotesTP, QuotesFP, QuotesFN int
	SpeakerOK, SpeakerN          int // right speakers, over matched pairs with a gold speaker

	EventsTP, EventsFP, EventsFN int
}

func (c *Counts) add(o Counts) {
	c.PublishedOK += o.PublishedOK
	c.PublishedN += o.PublishedN
	c.PeopleTP += o.PeopleTP
	c.PeopleFP += o.PeopleFP
	c.PeopleFN += o.PeopleFN
	c.PeopleSplit += o.PeopleSplit
	c.PeopleGold += o.PeopleGold
	c.QuotesTP += o.QuotesTP
	c.QuotesFP += o.QuotesFP
	c.QuotesFN += o.QuotesFN
	c.SpeakerOK += o.SpeakerOK
	c.SpeakerN += o.SpeakerN
	c.EventsTP += o.EventsTP
	c.EventsFP += o.EventsFP
	c.EventsFN += o.EventsFN
}

// Result is the outcome of Score: the counts of every article, their
// pooled total, and the cross-article counts when a cross gold was given.
type Result struct {
	Articles       []Counts // one per gold article, in the gold's order
	Total          Counts
	SourcesMatched int // dossier sources whose file is a gold article
	GoldArticles   int

	HasCross                       bool
	QuotePairsFound, QuotePairs    int // gold quote-group pairs found (cross_quote_pair_r)
	EventPairsFound, EventPairs    int // gold event-group pairs found (cross_event_pair_r)
	CrossPeopleOK, CrossPeople     int // cross people linked (cross_people_acc)
	SysQuotePairsOK, SysQuotePairs int // system quote-group pairs in one gold group (cross_quote_pair_p)
	SysEventPairsOK, SysEventPairs int // system event report pairs in one gold group (cross_event_pair_p)
}

// index is the lookups the rules share: source id to file name, and the
// people by id in the order of their first appearance (a repeated id keeps
// its place and takes the later entry, as a Python dict does).
type index struct {
	d       *Dossier
	srcFile map[string]string
	order   []string
	people  map[string]*Person
}

func newIndex(d *Dossier) *index {
	x := &index{d: d, srcFile: map[string]string{}, people: map[string]*Person{}}
	for _, s := range d.Sources {
		x.srcFile[s.ID] = baseName(s.File)
	}
	for i := range d.People {
		p := &d.People[i]
		if _, ok := x.people[p.ID]; !ok {
			x.order = append(x.order, p.ID)
		}
		x.people[p.ID] = p
	}
	return x
}

// file is the article file of a source id, and whether the id is known.
func (x *index) file(id *string) (string, bool) {
	if id == nil {
		return "", false
	}
	f, ok := x.srcFile[*id]
	return f, ok
}

// in reports whether source id belongs to article file.
func (x *index) in(id *string, file string) bool {
	f, ok := x.file(id)
	return ok && f == file
}

// Score scores d against the gold g and, when c is not nil, the cross gold.
func Score(d *Dossier, g *GoldSet, c *Cross) Result {
	x := newIndex(d)
	res := Result{GoldArticles: len(g.Files)}
	per := make(map[string]*Counts, len(g.Files))
	res.Articles = make([]Counts, len(g.Files))
	for i, f := range g.Files {
		res.Articles[i].File = f
		per[f] = &res.Articles[i]
	}
	for _, s := range d.Sources {
		f := baseName(s.File)
		gold, ok := g.By[f]
		if !ok {
			continue
		}
		res.SourcesMatched++
		if gold.Published != "" {
			per[f].PublishedN++
			if prefixRunes(s.Published, 10) == gold.Published {
				per[f].PublishedOK++
			}
		}
	}
	for _, f := range g.Files {
		x.scorePeople(g.By[f], per[f])
		x.scoreQuotes(g.By[f], per[f])
		x.scoreEvents(g.By[f], per[f])
	}
	for _, a := range res.Articles {
		res.Total.add(a)
	}
	if c != nil {
		res.HasCross = true
		x.scoreCross(g, c, &res)
	}
	return res
}

// scorePeople counts one article's people.
func (x *index) scorePeople(g *Gold, out *Counts) {
	var sys []string // ids with a mention in this article, in people order
	for _, id := range x.order {
		for _, m := range x.people[id].Mentions {
			if x.in(m.Source, g.Source) {
				sys = append(sys, id)
				break
			}
		}
	}
	matched := map[string]bool{}
	var credits []GoldPerson
	for _, gp := range g.People {
		if gp.Kind.is("credit", "subject") {
			credits = append(credits, gp)
		}
		if !gp.Kind.is("subject", "subject") {
			continue
		}
		out.PeopleGold++
		forms := normForms(gp.Forms)
		var hits []string
		for _, id := range sys {
			p := x.people[id]
			if nameMatch(p.Name, p.Aliases, gp.Name, gp.Forms) {
				hits = append(hits, id)
			}
		}
		first := len(hits)
		for _, id := range sys {
			p := x.people[id]
			if contains(hits[:first], id) {
				continue
			}
			if forms[normName(p.Name)] && !suffixesClashPlain(p.Name, gp.Name) {
				hits = append(hits, id)
			}
		}
		if len(hits) == 0 {
			out.PeopleFN++
			continue
		}
		out.PeopleTP++
		for _, id := range hits {
			matched[id] = true
		}
		if len(hits) > 1 {
			out.PeopleSplit++
		}
	}
	for _, id := range sys {
		if matched[id] {
			continue
		}
		p := x.people[id]
		credit := false
		for _, gp := range credits {
			if nameMatch(p.Name, p.Aliases, gp.Name, gp.Forms) || normForms(gp.Forms)[normName(p.Name)] {
				credit = true
				break
			}
		}
		if !credit {
			out.PeopleFP++
		}
	}
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// scoreQuotes counts one article's speech quotes and speakers.
func (x *index) scoreQuotes(g *Gold, out *Counts) {
	var sys []*Quote
	for i := range x.d.Quotes {
		q := &x.d.Quotes[i]
		if x.in(q.Source, g.Source) && q.Kind.is("speech", "speech") {
			sys = append(sys, q)
		}
	}
	used := make([]bool, len(sys))
	nUsed := 0
	for _, gq := range g.Quotes {
		if gq.Kind != "speech" {
			continue
		}
		best, bi := 0.0, -1
		for i, s := range sys {
			if used[i] {
				continue
			}
			if o := overlap(gq.Text, s.Text); o > best {
				best, bi = o, i
			}
		}
		if bi < 0 {
			out.QuotesFN++
			continue
		}
		used[bi] = true
		nUsed++
		out.QuotesTP++
		if gq.Speaker == nil || *gq.Speaker == "" {
			continue
		}
		out.SpeakerN++
		if sid := sys[bi].Speaker; sid != nil && *sid != "" {
			if p, ok := x.people[*sid]; ok && nameMatch(p.Name, p.Aliases, *gq.Speaker, nil) {
				out.SpeakerOK++
			}
		}
	}
	out.QuotesFP += len(sys) - nUsed
}

// dateHit reports whether a system date hits a gold date: it is not empty
// and begins with it.
func dateHit(sys, gold string) bool {
	return sys != "" && prefixRunes(sys, len([]rune(gold))) == gold
}

// reportDate is the date a report gives: its own, else its event's.
func reportDate(e *Event, r *Report) string {
	if r.Date != "" {
		return r.Date
	}
	return e.Date
}

// scoreEvents counts one article's event dates.
func (x *index) scoreEvents(g *Gold, out *Counts) {
	gold := map[string]bool{}
	for _, e := range g.Events {
		gold[e.Date] = true
	}
	sys := map[string]bool{}
	for i := range x.d.Events {
		e := &x.d.Events[i]
		for j := range e.Reports {
			if x.in(e.Reports[j].Source, g.Source) {
				sys[reportDate(e, &e.Reports[j])] = true
			}
		}
	}
	for gd := range gold {
		hit := false
		for sd := range sys {
			if dateHit(sd, gd) {
				hit = true
				break
			}
		}
		if hit {
			out.EventsTP++
		} else {
			out.EventsFN++
		}
	}
	for sd := range sys {
		hit := false
		for gd := range gold {
			if dateHit(sd, gd) {
				hit = true
				break
			}
		}
		if !hit {
			out.EventsFP++
		}
	}
}

// scoreCross counts the cross-article pairs and people.
func (x *index) scoreCross(g *GoldSet, c *Cross, res *Result) {
	// Recall of quote groups: each member maps to the system quote of its
	// article (any kind) with the highest overlap, the first on a tie.
	find := func(file, text string) *string {
		best := 0.0
		var group *string
		for i := range x.d.Quotes {
			q := &x.d.Quotes[i]
			if !x.in(q.Source, file) {
				continue
			}
			if o := overlap(text, q.Text); o > best {
				best, group = o, q.Group
			}
		}
		return group
	}
	for _, grp := range c.QuoteGroups {
		for i := range grp {
			for j := i + 1; j < len(grp); j++ {
				res.QuotePairs++
				ga, gb := find(grp[i].Source, grp[i].Text), find(grp[j].Source, grp[j].Text)
				if ga != nil && gb != nil && *ga == *gb {
					res.QuotePairsFound++
				}
			}
		}
	}
	// Recall of event groups: some one system event has reports from both
	// sources; dates are not checked.
	for _, grp := range c.EventGroups {
		for i := range grp.Reports {
			for j := i + 1; j < len(grp.Reports); j++ {
				res.EventPairs++
				a, b := grp.Reports[i].Source, grp.Reports[j].Source
				for k := range x.d.Events {
					if x.eventHas(&x.d.Events[k], a) && x.eventHas(&x.d.Events[k], b) {
						res.EventPairsFound++
						break
					}
				}
			}
		}
	}
	// People: the first system person whose name matches the canonical
	// name (the system's multi-word aliases count, as in score.py) must be
	// mentioned in every gold source.
	for _, cp := range c.People {
		if len(cp.Sources) < 2 {
			continue
		}
		res.CrossPeople++
		for _, id := range x.order {
			p := x.people[id]
			if !nameMatch(p.Name, p.Aliases, cp.Name, nil) {
				continue
			}
			srcs := map[string]bool{}
			for _, m := range p.Mentions {
				if f, ok := x.file(m.Source); ok {
					srcs[f] = true
				}
			}
			all := true
			for _, s := range cp.Sources {
				if !srcs[s] {
					all = false
					break
				}
			}
			if all {
				res.CrossPeopleOK++
			}
			break
		}
	}
	x.quotePairPrecision(g, c, res)
	x.eventPairPrecision(g, c, res)
}

// eventHas reports whether e has a report from article file.
func (x *index) eventHas(e *Event, file string) bool {
	for i := range e.Reports {
		if x.in(e.Reports[i].Source, file) {
			return true
		}
	}
	return false
}

// goldKey names one gold quote (article, text) or one gold event date
// (article, date).
type goldKey struct{ file, s string }

// groupsOf is the gold groups a key is in, numbered from 0; a key in no
// cross group is a group of its own, numbered from -1 down.
type groupsOf map[goldKey][]int

func (m groupsOf) of(k goldKey) []int { return m[k] }

func (m groupsOf) singleton(k goldKey) {
	if _, ok := m[k]; !ok {
		m[k] = []int{-1 - len(m)}
	}
}

func share(a, b []int) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

// quotePairPrecision counts the pairs of system quotes that share a
// group, both map to a gold quote, and whether those gold quotes are in one
// gold group.
func (x *index) quotePairPrecision(g *GoldSet, c *Cross, res *Result) {
	groups := groupsOf{}
	for i, grp := range c.QuoteGroups {
		for _, m := range grp {
			k := goldKey{m.Source, m.Text}
			if !contains2(groups[k], i) {
				groups[k] = append(groups[k], i)
			}
		}
	}
	byGroup := map[string][][]int{}
	var names []string
	for i := range x.d.Quotes {
		q := &x.d.Quotes[i]
		if q.Group == nil {
			continue
		}
		f, ok := x.file(q.Source)
		if !ok || g.By[f] == nil {
			continue
		}
		best, bt := 0.0, ""
		for _, gq := range g.By[f].Quotes {
			if o := overlap(gq.Text, q.Text); o > best {
				best, bt = o, gq.Text
			}
		}
		if best == 0 {
			continue
		}
		k := goldKey{f, bt}
		groups.singleton(k)
		if _, ok := byGroup[*q.Group]; !ok {
			names = append(names, *q.Group)
		}
		byGroup[*q.Group] = append(byGroup[*q.Group], groups.of(k))
	}
	sort.Strings(names)
	for _, n := range names {
		members := byGroup[n]
		for i := range members {
			for j := i + 1; j < len(members); j++ {
				res.SysQuotePairs++
				if share(members[i], members[j]) {
					res.SysQuotePairsOK++
				}
			}
		}
	}
}

func contains2(list []int, v int) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

// eventPairPrecision counts the pairs of reports of one system event, from
// two different articles, whose dates each hit a gold date of their
// article, and whether some gold event group holds both.
func (x *index) eventPairPrecision(g *GoldSet, c *Cross, res *Result) {
	groups := groupsOf{}
	for i, grp := range c.EventGroups {
		for _, r := range grp.Reports {
			k := goldKey{r.Source, r.Date}
			if !contains2(groups[k], i) {
				groups[k] = append(groups[k], i)
			}
		}
	}
	type mapped struct {
		file   string
		groups []int
	}
	for i := range x.d.Events {
		e := &x.d.Events[i]
		var reps []mapped
		for j := range e.Reports {
			r := &e.Reports[j]
			f, ok := x.file(r.Source)
			if !ok || g.By[f] == nil {
				continue
			}
			sd := reportDate(e, r)
			var gs []int
			seen := map[string]bool{}
			for _, ge := range g.By[f].Events {
				if seen[ge.Date] || !dateHit(sd, ge.Date) {
					continue
				}
				seen[ge.Date] = true
				k := goldKey{f, ge.Date}
				groups.singleton(k)
				gs = append(gs, groups.of(k)...)
			}
			if len(gs) > 0 {
				reps = append(reps, mapped{f, gs})
			}
		}
		for a := range reps {
			for b := a + 1; b < len(reps); b++ {
				if reps[a].file == reps[b].file {
					continue
				}
				res.SysEventPairs++
				if share(reps[a].groups, reps[b].groups) {
					res.SysEventPairsOK++
				}
			}
		}
	}
}
