package dates

import (
	"strings"
	"time"

	"github.com/dossier/dossier/generator/internal/doc"
)

// unitOf maps the calendar unit words of relative expressions.
var unitOf = map[string]string{
	"day": "day", "days": "day", "week": "week", "weeks": "week", "weekend": "weekend",
	"month": "month", "months": "month", "year": "year", "years": "year",
}

// matchRelative reads expressions computed from the anchor or from the
// previous date: "today", "yesterday", "this morning", "last night", "last
// week", "next month", "this year", "earlier this month", "earlier that
// month", "that day", "the next day", "two weeks ago".
func (s *scanner) matchRelative(i int) int {
	b := s.low(i)
	if b == nil {
		return i
	}
	w := string(b)
	switch w {
	case "today", "tonight", "yesterday", "tomorrow":
		// "USA Today", "the Today show": a capital inside a sentence is a name.
		if isCap(s.text, s.toks[i]) && !s.sentenceStart(i) {
			return i
		}
		if !s.hasAnchor {
			s.skip(i, i+1)
			return i + 1
		}
		off := 0 // today, tonight
		switch w {
		case "yesterday":
			off = -1
		case "tomorrow":
			off = 1
		}
		f := dateOf(dayOf(s.anchor.AddDate(0, 0, off)), true)
		if w == "tonight" {
			f.Time = "night"
		}
		f.planned = off > 0
		return s.add(i, i+1, f)
	case "this", "last", "next", "earlier", "later", "that":
		return s.matchDeictic(i, w)
	case "the":
		return s.matchAnaphoric(i)
	}
	// "two weeks ago", "a year ago", "3 days ago"
	n, ok := s.lex.numbers[w]
	if !ok {
		return i
	}
	return s.matchAgo(i, n)
}

// yearShift returns the shift that this, last or next gives ("this year",
// "last month"); ok is false for any other word. (A switch: a map literal
// here would be built at every call.)
func yearShift(w []byte) (off int, ok bool) {
	switch string(w) {
	case "this":
		return 0, true
	case "last":
		return -1, true
	case "next":
		return 1, true
	}
	return 0, false
}

// sentenceStart reports whether token i opens a sentence.
func (s *scanner) sentenceStart(i int) bool {
	k := sentenceAt(s.sents, s.toks[i].start)
	return k >= 0 && s.sents[k].start == s.toks[i].start || i == 0 || s.toks[i].newline ||
		s.punctIs(i-1, ".") || s.punctIs(i-1, "“") || s.punctIs(i-1, "\"") || s.punctIs(i-1, "'") || s.punctIs(i-1, "‘")
}

// matchDeictic reads expressions that start with this/last/next/earlier/later/that.
func (s *scanner) matchDeictic(i int, w string) int {
	j := i + 1
	ref := ""
	if w == "earlier" || w == "later" {
		b := s.low(j)
		if b == nil || (string(b) != "this" && string(b) != "that") {
			return i
		}
		ref, j = string(b), j+1
	}
	b := s.low(j)
	if b == nil {
		return i
	}
	unit := string(b)
	switch {
	case w == "this" && s.lex.partsOfDay[unit] && unit != "noon" && unit != "midnight":
		if !s.hasAnchor {
			s.skip(i, j+1)
			return j + 1
		}
		f := dateOf(dayOf(s.anchor), true)
		f.Time = unit
		return s.add(i, j+1, f)
	case w == "that" && ref == "" && s.lex.partsOfDay[unit] && unit != "noon" && unit != "midnight":
		return s.partOfReferentDay(i, j+1, unit)
	case w == "that" && ref == "" && s.isWeekdayAt(j):
		return s.weekdayOfReferent(i, j)
	case w == "last" && unit == "night":
		if !s.hasAnchor {
			s.skip(i, j+1)
			return j + 1
		}
		f := dateOf(dayOf(s.anchor.AddDate(0, 0, -1)), true)
		f.Time = "night"
		return s.add(i, j+1, f)
	}
	if _, ok := s.lex.seasons[unit]; ok && (w == "this" || w == "last" || w == "next") {
		return s.matchSeason(i)
	}
	u, ok := unitOf[unit]
	if !ok || u == "day" && w != "that" && ref == "" || unit != u && u != "weekend" && unit[len(unit)-1] == 's' {
		return i
	}
	if w == "that" || ref == "that" {
		return s.addFromReferent(i, j+1, u, 0)
	}
	if !s.hasAnchor {
		return j + 1
	}
	off, _ := yearShift([]byte(w)) // this, last, next; 0 for earlier, later
	a := s.anchor
	var v val
	switch u {
	case "day":
		v = dayOf(a)
	case "week":
		v = weekVal(a.AddDate(0, 0, 7*off))
	case "weekend":
		// the Saturday of this, the last or the next weekend
		sat := a.AddDate(0, 0, (6-int(a.Weekday())+7)%7)
		if off < 0 || (off == 0 && a.Weekday() == time.Sunday) {
			sat = sat.AddDate(0, 0, -7)
		}
		if off > 0 {
			sat = sat.AddDate(0, 0, 7*(off-1))
			if a.Weekday() == time.Saturday || a.Weekday() == time.Sunday {
				sat = sat.AddDate(0, 0, 7)
			}
		}
		v = weekendVal(sat)
	case "month":
		v = monthVal(a, off)
	case "year":
		v = val{a.Year() + off, 0, 0, doc.Year}
	}
	f := dateOf(v, true)
	f.planned = off > 0 || w == "later"
	return s.add(i, j+1, f)
}

// isWeekdayAt reports whether token j is a weekday.
func (s *scanner) isWeekdayAt(j int) bool {
	_, _, ok := s.weekdayAt(j)
	return ok
}

// weekdayOfReferent dates "that Sunday" ("that Sunday night") at token i,
// the weekday at token j: the latest day the text named that is such a
// weekday, else the one of that weekday within three days of the latest
// day the text named. "That" points back to a day told before: it is
// never the anchor's coming weekday.
func (s *scanner) weekdayOfReferent(i, j int) int {
	wd, next, _ := s.weekdayAt(j)
	part := ""
	if s.wordIn(next, s.lex.partsOfDay) {
		part, next = string(s.low(next)), next+1
	}
	var day val
	found := false
	for k := len(s.out) - 1; k >= 0 && !found; k-- {
		f := s.out[k]
		if f.timeOnly || f.meta || f.Precision != doc.Day {
			continue
		}
		if v, ok := parseVal(f.Value, f.Precision); ok && int(v.date().Weekday()) == wd {
			day, found = v, true
		}
	}
	if !found {
		r, ok := s.referent(doc.Day)
		if !ok {
			return i // no day told before: the weekday reads alone
		}
		t := r.date()
		step := (wd - int(t.Weekday()) + 7) % 7
		if step > 3 {
			step -= 7
		}
		day = dayOf(t.AddDate(0, 0, step))
	}
	s.res = resWeekdayOfTextDay
	f := dateOf(day, true)
	f.Time = part
	return s.add(i, next, f)
}

// partOfReferentDay dates "that night", "that afternoon" over tokens [i,
// next): the day the text last named, at that part of the day.
func (s *scanner) partOfReferentDay(i, next int, part string) int {
	r, ok := s.pastReferentDay()
	if !ok {
		return next
	}
	s.res = resPartOfTextDay
	f := dateOf(dayOf(r.date()), true)
	f.Time = part
	return s.add(i, next, f)
}

// pastReferentDay returns the latest day the text named before, but for
// the publication day named as such ("this morning", "today") and days
// ahead ("a week from today"): "that night" is a past one.
func (s *scanner) pastReferentDay() (val, bool) {
	for k := len(s.out) - 1; k >= 0; k-- {
		f := s.out[k]
		if f.timeOnly || f.meta || f.Precision != doc.Day {
			continue
		}
		if s.hasAnchor && (f.Relative && f.Value == dayOf(s.anchor).String() || f.Value > dayOf(s.anchor).String()) {
			continue // now, or ahead
		}
		return parseVal(f.Value, f.Precision)
	}
	return val{}, false
}

// matchAnaphoric reads "the same day", "the next day", "the following
// month", "the previous year", "the day before".
func (s *scanner) matchAnaphoric(i int) int {
	b := s.low(i + 1)
	if b == nil {
		return i
	}
	w := string(b)
	if w == "day" {
		n := s.low(i + 2)
		if n == nil {
			return i
		}
		switch {
		case string(n) == "before" && s.wordIs(i+3, "yesterday"):
			return s.dayFromAnchor(i, i+4, -2)
		case string(n) == "after" && s.wordIs(i+3, "tomorrow"):
			return s.dayFromAnchor(i, i+4, 2)
		case string(n) == "before":
			return s.addFromReferent(i, i+3, "day", -1)
		case string(n) == "after":
			return s.addFromReferent(i, i+3, "day", 1)
		}
		return i
	}
	if w == "weekend" {
		return s.matchTheWeekend(i)
	}
	off := 0
	switch w {
	case "same":
	case "next", "following":
		off = 1
	case "previous", "preceding":
		off = -1
	default:
		return i
	}
	u := s.low(i + 2)
	if u == nil {
		return i
	}
	if wd, next, ok := s.weekdayAt(i + 2); ok && off != 0 {
		return s.weekdayFromReferent(i, next, wd, off)
	}
	unit, ok := unitOf[string(u)]
	if !ok || unit != string(u) || unit == "weekend" {
		return i
	}
	return s.addFromReferent(i, i+3, unit, off)
}

// weekdayFromReferent dates "the following Monday" (off 1) or "the
// previous Monday" (off -1): the first such weekday after, or before, the
// day the text last named.
func (s *scanner) weekdayFromReferent(i, next, wd, off int) int {
	r, ok := s.referent(doc.Day)
	if !ok {
		return next
	}
	t := r.date()
	step := (wd - int(t.Weekday()) + 7) % 7
	if off < 0 {
		step = -((int(t.Weekday()) - wd + 7) % 7)
	}
	if step == 0 {
		step = 7 * off
	}
	s.res = resRelativeText
	return s.add(i, next, dateOf(dayOf(t.AddDate(0, 0, step)), true))
}

// dayFromAnchor dates "the day before yesterday" (off -2) and "the day
// after tomorrow" (off 2) over tokens [i, next).
func (s *scanner) dayFromAnchor(i, next, off int) int {
	if !s.hasAnchor {
		s.skip(i, next)
		return next
	}
	f := dateOf(dayOf(s.anchor.AddDate(0, 0, off)), true)
	f.planned = off > 0
	return s.add(i, next, f)
}

// matchTheWeekend reads "over the weekend", "at the weekend", "during the
// weekend" (token i is "the"): the latest weekend in a past or neutral
// clause, the coming one in a future clause; a weekend has its week's
// precision (its month, or its year across two months).
func (s *scanner) matchTheWeekend(i int) int {
	prev := s.low(i - 1)
	if prev == nil || !(string(prev) == "over" || string(prev) == "at" || string(prev) == "during") {
		return i
	}
	if !s.hasAnchor {
		s.skip(i, i+2)
		return i + 2
	}
	a := s.anchor
	sat := a.AddDate(0, 0, -((int(a.Weekday()) + 1) % 7)) // the latest Saturday, the anchor's included
	if s.tenseAt(s.toks[i].start, s.endOf(i+2)) == tenseFuture {
		sat = a.AddDate(0, 0, (6-int(a.Weekday())+7)%7)
	}
	f := dateOf(weekendVal(sat), true)
	f.planned = sat.After(a)
	return s.add(i, i+2, f)
}

// addFromReferent dates an expression from the previous date in the text,
// shifted by off units; skipped when there is none fine enough.
func (s *scanner) addFromReferent(i, next int, unit string, off int) int {
	var need doc.Precision // none for a weekend
	switch unit {
	case "day", "week":
		need = doc.Day
	case "month":
		need = doc.Month
	case "year":
		need = doc.Year
	}
	if unit == "week" && off == 0 {
		// "was elected last June and moved house the same week": with a
		// month the latest date, the week is one of that month (a week
		// has the precision of its month)
		if r, ok := s.referent(doc.Month); ok && r.p == doc.Month {
			s.res = resRelativeText
			return s.add(i, next, dateOf(r, true))
		}
	}
	v, ok := s.referentShift(need, unit, off, weekVal)
	if !ok {
		return next
	}
	return s.add(i, next, dateOf(v, true))
}

// matchHoursAsDays reads "48 hours later", "twenty-four hours earlier"
// (n the count at i, or 0 to read digits): a whole number of days after
// (before) the previous date of the text (hours-as-days); other counts of
// hours may cross midnight or not, and are left unread.
func (s *scanner) matchHoursAsDays(i, n int) int {
	if n == 0 {
		v, _, ok := s.num(i)
		if !ok {
			return i
		}
		n = v
	}
	if n <= 0 || n%24 != 0 || n > 24*14 || !s.wordIs(i+1, "hours") || !(s.wordIs(i+2, "later") || s.wordIs(i+2, "earlier")) {
		return i
	}
	off := n / 24
	if s.wordIs(i+2, "earlier") {
		off = -off
	}
	return s.addCountFromReferent(i, i+3, "day", off)
}

// matchAgo reads "two weeks ago", "a year ago", "3 days ago", "four weeks
// ago today" (from the anchor) and "five days later", "eight months
// earlier" (from the previous date of the text); n is the number read at
// i: a number word, or 0 to read digits. Rough counts are coarsened: weeks
// ago give their week's month (or year), several weeks later a month.
func (s *scanner) matchAgo(i, n int) int {
	u := s.low(i + 1)
	if u == nil {
		return i
	}
	if next := s.matchWordTime(i, n); next > i {
		return next
	}
	unit, ok := unitOf[string(u)]
	if next := s.matchHoursAsDays(i, n); next > i {
		return next
	}
	if !ok || unit == "weekend" {
		return i
	}
	if (s.wordIs(i+2, "after") || s.wordIs(i+2, "before")) && !s.wordIs(i+3, "that") {
		return s.countFromAdjacent(i, n, unit)
	}
	if s.wordIs(i+2, "later") || s.wordIs(i+2, "earlier") {
		off := n
		if s.wordIs(i+2, "earlier") {
			off = -n
		}
		return s.addCountFromReferent(i, i+3, unit, off)
	}
	if s.wordIs(i+2, "from") && (s.wordIs(i+3, "today") || s.wordIs(i+3, "now")) {
		return s.matchFromToday(i, n, unit)
	}
	if !s.wordIs(i+2, "ago") {
		return i
	}
	if (unit == "year" || unit == "month") && (s.wordIs(i+3, "today") || s.wordIs(i+3, "tonight") || s.wordIs(i+3, "this") && s.wordIs(i+4, "month") && unit == "year") {
		return s.agoOnThisDay(i, n, unit)
	}
	// "nine days ago tonight" is "ago today" told in the evening: the
	// same count from the day of writing.
	next, today := i+3, (s.wordIs(i+3, "today") || s.wordIs(i+3, "tonight")) && (unit == "day" || unit == "week")
	days := n
	if unit == "week" {
		days = 7 * n
	}
	if today {
		next++
	}
	if !s.hasAnchor {
		if today {
			s.agoToday = append(s.agoToday, agoToday{start: s.toks[i].start, end: s.endOf(next), days: days})
		}
		s.skip(i, next)
		return next
	}
	a := s.anchor
	var v val
	switch {
	case unit == "day" || today:
		v = dayOf(a.AddDate(0, 0, -days))
	case unit == "week" && n == 1:
		v = dayOf(a.AddDate(0, 0, -days)) // "a week ago": seven days
	case unit == "week":
		v = monthVal(a.AddDate(0, 0, -days), 0) // a rough count: its day's month
	case unit == "month":
		v = monthVal(a, -n)
	default:
		v = val{a.Year() - n, 0, 0, doc.Year}
	}
	return s.add(i, next, dateOf(v, true))
}

// matchWordTime reads a time of day in words: "one in the morning", "two
// in the afternoon", "eleven at night", "ten o'clock" (n is the number
// read at i, 1 to 12).
func (s *scanner) matchWordTime(i, n int) int {
	if w := string(s.low(i)); n < 1 || n > 12 || w == "a" || w == "an" {
		return i
	}
	h, next := n, 0
	switch {
	case s.wordIs(i+1, "in") && s.wordIs(i+2, "the") && (s.wordIs(i+3, "morning") || s.wordIs(i+3, "afternoon") || s.wordIs(i+3, "evening")):
		next = i + 4
		if !s.wordIs(i+3, "morning") && h < 12 {
			h += 12
		} else if h == 12 {
			h = 0
		}
	case s.wordIs(i+1, "at") && s.wordIs(i+2, "night"):
		next = i + 3
		if h < 12 && h >= 6 {
			h += 12
		} else if h == 12 {
			h = 0
		}
	case s.wordIs(i+1, "o") && s.punctIs(i+2, "'") && s.wordIs(i+3, "clock"), s.wordIs(i+1, "o") && s.punctIs(i+2, "’") && s.wordIs(i+3, "clock"):
		next = i + 4
	default:
		return i
	}
	s.form = formTimeOfDay
	clock := string(rune('0'+h/10)) + string(rune('0'+h%10)) + ":00"
	return s.add(i, next, found{Date: doc.Date{Time: clock}, timeOnly: true})
}

// countFromAdjacent reads "Last Tuesday, eleven months after police
// stopped her": the happening after "after" is n units before the date
// written just before the count (after "before", n units after it). With
// no date right before it in its sentence the count has no anchor and is
// skipped. Rough counts are coarsened as for "later".
func (s *scanner) countFromAdjacent(i, n int, unit string) int {
	k := len(s.out) - 1
	if k < 0 || s.out[k].timeOnly || s.out[k].meta {
		return i + 3
	}
	prev := s.out[k]
	gap := s.text[prev.End:s.toks[i].start]
	if strings.TrimSpace(gap) != "," && strings.TrimSpace(gap) != "" || sentenceAt(s.sents, prev.Start) != sentenceAt(s.sents, s.toks[i].start) {
		return i + 3
	}
	v, ok := parseVal(prev.Value, prev.Precision)
	if ok && precRank(prev.Precision) > precRank(unitPrecision(unit)) {
		// "agreed on Friday night to end every lease signed since
		// 2019, two days after ...": a year inside the clause is too coarse
		// to count from; the count is from the clause's own day, the
		// latest fine enough date of the sentence
		ok = false
		for k--; k >= 0; k-- {
			f := s.out[k]
			if sentenceAt(s.sents, f.Start) != sentenceAt(s.sents, s.toks[i].start) {
				break
			}
			if f.timeOnly || f.meta || precRank(f.Precision) > precRank(unitPrecision(unit)) {
				continue
			}
			v, ok = parseVal(f.Value, f.Precision)
			break
		}
	}
	if !ok {
		return i + 3
	}
	off := -n
	if s.wordIs(i+2, "before") {
		off = n
	}
	t := v.date()
	var w val
	switch unit {
	case "day":
		w = dayOf(t.AddDate(0, 0, off))
	case "week":
		w = dayOf(t.AddDate(0, 0, 7*off))
		if off > 1 || off < -1 {
			w = monthVal(t.AddDate(0, 0, 7*off), 0)
		}
	case "month":
		w = monthVal(t, off)
	default:
		w = val{t.Year() + off, 0, 0, doc.Year}
	}
	s.res = resCountFromAdjacent
	return s.add(i, i+3, dateOf(w, true))
}

// unitPrecision is the precision a count of unit needs of its anchor.
func unitPrecision(unit string) doc.Precision {
	switch unit {
	case "month":
		return doc.Month
	case "year":
		return doc.Year
	}
	return doc.Day
}

// agoOnThisDay reads "two years ago today" (the anchor's day two years
// before), "six months ago today" and "two years ago this month" (the
// anchor's month two years before).
func (s *scanner) agoOnThisDay(i, n int, unit string) int {
	next := i + 4
	month := !s.wordIs(i+3, "today") && !s.wordIs(i+3, "tonight")
	if month {
		next = i + 5
	}
	if !s.hasAnchor {
		s.skip(i, next)
		return next
	}
	t := s.anchor.AddDate(-n, 0, 0)
	if unit == "month" {
		t = s.anchor.AddDate(0, -n, 0)
	}
	v := dayOf(t)
	if month {
		v = monthVal(t, 0)
	}
	return s.add(i, next, dateOf(v, true))
}

// matchFromToday reads "a week from today", "two days from now": n units
// after the anchor, to the day for days and one week, else to the
// month or year.
func (s *scanner) matchFromToday(i, n int, unit string) int {
	if !s.hasAnchor {
		s.skip(i, i+4)
		return i + 4
	}
	a := s.anchor
	var v val
	switch unit {
	case "day":
		v = dayOf(a.AddDate(0, 0, n))
	case "week":
		v = dayOf(a.AddDate(0, 0, 7*n))
		if n > 1 {
			v = monthVal(a.AddDate(0, 0, 7*n), 0)
		}
	case "month":
		v = monthVal(a, n)
	default:
		v = val{a.Year() + n, 0, 0, doc.Year}
	}
	f := dateOf(v, true)
	f.planned = true
	return s.add(i, i+4, f)
}

// referentShift returns the previous date of the text fine enough for
// need, shifted by off units (days, weeks, months or years), and whether
// there is one; weeks makes the value of the day a shift by weeks lands on.
func (s *scanner) referentShift(need doc.Precision, unit string, off int, weeks func(time.Time) val) (val, bool) {
	r, ok := s.referent(need)
	if !ok {
		return val{}, false
	}
	s.res = resRelativeText
	t := r.date()
	switch unit {
	case "day":
		return dayOf(t.AddDate(0, 0, off)), true
	case "week":
		return weeks(t.AddDate(0, 0, 7*off)), true
	case "month":
		return monthVal(t, off), true
	}
	return val{t.Year() + off, 0, 0, doc.Year}, true
}

// addCountFromReferent dates "five days later", "a week later", "eight
// months earlier" from the previous date of the text, off units on; one
// week keeps the day, more weeks (a rough count) give the month.
func (s *scanner) addCountFromReferent(i, next int, unit string, off int) int {
	need := doc.Day
	switch unit {
	case "month":
		need = doc.Month
	case "year":
		need = doc.Year
	}
	weeks := func(t time.Time) val {
		if off > 1 || off < -1 {
			return monthVal(t, 0) // a rough count of weeks gives the month
		}
		return dayOf(t)
	}
	v, ok := s.referentShift(need, unit, off, weeks)
	if !ok {
		return next
	}
	f := dateOf(v, true)
	f.planned = off > 0 && s.hasAnchor && v.date().After(s.anchor)
	return s.add(i, next, f)
}

// matchSeason reads "last spring", "this summer", "next winter", "summer
// 2015", "the spring of 2015". A season spans months, so it keeps the
// precision of its year.
func (s *scanner) matchSeason(i int) int {
	start, j, mod := i, i, ""
	if b := s.low(i); b != nil && (string(b) == "last" || string(b) == "next" || string(b) == "this") {
		mod, j = string(b), i+1
	}
	b := s.low(j)
	if b == nil {
		return i
	}
	first, ok := s.lex.seasons[string(b)]
	if !ok {
		return i
	}
	k := j + 1
	if s.wordIs(k, "of") {
		k++
	}
	if y, ok := s.yearAt(k); ok && mod == "" {
		return s.add(start, k+1, dateOf(val{y, 0, 0, doc.Year}, false))
	}
	if mod == "" || !s.hasAnchor {
		return i
	}
	a := s.anchor
	// the season containing the anchor starts in month cur of year cy
	am := int(a.Month())
	cy, cur := a.Year(), first
	startOf := func(y int) time.Time { return time.Date(y, time.Month(first), 1, 0, 0, 0, 0, time.UTC) }
	_ = cur
	st := startOf(cy)
	if st.After(a) {
		st = startOf(cy - 1)
	}
	// st is the latest start of this season on or before the anchor
	inSeason := a.Before(st.AddDate(0, 3, 0))
	switch mod {
	case "last":
		if inSeason {
			st = st.AddDate(-1, 0, 0)
		}
	case "next":
		st = st.AddDate(1, 0, 0)
	case "this":
		// Outside the season, "this spring" is the one to come, unless its
		// clause is past ("blossomed early this spring", said in June):
		// then the one just gone (this-season-by-tense).
		if !inSeason && am != first {
			if s.tenseOf(start, j+1) == tensePast {
				s.res = resSeasonByTense
			} else {
				st = st.AddDate(1, 0, 0)
			}
		}
	}
	// a season over two years (winter) is dated by the year of its middle month
	mid := st.AddDate(0, 1, 0)
	f := dateOf(val{mid.Year(), 0, 0, doc.Year}, true)
	f.planned = mod == "next"
	return s.add(start, j+1, f)
}

// matchYear reads decades ("the 1990s", "the '90s", "mid-2000s") and years
// ("in 2020", "2009's awards"), leaving numbers that are not years: hashtags,
// money, counts ("50,000 jobs"), "season 44", "Ada 2020" names.
func (s *scanner) matchYear(i int) int {
	start := i
	q := s.low(i)
	if q != nil && (string(q) == "early" || string(q) == "mid" || string(q) == "late" || string(q) == "the") {
		i++
		if s.punctIs(i, "-") && s.glued(i) {
			i++
		}
	}
	// the '90s
	if s.has(i) && s.toks[i].kind == tPunct && isApostrophe(s.toks[i].text(s.text)) {
		n, d, ok := s.num(i + 1)
		if ok && d == 2 && n%10 == 0 && s.glued(i+1) && s.wordIs(i+2, "s") && s.glued(i+2) {
			y := 1900 + n
			if s.hasAnchor && y+100 <= s.anchor.Year() {
				y += 100
			}
			return s.add(start, i+3, dateOf(val{y, 0, 0, doc.Decade}, false))
		}
		if ok && d == 2 && start == i && s.glued(i+1) && !s.glued(i) && s.hasAnchor && !(s.glued(i+2) && s.has(i+2) && s.toks[i+2].kind != tPunct) {
			if prev := s.low(i - 1); prev != nil && shortYearPreps[string(prev)] {
				// two-digit-year: "in '98", "the class of '05" is the year
				// of that ending not after the year of writing (in a
				// future clause, not before it)
				y := s.anchor.Year()/100*100 + n
				if s.tenseOf(i, i+2) == tenseFuture {
					if y < s.anchor.Year() {
						y += 100
					}
				} else if y > s.anchor.Year() {
					y -= 100
				}
				s.res = resTwoDigitYear
				return s.add(start, i+2, dateOf(val{y, 0, 0, doc.Year}, false))
			}
		}
		return start
	}
	n, digits, ok := s.num(i)
	if !ok || digits != 4 {
		return start
	}
	// decade: "1990s"
	if s.wordIs(i+1, "s") && s.glued(i+1) && n%10 == 0 {
		if _, ok := s.yearAt(i); ok {
			return s.add(start, i+2, dateOf(val{n, 0, 0, doc.Decade}, false))
		}
		return start
	}
	if start != i && string(q) == "the" {
		start = i // "the 2016 election": the year alone
	}
	y, ok := s.yearAt(i)
	if ok && s.yearSpanEnd(i, n) > 0 && s.looksLikeYearBefore(i) {
		// year-span-start: a season or fiscal year over two years ("the
		// 2025-26 season", "2025/26", "2025-2026") dates its start, as a
		// span of days does; its second year is no year of its own
		s.res = resYearSpanStart
		return s.add(start, s.yearSpanEnd(i, n), dateOf(val{y, 0, 0, doc.Year}, false))
	}
	if !ok || !s.looksLikeYear(i) {
		return start
	}
	return s.add(start, i+1, dateOf(val{y, 0, 0, doc.Year}, false))
}

// yearSpanEnd returns the token index after "2025-26", "2025–26",
// "2025/26" or "2025-2026" at i (year n; the second year must be the
// next one, so "1998-99" is a span and "2010-14" or a score is not),
// or 0.
func (s *scanner) yearSpanEnd(i, n int) int {
	if !(s.punctIs(i+1, "-") || s.punctIs(i+1, "–") || s.punctIs(i+1, "/")) || !s.glued(i+1) || !s.glued(i+2) {
		return 0
	}
	m, d, ok := s.num(i + 2)
	if !ok || !(d == 2 && m == (n+1)%100 || d == 4 && m == n+1) {
		return 0
	}
	if s.glued(i+3) && s.has(i+3) && (s.toks[i+3].kind == tNum || s.toks[i+3].kind == tWord || s.punctIs(i+3, "-") || s.punctIs(i+3, "/")) {
		return 0 // 2025-26-04, 2025/26/1, 2025-26x: no span of years
	}
	return i + 3
}

// looksLikeYearBefore applies the context rules of looksLikeYear that
// look before the number at i (money, hashtags, names, counts).
func (s *scanner) looksLikeYearBefore(i int) bool {
	if s.glued(i) {
		switch s.toks[i-1].text(s.text) {
		case "#", "$", "£", "€", "@", "+", ".", ",", "/", ":", "№", "-":
			return false
		}
	}
	prev := s.low(i - 1)
	if prev != nil && yearPreps[string(prev)] {
		return true
	}
	if prev != nil && s.lex.notYear[string(prev)] {
		return false
	}
	if prev != nil && isCap(s.text, s.toks[i-1]) && !s.glued(i) {
		if _, isMonth := s.lex.months[string(prev)]; !isMonth {
			return false
		}
	}
	return true
}

// looksLikeYear applies the context rules to the four-digit number at i.
func (s *scanner) looksLikeYear(i int) bool {
	if s.glued(i) {
		switch s.toks[i-1].text(s.text) {
		case "#", "$", "£", "€", "@", "+", ".", ",", "/", ":", "№":
			return false
		case "-":
			if b := s.low(i - 2); b == nil || !(string(b) == "mid" || string(b) == "early" || string(b) == "late" || string(b) == "pre" || string(b) == "post") {
				return false
			}
		}
	}
	if s.glued(i + 1) {
		switch s.toks[i+1].text(s.text) {
		case "%", "-", "/", ":", "s":
			return false
		case ",", ".":
			if s.glued(i+2) && s.has(i+2) && s.toks[i+2].kind == tNum {
				return false // 2,016 or 2016.5
			}
		}
		if s.toks[i+1].kind == tWord && !isApostrophe(s.toks[i+1].text(s.text)) {
			return false
		}
	}
	prev := s.low(i - 1)
	if prev != nil && yearPreps[string(prev)] {
		return true
	}
	if prev != nil && s.lex.notYear[string(prev)] {
		return false
	}
	if s.wordIn(i+1, s.lex.counts) {
		return false
	}
	// "Ada 2020", "Windows 2000", "Vision 2030": a name followed by a
	// number is a name (a campaign, a product), not a date.
	if prev != nil && isCap(s.text, s.toks[i-1]) && !s.glued(i) {
		if _, isMonth := s.lex.months[string(prev)]; !isMonth {
			return false
		}
	}
	return true
}
