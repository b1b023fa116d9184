package link

import (
	"github.com/dossier/dossier/generator/internal/annotate/dates"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/dossier/dossier/generator/internal/doc"
)

// Merge thresholds, tuned on the evaluation corpus (annotate/dates/testdata).
const (
	nearDays           = 1    // reports this many days apart may be one happening told wrongly
	postingCap         = 64   // index keys with more events than this are too common to search
	scanReports        = 12   // reports of a candidate event compared with a new report
	sameDayWords       = 0.30 // overlap that merges two reports of the same day
	containWords       = 0.30 // overlap that merges a coarser report into a finer event
	yearDayWords       = 0.50 // overlap that merges a year report and a day report
	yearDayMin         = 3    // and the number of words they must have in common
	sameDayEventWords  = 0.50 // overlap of two sources' reports that joins two events of one day
	sameDayEventMin    = 4    // and the number of words they must have in common
	sameDayPersonWords = 0.25 // overlap that, with a person and a telling word in common, merges two sources' reports of one day
	nearWords          = 0.40 // overlap that merges events a few days apart, as a conflict (×1.5 across sources)
)

// mrep is one report prepared for merging.
type mrep struct {
	// What score reads of every report it compares comes first, to be
	// read from memory together: placing compares millions of pairs.
	mv       mval // v
	planned  bool // rep.Planned
	relative bool // date.Relative
	inWeek   bool // week is set
	ctxDone  bool // ctxIDs and ctxPeopleIDs are computed (see context)
	src      *doc.Source
	// interned (see merger.intern): stems and people (in one allocation),
	// and "\x00" and the source id
	stemIDs, peopleIDs []int32
	srcKey             int32

	docIdx int
	slot   int         // the index of the report among the reports of all documents (see merger.first)
	rep    *doc.Report // in its document, which Merge does not change
	date   *doc.Date   // the report's date; date.Value is v.String() (see dates.ParseValue)
	line   int         // the file line of the date
	v      dates.Value
	people []string // dossier-wide person ids
	stems  []string
	surf   []string  // the first surface form of each stem
	week   time.Time // the Monday of the week a week expression names ("last week")
	// index periods (see periodKey): its own and the coarser ones, and the
	// periods to search: its own, and for a day the days around
	perIDs, lookIDs []int32
	// the stems of the text around it and the people named in it (its
	// own included), interned
	ctxIDs, ctxPeopleIDs []int32
	// joinedBy is the merge rule that put it into its event (see mergeRules)
	joinedBy mergeRule
}

// A mergeRule is one way a report joins an event; its name goes into the
// event's Why.
type mergeRule uint8

// The merge rules, weakest last.
const (
	ruleNewEvent          mergeRule = iota // the event's first report
	ruleSameDateWording                    // the same date and similar wording
	ruleSameDayPeople                      // the same day and two people in common
	ruleSameSourceTwice                    // one source giving a day twice, by weekday and in full
	ruleContainsWording                    // a period containing the other's date, similar wording
	ruleContainsPerson                     // a containing period, a person and some wording in common
	ruleSameDayEvents                      // two events of one day, told in much the same words by two sources
	ruleSameDayPersonWord                  // the same day, one person and a telling word of both clauses, two sources
	ruleCoarseIntoFiner                    // a month or year event moved into a finer one its reports fit
	ruleNearDayConflict                    // an event a day off, the same happening told wrongly: a conflict
	ruleCoarseTellingWord                  // different precisions, a person and one telling word in common
	numMergeRules
)

// mergeRuleNames are the rule names of the merge rules, by rule.
var mergeRuleNames = [numMergeRules]string{
	"new-event", "same-date-similar-wording", "same-day-two-people", "same-source-day-twice",
	"containing-period-similar-wording", "containing-period-person-and-wording", "same-day-events-joined",
	"same-day-person-and-word",
	"coarse-event-into-finer", "near-day-conflict", "coarse-person-and-telling-word",
}

// mergeWhy returns the provenance of an event whose reports were joined by
// the given rules (a set, by rule bit): their names, and a confidence that
// is the weakest rule's.
func mergeWhy(rules uint32, reports int) doc.Why {
	if reports <= 1 {
		return doc.Because(doc.High, "single-report")
	}
	w := doc.Why{Confidence: doc.High}
	for r := ruleSameDateWording; r < numMergeRules; r++ {
		if rules&(1<<r) == 0 {
			continue
		}
		w.Rules = append(w.Rules, mergeRuleNames[r])
		switch {
		case r == ruleCoarseTellingWord:
			w.Confidence = doc.Low
		case r >= ruleContainsWording && w.Confidence == doc.High:
			w.Confidence = doc.Medium
		}
	}
	return w
}

// mevent is an event being built.
type mevent struct {
	reps []int       // indexes into the merge's reports
	v    dates.Value // the finest date seen so far
	mv   mval        // v
}

// ikey is an index key: a period ("2021-03-04", "2021-03", "2021", "c1990")
// with a person id (or "\x00" and a source id) or a shingle, all interned.
type ikey uint64

func makeKey(period int32, person bool, tok int32) ikey {
	k := ikey(uint32(period))<<33 | ikey(uint32(tok))
	if person {
		k |= 1 << 32
	}
	return k
}

// merger holds the state of one Merge.
type merger struct {
	docs []*doc.Annotated
	ids  [][]string // dossier-wide person ids per doc
	// first[i] is the slot of docs[i].Reports[0]: the reports of all
	// documents are numbered in document and report order
	first  []int
	byID   []int   // the indexes of docs, by source id (see order)
	rank   []int32 // by doc: the rank of its source id among them (see order)
	reps   []mrep
	events []*mevent
	index  map[ikey][]int
	seen   []int  // per event: the stamp of the last search that looked at it
	round  int    // searches so far, for unique stamps
	keys   []ikey // a buffer for the keys of one search
	strs   map[string]int32
	names  []string // the interned strings, by number
	// generic[id] is true for the interned stems of dates' lexicon/generic.txt
	generic []bool
}

// intern returns the number of string x, the same for equal strings.
func (m *merger) intern(x string) int32 {
	id, ok := m.strs[x]
	if !ok {
		id = int32(len(m.strs))
		m.strs[x] = id
		m.names = append(m.names, x)
		m.generic = append(m.generic, dates.GenericStem(x))
	}
	return id
}

func (m *merger) internAll(xs []string) []int32 {
	out := make([]int32, len(xs))
	for i, x := range xs {
		out[i] = m.intern(x)
	}
	return out
}

// PreparedEvents is a merge of the reports of some documents with the work that
// needs no person ids done (see PrepareEvents).
type PreparedEvents struct {
	m     *merger
	order []int // the order in which to place the reports
}

// PrepareEvents does the part of merging the reports of docs into events that
// needs no person ids: their wording, periods and order. It only reads
// the documents, so it can run while people are linked; PreparedEvents.Merge
// does the rest.
func PrepareEvents(docs []*doc.Annotated) *PreparedEvents {
	m := &merger{docs: docs, strs: map[string]int32{}}
	order := m.prepare()
	return &PreparedEvents{m: m, order: order}
}

// Merge merges the prepared reports of all sources into events.
// personIDs[i][j] is the dossier-wide id of docs[i].People[j]. Events are
// sorted by date, then id.
//
// Reports are taken finest date first; each joins the best-matching event
// found through an index of (period, person) and (period, shingle) keys, or
// starts a new one. A report joins an event when one of the event's reports
// has a compatible date (the same day, or a period containing the other) and
// similar wording or the same people, or a date a few days off and very
// similar wording (then the event records a date conflict).
//
// It also returns the event of every report: reportEvent[i][j] is
// the id of the event docs[i].Reports[j] went into, "" for a report
// without a usable date. Reports that an event's entry cannot tell apart
// (the same source id, line and text) share the id of the last of their
// events in the order of events. A PreparedEvents merges once.
func (p *PreparedEvents) Merge(personIDs [][]string) (events []doc.EventEntry, reportEvent [][]string) {
	m, events, at := p.merge(personIDs)
	return events, m.reportEvents(events, at)
}

// merge finishes the merge and returns the events with the index in them
// of the event of each report (see entries).
func (p *PreparedEvents) merge(personIDs [][]string) (m *merger, events []doc.EventEntry, at []int32) {
	m = p.m
	if m == nil {
		panic("dates: PreparedEvents.Merge called twice")
	}
	p.m = nil
	m.addPeople(personIDs)
	m.group(p.order)
	events, at = m.entries()
	return m, events, at
}

// group places the reports, in the given order, into events.
func (m *merger) group(order []int) {
	// about one key a report (1.3 on the synthetic corpus): room from the
	// start spares growing a large map step by step
	m.index = make(map[ikey][]int, len(m.reps))
	for _, k := range order {
		m.place(k)
	}
	// A report placed early may have started an event alone only because
	// the reports like it came later: place the lone reports again.
	for e, ev := range m.events {
		if len(ev.reps) != 1 {
			continue
		}
		k := ev.reps[0]
		ev.reps = nil
		if best, _, rule := m.best(k); best >= 0 && best != e {
			m.join(k, best, rule)
		} else {
			ev.reps = []int{k}
		}
	}
	m.absorbCoarse()
	m.joinSameDay()
	m.moveToNearDay()
	m.joinNear()
}

// moveToNearDay moves a report out of a same-day event it fits only
// loosely into an event a day away that tells it in much the same words,
// from another source, so the disagreement is recorded (near-day-conflict)
// instead of hidden: "a storm cut power to 20,000 homes on June 16" (one
// source) joins "a storm knocked out power to 20,000 homes on Monday, June
// 15" (another), not "crews restored power to most homes by Tuesday
// evening" (a third), which shares two words with it. Only a report that
// is its source's one report of the event moves, and only when the near
// fit is strong (nearWords, as across sources), half as much again as its
// fit in place, and told so by two other sources at least: the report
// goes where the others agree, not to one other source's date.
func (m *merger) moveToNearDay() {
	for x, ex := range m.events {
		if len(ex.reps) < 2 || ex.mv.rank != dayRank {
			continue
		}
		for i := 0; i < len(ex.reps); i++ {
			k := ex.reps[i]
			r := &m.reps[k]
			if r.mv.rank != dayRank || m.lasting(r) {
				continue
			}
			within, alone := 0.0, true
			for _, j := range ex.reps {
				o := &m.reps[j]
				if j == k {
					continue
				}
				if o.src == r.src {
					alone = false
					break
				}
				within = max(within, overlap(r.stemIDs, o.stemIDs))
			}
			if !alone || within >= nearWords*1.5 {
				continue
			}
			target, targetScore := -1, 0.0
			for _, per := range r.lookIDs[1:] {
				for _, st := range r.stemIDs {
					post := m.index[makeKey(per, false, st)]
					if len(post) > postingCap {
						continue
					}
					for _, y := range post {
						ey := m.events[y]
						if y == x || len(ey.reps) == 0 || ey.mv.rank != dayRank || relationOf(ex.mv, ey.mv) != relNear {
							continue
						}
						if sc, n := m.nearFit(r, ey); n >= 2 && sc > targetScore {
							target, targetScore = y, sc
						}
					}
				}
			}
			if target < 0 || targetScore < nearWords*1.5 || targetScore < 1.5*within {
				continue
			}
			ex.reps = slices.Delete(ex.reps, i, i+1)
			i--
			m.join(k, target, ruleNearDayConflict)
		}
	}
}

// nearFit returns the best wording overlap of report r with the day
// reports of event y from other sources, told as fact or plan alike and
// not as a state going on, and the number of those sources that tell it
// in much the same words (nearWords, as across sources); 0, 0 when y has
// a report of r's source.
func (m *merger) nearFit(r *mrep, y *mevent) (best float64, sources int) {
	var fit []*doc.Source
	for _, j := range y.reps {
		o := &m.reps[j]
		if o.src == r.src {
			return 0, 0
		}
		if o.mv.rank != dayRank || o.planned != r.planned || m.lasting(o) {
			continue
		}
		ov := overlap(r.stemIDs, o.stemIDs)
		best = max(best, ov)
		if ov >= nearWords*1.5 && !slices.Contains(fit, o.src) {
			fit = append(fit, o.src)
		}
	}
	return best, len(fit)
}

// joinSameDay merges two events of the same day when a report of one and
// a report of the other, from two sources, tell it in much the same words
// (sameDayEventWords): reports are placed one at a time, so the first
// reports of one happening can start two events, each joined by its own
// source's other reports ("The blackout began soon after 6 p.m. on
// Friday at a substation run by X" and "The blackout started soon after
// 6 p.m. on Friday near a substation run by X"). The event told by fewer
// sources moves into the other.
func (m *merger) joinSameDay() {
	byDay := map[mval][]int{}
	var days []mval
	for e, ev := range m.events {
		if len(ev.reps) == 0 || ev.mv.rank != dayRank || !oneDate(m, ev) {
			continue
		}
		if _, ok := byDay[ev.mv]; !ok {
			days = append(days, ev.mv)
		}
		byDay[ev.mv] = append(byDay[ev.mv], e)
	}
	for _, day := range days {
		es := byDay[day]
		if len(es) < 2 || len(es) > postingCap {
			continue
		}
		for i := len(es) - 1; i >= 0; i-- {
			x := m.events[es[i]]
			target, targetScore := -1, 0.0
			for j := range es {
				y := m.events[es[j]]
				if j == i || len(y.reps) == 0 || len(x.reps) == 0 {
					continue
				}
				if sc := m.sameDayScore(x, y); sc > targetScore {
					target, targetScore = es[j], sc
				}
			}
			if target < 0 {
				continue
			}
			from, into := es[i], target
			if len(sourcesOf(m, m.events[target])) < len(sourcesOf(m, x)) {
				from, into = target, es[i] // the event of more sources keeps its place
			}
			reps := m.events[from].reps
			m.events[from].reps = nil
			for _, k := range reps {
				m.join(k, into, ruleSameDayEvents)
			}
		}
	}
}

// sameDayScore returns the best wording overlap between a report of x and a
// report of y of another source when it reaches sameDayEventWords, else 0;
// a plan and a fact, or two dates of one sentence, are two happenings.
func (m *merger) sameDayScore(x, y *mevent) float64 {
	best := 0.0
	xr, yr := x.reps, y.reps
	if len(xr) > scanReports {
		xr = xr[:scanReports]
	}
	if len(yr) > scanReports {
		yr = yr[:scanReports]
	}
	for _, i := range xr {
		r := &m.reps[i]
		for _, j := range yr {
			o := &m.reps[j]
			if r.planned != o.planned || r.src == o.src && r.rep.Start < o.rep.End && o.rep.Start < r.rep.End {
				return 0
			}
			if r.src == o.src {
				continue
			}
			// four words in common at least: short clauses ("her
			// account of the fire") meet others by one or two words
			if ov := overlap(r.stemIDs, o.stemIDs); ov >= sameDayEventWords && ov > best && commonCount(r.stemIDs, o.stemIDs) >= sameDayEventMin {
				best = ov
			}
		}
	}
	return best
}

// absorbCoarse moves each event known only to the month, year or decade
// into a finer event that one of its reports fits, latest events first: a
// month report placed before the day report it belongs with is not lost.
func (m *merger) absorbCoarse() {
	for e := len(m.events) - 1; e >= 0; e-- {
		ev := m.events[e]
		if len(ev.reps) == 0 || ev.mv.rank == dayRank {
			continue
		}
		reps := ev.reps
		ev.reps = nil
		target, targetScore := -1, 0.0
		finer := func(f int) bool {
			return m.events[f].mv.rank < ev.mv.rank && ev.mv.contains(m.events[f].mv)
		}
		for _, k := range reps {
			if m.reps[k].mv != ev.mv {
				continue
			}
			// Only a finer event in ev's period can take the report: when
			// it has no such candidate at all, the best one it finds is not
			// one either, and scoring them all is spared.
			if !m.anyCandidate(k, finer) {
				continue
			}
			if f, sc, _ := m.best(k); f >= 0 && f != e && finer(f) && sc > targetScore {
				target, targetScore = f, sc
			}
		}
		fits := 0
		for _, k := range reps {
			if target < 0 {
				break
			}
			if sc, _ := m.score(&m.reps[k], m.events[target]); sc > 0 {
				fits++
			}
		}
		if target < 0 || 2*fits < len(reps) {
			ev.reps = reps
			continue
		}
		for _, k := range reps {
			m.join(k, target, ruleCoarseIntoFiner)
		}
	}
}

func appendUnique(xs []string, x string) []string {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

// periods returns the index periods of a value: itself and every coarser
// period, as periodKey numbers them.
func periods(v dates.Value) []int32 {
	out := make([]int32, 0, 4)
	switch v.Precision {
	case doc.Day:
		out = append(out, periodKey(v))
		fallthrough
	case doc.Month:
		out = append(out, periodKey(dates.Value{Year: v.Year, Month: v.Month, Precision: doc.Month}))
		fallthrough
	case doc.Year:
		out = append(out, periodKey(dates.Value{Year: v.Year, Precision: doc.Year}))
	}
	return append(out, periodKey(dates.Value{Year: v.Year / 10 * 10, Precision: doc.Decade}))
}

// lookups returns the periods to search for a report's value: its own, and
// for a day the days around it.
func lookups(v dates.Value) []int32 {
	out := make([]int32, 0, 1+2*nearDays)
	out = append(out, periodKey(v))
	if v.Precision == doc.Day {
		t := v.First()
		for d := 1; d <= nearDays; d++ {
			out = append(out, periodKey(dates.DayOf(t.AddDate(0, 0, d))), periodKey(dates.DayOf(t.AddDate(0, 0, -d))))
		}
	}
	return out
}

// periodKey numbers a period for the index: equal periods get equal
// numbers, different ones different numbers (for years -1 to 10,000, one
// day either side of the four-digit years dates.ParseValue reads), all of them
// non-negative and below 2^31 as makeKey needs. A decade is numbered by
// its first year.
func periodKey(v dates.Value) int32 {
	kind := int32(dates.PrecisionRank(v.Precision))
	return ((int32(v.Year+1)*100+int32(v.Month))*100+int32(v.Day))*4 + kind
}

// place puts report k into the best matching event, or a new one.
func (m *merger) place(k int) {
	best, _, rule := m.best(k)
	if best < 0 {
		best, rule = len(m.events), ruleNewEvent
		m.events = append(m.events, &mevent{v: m.reps[k].v, mv: m.reps[k].mv})
		m.seen = append(m.seen, 0)
	}
	m.join(k, best, rule)
}

// best returns the event report k fits best, its score and the rule that
// lets it join, or -1.
func (m *merger) best(k int) (best int, bestScore float64, rule mergeRule) {
	r := &m.reps[k]
	best = -1
	m.candidates(k, func(e int) bool {
		if sc, ru := m.score(r, m.events[e]); sc > bestScore || sc == bestScore && sc > 0 && e < best {
			best, bestScore, rule = e, sc, ru
		}
		return true
	})
	return best, bestScore, rule
}

// anyCandidate reports whether one of the events report k might join
// satisfies ok.
func (m *merger) anyCandidate(k int, ok func(e int) bool) bool {
	found := false
	m.candidates(k, func(e int) bool {
		found = ok(e)
		return !found
	})
	return found
}

// candidates calls visit with each event report k might join, once: the
// events with reports indexed under the keys of k in its lookup periods
// (but those of keys too common to search), until visit returns false.
func (m *merger) candidates(k int, visit func(e int) bool) {
	r := &m.reps[k]
	stamp := len(m.reps)*m.round + k + 1
	m.round++
	for _, per := range r.lookIDs {
		keys := append(m.keys[:0], makeKey(per, true, r.srcKey))
		for _, p := range r.peopleIDs {
			keys = append(keys, makeKey(per, true, p))
		}
		for _, s := range r.stemIDs {
			keys = append(keys, makeKey(per, false, s))
		}
		m.keys = keys
		for _, key := range keys {
			post := m.index[key]
			if len(post) > postingCap {
				continue
			}
			for _, e := range post {
				if m.seen[e] == stamp || len(m.events[e].reps) == 0 {
					continue
				}
				m.seen[e] = stamp
				if !visit(e) {
					return
				}
			}
		}
	}
}

// join adds report k to event best, by rule, and indexes it there.
func (m *merger) join(k, best int, rule mergeRule) {
	r := &m.reps[k]
	r.joinedBy = rule
	e := m.events[best]
	e.reps = append(e.reps, k)
	if r.mv.rank < e.mv.rank {
		e.v, e.mv = r.v, r.mv
	}
	for _, per := range r.perIDs {
		m.post(makeKey(per, true, r.srcKey), best)
		for _, p := range r.peopleIDs {
			m.post(makeKey(per, true, p), best)
		}
		for _, s := range r.stemIDs {
			m.post(makeKey(per, false, s), best)
		}
	}
}

func (m *merger) post(key ikey, e int) {
	post := m.index[key]
	if n := len(post); n > 0 && post[n-1] == e {
		return
	}
	if len(post) <= postingCap {
		m.index[key] = append(post, e)
	}
}

// score rates how well report r fits event e: 0 when it does not, else
// the best similarity with one of e's reports, and the rule that lets it join.
func (m *merger) score(r *mrep, e *mevent) (float64, mergeRule) {
	if outOfWeek(r, e.v) {
		return 0, ruleNewEvent // the event's day is not in the report's week
	}
	best, bestRule := 0.0, ruleNewEvent
	n := len(e.reps)
	if n > scanReports {
		n = scanReports
	}
	for _, k := range e.reps[:n] {
		o := &m.reps[k]
		// Only the same date or a period containing the other can join
		// (coarseFits too needs one of them): skip the rest before
		// comparing wording.
		rel := relationOf(r.mv, o.mv)
		if rel != relSame && rel != relContains {
			continue
		}
		if rel == relContains && outsideWeek(r, o) {
			continue
		}
		if r.src == o.src && r.planned != o.planned {
			// plan-and-fact-of-one-source: against one anchor, "delayed
			// the vote on Monday" and "the vote will now happen later
			// this month" are two happenings, however alike their words
			continue
		}
		ov := overlap(r.stemIDs, o.stemIDs)
		shared := 0
		for _, p := range r.peopleIDs {
			for _, q := range o.peopleIDs {
				if p == q {
					shared++
				}
			}
		}
		sc := 0.01 + ov + 0.15*float64(shared)
		// Coarser dates say less, so they need more shared wording.
		need := sameDayWords * (1 + 0.2*float64(r.mv.rank))
		rule := ruleNewEvent
		if r.src == o.src {
			need *= 2.0 / 3 // one story naming a day twice mostly tells one happening
		}
		switch {
		case rel == relSame && ov >= need:
			rule = ruleSameDateWording
		case rel == relSame && r.mv.rank == dayRank && shared >= 2:
			rule = ruleSameDayPeople
		case rel == relSame && r.mv.rank == dayRank && r.src == o.src && r.relative != o.relative:
			rule = ruleSameSourceTwice // one story giving a day twice, by weekday and in full
		case rel == relContains && ov >= containWords && (rankGap(r.mv, o.mv) < 2 || ov >= yearDayWords && commonCount(r.stemIDs, o.stemIDs) >= yearDayMin):
			// a year and a day in it need more wording in common: a year
			// dates many happenings of a story ("the 2019 budget", a
			// survey printed on a day of 2019)
			rule = ruleContainsWording
		case rel == relContains && shared >= 1 && ov >= containWords*2/3 && rankGap(r.mv, o.mv) == 1:
			// a year says too little of a day for a person and a word to tie them
			rule = ruleContainsPerson
		case rel == relSame && r.mv.rank == dayRank && r.src != o.src && r.planned == o.planned && shared >= 1 &&
			shared == len(r.peopleIDs) && shared == len(o.peopleIDs) && ov >= sameDayPersonWords && m.clauseShared(r, o):
			// "briefed shareholders on Friday" and "at a meeting with
			// shareholders on Friday", of one person: few words, but the
			// day, the same people and a word that is not generic ("an
			// aide to the mill said", of two people, is not "X told the
			// radio the mill would not reopen", of one of them)
			rule = ruleSameDayPersonWord
		case m.coarseFits(r, o, shared):
			rule = ruleCoarseTellingWord
		}
		if rule != ruleNewEvent && sc > best {
			best, bestRule = sc, rule
		}
	}
	return best, bestRule
}

// rankGap returns how many precisions apart two dates are (a month and a
// day: 1; a year and a day: 2).
func rankGap(a, b mval) int {
	if d := int(a.rank) - int(b.rank); d >= 0 {
		return d
	}
	return int(b.rank) - int(a.rank)
}

// The relations between two report dates.
const (
	relNone     = iota
	relSame     // the same value
	relContains // one period contains the other
	relNear     // two days a few days apart
)

func relation(a, b dates.Value) int {
	switch {
	case a.Year == b.Year && a.Month == b.Month && a.Day == b.Day && a.Precision == b.Precision: // a == b, field by field: inlined
		return relSame
	case a.Contains(b) || b.Contains(a):
		return relContains
	case a.Precision == doc.Day && b.Precision == doc.Day:
		d := dates.DayNumber(a) - dates.DayNumber(b)
		if d < 0 {
			d = -d
		}
		if d <= nearDays {
			return relNear
		}
	}
	return relNone
}

// joinNear merges an event into another dated a few days off when their
// reports tell the same happening: the smaller event's sources all report
// the larger one too (a source contradicting itself) and the wording is
// similar, or the wording is very similar. The event keeps both dates and
// records the conflict.
func (m *merger) joinNear() {
	// The sources of an event are counted by marking their numbers.
	mark := make([]int, len(m.names))
	stamp := 0
	countSources := func(ev *mevent) int {
		stamp++
		n := 0
		for _, k := range ev.reps {
			if s := m.reps[k].srcKey; mark[s] != stamp {
				mark[s] = stamp
				n++
			}
		}
		return n
	}
	nsrc := make([]int, len(m.events))
	for e, ev := range m.events {
		nsrc[e] = countSources(ev)
	}
	for x := len(m.events) - 1; x >= 0; x-- {
		ex := m.events[x]
		if len(ex.reps) == 0 || ex.mv.rank != dayRank {
			continue
		}
		target, targetScore := -1, 0.0
		nx := nsrc[x]
		tried := map[int]bool{}
		for _, k := range ex.reps {
			r := &m.reps[k]
			for _, per := range r.lookIDs[1:] {
				keys := make([]ikey, 0, len(r.stemIDs)+len(r.peopleIDs))
				for _, s := range r.stemIDs {
					keys = append(keys, makeKey(per, false, s))
				}
				for _, p := range r.peopleIDs {
					keys = append(keys, makeKey(per, true, p))
				}
				for _, key := range keys {
					post := m.index[key]
					if len(post) > postingCap {
						continue
					}
					for _, y := range post {
						if tried[y] {
							continue
						}
						tried[y] = true
						if y == x || len(m.events[y].reps) == 0 || m.events[y].mv.rank != dayRank || relationOf(ex.mv, m.events[y].mv) != relNear {
							continue
						}
						if nsrc[y] <= nx || !oneDate(m, ex) {
							continue // the larger event absorbs the smaller, one date at a time
						}
						if sc := m.nearScore(ex, m.events[y]); sc > targetScore {
							target, targetScore = y, sc
						}
					}
				}
			}
		}
		if target < 0 {
			continue
		}
		reps := ex.reps
		ex.reps = nil
		for _, k := range reps {
			m.join(k, target, ruleNearDayConflict)
		}
		nsrc[target] = countSources(m.events[target])
	}
}

// nearScore returns the best wording overlap between the reports of x and
// y if it is enough to call them one happening, else 0.
func (m *merger) nearScore(x, y *mevent) float64 {
	need := nearWords * 1.5
	ys, xs := sourcesOf(m, y), sourcesOf(m, x)
	subset := true
	for s := range xs {
		subset = subset && ys[s]
	}
	lone := !subset && len(xs) == 1 && len(x.reps) == 1 && len(ys) >= 2
	// A source that tells both days (subset) tells two happenings more
	// often than it contradicts itself ("a storm knocked out power on
	// Monday", "crews restored power by Tuesday evening"): it needs the
	// same wording as two sources, or two people in common (below).
	best := 0.0
	xr, yr := x.reps, y.reps
	if len(xr) > scanReports {
		xr = xr[:scanReports]
	}
	if len(yr) > scanReports {
		yr = yr[:scanReports]
	}
	for _, i := range xr {
		r := &m.reps[i]
		for _, j := range yr {
			o := &m.reps[j]
			// Two dates of one sentence, or a plan and a fact, are two happenings.
			if r.planned != o.planned || r.src == o.src && r.rep.Start < o.rep.End && o.rep.Start < r.rep.End {
				return 0
			}
			if o.mv.rank != dayRank {
				continue
			}
			// "the school remained shut on Friday" tells a state lasting
			// into the next day, not the closing of Thursday dated
			// wrongly: no conflict to make of it
			if m.lasting(r) || m.lasting(o) {
				continue
			}
			ov := overlap(r.stemIDs, o.stemIDs)
			// a source telling both dates, about the same two people or more
			if subset && ov >= nearWords/2 && sharedPeople(r, o) >= 2 {
				ov += nearWords
			}
			// one source against several others, a day off, about the same
			// person in some of the same words: the lone source is wrong
			if lone && ov >= nearWords/2 && sharedPeople(r, o) >= 1 && m.clauseShared(r, o) {
				ov += nearWords
			}
			if ov >= need && ov > best {
				best = ov
			}
		}
	}
	return best
}

// lastingStems are the stems of the verbs that tell a state going on
// ("remained", "continues"), not a happening.
var lastingStems = []string{"remain", "continu"}

// lasting reports whether report r's clause tells a state going on.
func (m *merger) lasting(r *mrep) bool {
	for _, st := range r.stems {
		if slices.Contains(lastingStems, st) {
			return true
		}
	}
	return false
}

// sourcesOf returns the ids of the sources that report event e.
func sourcesOf(m *merger, e *mevent) map[string]bool {
	out := map[string]bool{}
	for _, k := range e.reps {
		out[m.reps[k].src.ID] = true
	}
	return out
}

// oneDate reports whether all the day-precision reports of e give the same day.
func oneDate(m *merger, e *mevent) bool {
	for _, k := range e.reps {
		if v := m.reps[k].mv; v.rank == dayRank && v != e.mv {
			return false
		}
	}
	return true
}

// unnamed returns the text of span without the temporal expression and
// the people's names (people are compared by id, not by wording): each
// left out with a space in its place.
func unnamed(a *doc.Annotated, span, expr doc.Span) string {
	var b strings.Builder
	first := true
	unnamedPieces(a, span, expr, func(piece string) {
		if !first {
			b.WriteByte(' ')
		}
		first = false
		b.WriteString(piece)
	})
	return b.String()
}

// unnamedPieces calls fn with each piece of the text of span between the
// temporal expression and the names, in order, empty ones included:
// unnamed joins them with spaces.
func unnamedPieces(a *doc.Annotated, span, expr doc.Span, fn func(piece string)) {
	text := a.Source.Text
	if span.Start < 0 || span.End > len(text) || span.Start > span.End {
		return
	}
	at := span.Start
	cut := func(c doc.Span) {
		if c.End <= at || c.Start >= span.End {
			return
		}
		piece := ""
		if c.Start > at {
			piece = text[at:c.Start]
		}
		fn(piece)
		at = c.End
	}
	ms := a.Mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].End > span.Start })
	exprDone := false
	for ; i < len(ms) && ms[i].Start < span.End; i++ {
		if !exprDone && expr.Start < ms[i].Start {
			cut(expr)
			exprDone = true
		}
		cut(ms[i].Span)
	}
	if !exprDone {
		cut(expr)
	}
	last := ""
	if at < span.End {
		last = text[at:span.End]
	}
	fn(last)
}

// sharedPeople counts the people two reports both name.
func sharedPeople(r, o *mrep) int {
	n := 0
	for _, p := range r.peopleIDs {
		for _, q := range o.peopleIDs {
			if p == q {
				n++
			}
		}
	}
	return n
}

// commonCount counts the distinct ids a and b have in common.
func commonCount(a, b []int32) int {
	n := 0
	for _, x := range a {
		if slices.Contains(b, x) {
			n++
		}
	}
	return n
}
