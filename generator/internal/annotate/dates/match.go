package dates

import (
	"fmt"
	"time"

	"github.com/dossier/dossier/generator/internal/doc"
	"github.com/dossier/dossier/generator/internal/text"
)

// monthPreps are the words after which a month named alone is a date ("in June").
var monthPreps = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true, "from": true,
	"during": true, "before": true, "after": true, "through": true, "throughout": true,
	"of": true, "early": true, "mid": true, "late": true, "last": true, "next": true,
	"this": true, "that": true, "to": true, "between": true, "and": true, "or": true,
}

// yearPreps are the words after which a four-digit number is surely a year.
var yearPreps = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true, "from": true,
	"during": true, "before": true, "after": true, "through": true, "of": true,
	"early": true, "mid": true, "late": true, "circa": true, "around": true, "year": true,
	"to": true, "and": true, "between": true, "for": true, "the": true, "in-": true,
}

// shortYearPreps are the words after which "'98" is surely a year.
var shortYearPreps = map[string]bool{
	"in": true, "since": true, "until": true, "by": true, "from": true, "during": true,
	"before": true, "after": true, "of": true, "circa": true, "around": true,
}

// matchDate reads an explicit calendar date at i: "Mar. 4, 2021",
// "December 13", "4 March 2021", "13th of December". y is 0 when the
// text gives no year.
func (s *scanner) matchDate(i int) (y, m, d, next int, ok bool) {
	if mo, k, _ := s.monthAt(i); mo > 0 {
		if day, k2, ok := s.dayAt(k); ok {
			y, next = s.yearAfter(k2)
			return y, mo, day, next, validDay(pick(y, 2000), mo, day)
		}
		if day, _, k2, ok := s.dayRange(k); ok {
			// day-range-start: "April 3-17" dates its start, as "April
			// 3 to 17" does
			y, next = s.yearAfter(k2)
			return y, mo, day, next, validDay(pick(y, 2000), mo, day)
		}
		return 0, 0, 0, i, false
	}
	day, k, ok := s.dayAt(i)
	if !ok {
		// day-range-start: "3 to 17 April", "3-17 April" date the
		// start of the span, as "April 3 to 17" and "from May 3 to May
		// 7" do, not its end
		d0, _, k0, ok := s.dayRange(i)
		if !ok {
			return 0, 0, 0, i, false
		}
		if s.wordIs(k0, "of") {
			k0++
		}
		mo, k2, _ := s.monthAt(k0)
		if mo == 0 {
			return 0, 0, 0, i, false
		}
		y, next = s.yearAfter(k2)
		return y, mo, d0, next, validDay(pick(y, 2000), mo, d0)
	}
	if mo, _, _ := s.monthAt(k); mo == 0 {
		if d0, _, k0, ok := s.dayRange(i); ok {
			if s.wordIs(k0, "of") {
				k0++
			}
			if mo, k2, _ := s.monthAt(k0); mo > 0 {
				y, next = s.yearAfter(k2)
				return y, mo, d0, next, validDay(pick(y, 2000), mo, d0)
			}
		}
	}
	if s.wordIs(k, "of") {
		k++
	}
	mo, k2, _ := s.monthAt(k)
	if mo == 0 {
		return 0, 0, 0, i, false
	}
	y, next = s.yearAfter(k2)
	return y, mo, day, next, validDay(pick(y, 2000), mo, day)
}

// dayRange reads a span of days of one month at i, "3-17", "3–17", "3 to
// 17", "3 through 17": the first day, the last, and the token after the
// last. The first day must come before the last (a score, "3-1", is none).
func (s *scanner) dayRange(i int) (from, to, next int, ok bool) {
	a, da, ok1 := s.num(i)
	if !ok1 || da > 2 || a < 1 || a > 31 || s.glued(i) && s.toks[i-1].kind != tPunct {
		return 0, 0, i, false
	}
	k := i + 1
	switch {
	case s.punctIs(k, "-") || s.punctIs(k, "–"):
		k++
	case s.wordIs(k, "to") || s.wordIs(k, "through") || s.wordIs(k, "until"):
		k++
	default:
		return 0, 0, i, false
	}
	b, k2, ok2 := s.dayAt(k)
	if !ok2 || b <= a {
		return 0, 0, i, false
	}
	return a, b, k2, true
}

// yearAfter reads an optional year (", 2016" or " 2016") at token k, the
// end of a day and month; it returns 0 and k when there is none.
func (s *scanner) yearAfter(k int) (y, next int) {
	j := k
	if s.punctIs(j, ",") {
		j++
	}
	if yr, ok := s.yearAt(j); ok {
		return yr, j + 1
	}
	return 0, k
}

func pick(a, b int) int {
	if a != 0 {
		return a
	}
	return b
}

// addPartial records a day and month written without a year, scanned
// with no anchor, for the publication-date rules.
func (s *scanner) addPartial(i, next, m, d, wd int) {
	s.skip(i, next)
	p := partial{start: s.toks[i].start, end: s.endOf(next), m: m, d: d, wd: wd}
	if n := len(s.partials); n > 0 && s.partials[n-1].start == p.start {
		s.partials[n-1] = p
		return
	}
	s.partials = append(s.partials, p)
}

// explicitDay resolves a matched calendar date: its own year, else one from
// the anchor and tense; ok is false when it needs an anchor there is none of.
func (s *scanner) explicitDay(i, next, y, m, d int) (found, bool) {
	if y != 0 {
		f := dateOf(val{y, m, d, doc.Day}, false)
		f.explicit = true
		return f, true
	}
	if !s.hasAnchor {
		s.addPartial(i, next, m, d, -1)
		return found{}, false
	}
	y = s.yearFor(m, d, s.tenseOf(i, next))
	s.res = resYearFromPub
	return dateOf(val{y, m, d, doc.Day}, true), true
}

// matchMonthFirst reads dates that start with a month (or early/mid/late
// and a month): "March 4, 2021", "Mar. 4", "September 2015", "March
// 1990", "June" after a preposition, "November of this year".
func (s *scanner) matchMonthFirst(i int) int {
	start, j := i, i
	if b := s.low(i); b != nil && (string(b) == "early" || string(b) == "mid" || string(b) == "late") {
		j = i + 1
		if s.punctIs(j, "-") && s.glued(j) {
			j++
		}
	}
	m, k, abbrev := s.monthAt(j)
	if m == 0 {
		return i
	}
	if j == start {
		// A month name glued to a preceding word or hyphen is part of a name.
		if s.glued(j) && s.toks[j-1].kind != tPunct {
			return i
		}
	}
	if y, mo, d, next, ok := s.matchDate(j); ok && j == start {
		f, ok := s.explicitDay(start, next, y, mo, d)
		if !ok {
			return next
		}
		return s.add(start, next, f)
	}
	// Month and year: "September 2015", "February, 1996", "June of 2015".
	for _, skip := range []int{0, 1} {
		if skip == 1 && !s.punctIs(k, ",") && !s.wordIs(k, "of") {
			continue
		}
		if y, ok := s.yearAt(k + skip); ok {
			return s.add(start, k+skip+1, dateOf(val{y, m, 0, doc.Month}, false))
		}
	}
	// Month of this/last/next year.
	kk := k
	if s.wordIs(kk, "of") {
		kk++
	}
	if s.wordIs(kk+1, "year") && s.hasAnchor {
		if off, ok := yearShift(s.low(kk)); ok {
			f := dateOf(val{s.anchor.Year() + off, m, 0, doc.Month}, true)
			return s.add(start, kk+2, f)
		}
	}
	// A month alone needs a preposition or qualifier, and an abbreviation never stands alone.
	if abbrev {
		return i
	}
	mod := ""
	if j == start {
		prev := s.low(start - 1)
		if prev == nil || !monthPreps[string(prev)] {
			return i
		}
		switch string(prev) {
		case "last", "next", "this", "that":
			mod = string(prev)
			start--
		}
	}
	if mod == "that" {
		return s.monthOfReferent(start, k, m)
	}
	if !s.hasAnchor {
		s.skip(start, k)
		return k
	}
	t := s.tenseOf(start, k)
	y := s.yearFor(m, 0, t)
	s.res = resYearFromPub
	if mod != "" {
		s.res = resRelativePub
	}
	am := int(s.anchor.Month())
	switch mod {
	case "last":
		y = s.anchor.Year()
		if m >= am {
			y--
		}
	case "next":
		y = s.anchor.Year()
		if m <= am {
			y++
		}
	case "this":
		y = s.anchor.Year()
	}
	return s.add(start, k, dateOf(val{y, m, 0, doc.Month}, true))
}

// monthOfReferent dates "That June" over tokens [i, next): month m of the
// year the text last named.
func (s *scanner) monthOfReferent(i, next, m int) int {
	r, ok := s.referent(doc.Year)
	if !ok {
		return next
	}
	s.res = resRelativeText
	return s.add(i, next, dateOf(val{r.y, m, 0, doc.Month}, true))
}

// matchDayFirst reads "4 March 2021", "21 November", "13th of December".
func (s *scanner) matchDayFirst(i int) int {
	if s.glued(i) && s.toks[i-1].kind != tPunct {
		return i
	}
	y, m, d, next, ok := s.matchDate(i)
	if !ok {
		return i
	}
	f, ok := s.explicitDay(i, next, y, m, d)
	if !ok {
		return next
	}
	return s.add(i, next, f)
}

// matchWeekday reads a weekday, with "last"/"next"/"this", a part of the
// day, and a date in parentheses or after a comma: "Tuesday", "Tuesday
// morning", "Wednesday's", "on Thursday (Mar. 4, 2021)", "Thursday, March 4".
func (s *scanner) matchWeekday(i int) int {
	start, j, mod := i, i, ""
	if b := s.low(i); b != nil {
		switch string(b) {
		case "last", "next", "this":
			mod, j = string(b), i+1
		}
	}
	wd, k, ok := s.weekdayAt(j)
	if !ok {
		return i
	}
	l := s.lex
	// Proper names: "Super Tuesday", "Black Friday", "Mail on Sunday", "Sunday Times".
	if mod == "" && s.has(j-1) && isCap(s.text, s.toks[j-1]) && s.wordIn(j-1, l.nameBefore) {
		return i
	}
	if s.wordIs(j-1, "on") && s.wordIs(j-2, "mail") {
		return i
	}
	if s.has(k) && isCap(s.text, s.toks[k]) && s.wordIn(k, l.nameAfter) {
		return i
	}
	end := k
	f := found{}
	if s.wordIn(k, l.partsOfDay) && !isCap(s.text, s.toks[k]) {
		f.Time = string(s.low(k))
		end = k + 1
	}
	// "Thursday of next week": that weekday of the week named, counted
	// from the anchor's week (Monday first).
	if off, ok := weekWordShift(s.low(end + 1)); ok && mod == "" && s.wordIs(end, "of") && s.wordIs(end+2, "week") {
		if !s.hasAnchor {
			s.skip(start, end+3)
			return end + 3
		}
		a := s.anchor
		mon := a.AddDate(0, 0, -((int(a.Weekday())+6)%7)+7*off)
		day := mon.AddDate(0, 0, (wd+6)%7)
		s.res = resWeekdayOfWeek
		g := dateOf(dayOf(day), true)
		g.Time = f.Time
		g.planned = day.After(a)
		return s.add(start, end+3, g)
	}
	// An explicit date in parentheses or after a comma wins over the weekday.
	for _, open := range []string{"(", ",", ""} {
		p := end
		if open != "" {
			if !s.punctIs(p, open) {
				continue
			}
			p++
		}
		y, m, d, next, ok := s.matchDate(p)
		if !ok {
			continue
		}
		if open == "(" {
			if !s.punctIs(next, ")") {
				continue
			}
			next++
		}
		g, ok := s.explicitDayWeekday(start, next, y, m, d, wd)
		if !ok {
			return next
		}
		g.Time = f.Time
		return s.add(start, next, g)
	}
	if !s.hasAnchor {
		s.skip(start, end)
		return end
	}
	t := s.tenseOf(start, end)
	if mod == "" && t == tenseUnknown && (s.wordIs(start-1, "until") || s.wordIs(start-1, "by")) {
		t = tenseFuture // "has until Friday to respond": a deadline ahead
	}
	day := s.resolveWeekday(wd, mod, t)
	switch {
	case day.Before(s.anchor):
		s.res = resWeekdayBefore
	case day.Equal(s.anchor):
		s.res = resWeekdayOn
	default:
		s.res = resWeekdayAfter
	}
	g := dateOf(dayOf(day), true)
	g.Time = f.Time
	g.planned = day.After(s.anchor) && (mod == "next" || t == tenseFuture)
	return s.add(start, end, g)
}

// explicitDayWeekday resolves a date given with its weekday. A date without
// a year takes the year nearest the anchor in which the weekday matches, if
// any; a weekday that disagrees with the date is recorded as a warning.
func (s *scanner) explicitDayWeekday(i, next, y, m, d, wd int) (found, bool) {
	inferred := y == 0
	if y == 0 && !s.hasAnchor {
		s.addPartial(i, next, m, d, wd)
		return found{}, false
	}
	if y == 0 {
		ay := s.anchor.Year()
		for _, cand := range []int{s.yearFor(m, d, s.tenseOf(i, next)), ay, ay - 1, ay + 1} {
			if validDay(cand, m, d) && int(time.Date(cand, time.Month(m), d, 0, 0, 0, 0, time.UTC).Weekday()) == wd {
				y = cand
				break
			}
		}
	}
	f, ok := s.explicitDay(i, next, y, m, d)
	if !ok {
		return f, false
	}
	if inferred {
		f.Relative, f.explicit = true, false
		s.res = resWeekdayDate
	}
	f.weekday = true
	v, _ := parseVal(f.Value, doc.Day)
	if got := int(v.date().Weekday()); got != wd {
		f.wdMismatch = true
		s.warnf(s.toks[i].start, "%q: %s is a %s, not a %s; kept the date",
			s.text[s.toks[i].start:s.endOf(next)], f.Value, titled(s.lex.weekdayName[got]), titled(s.lex.weekdayName[wd]))
	}
	return f, true
}

func titled(w string) string {
	if w == "" {
		return w
	}
	return string(w[0]-'a'+'A') + w[1:]
}

// matchISO reads "2021-03-04".
func (s *scanner) matchISO(i int) int {
	y, dy, ok := s.num(i)
	if !ok || dy != 4 || !s.punctIs(i+1, "-") || !s.glued(i+1) || !s.glued(i+2) || !s.punctIs(i+3, "-") || !s.glued(i+3) || !s.glued(i+4) {
		return i
	}
	m, dm, ok1 := s.num(i + 2)
	d, dd, ok2 := s.num(i + 4)
	if !ok1 || !ok2 || dm > 2 || dd > 2 || !validDay(y, m, d) {
		return i
	}
	f := dateOf(val{y, m, d, doc.Day}, false)
	f.explicit = true
	return s.add(i, i+5, f)
}

// matchSlashes reads "3/24/2021" (month first, unless the first number
// cannot be a month).
func (s *scanner) matchSlashes(i int) int {
	if s.glued(i) {
		return i
	}
	a, da, ok := s.num(i)
	if !ok || da > 2 || !s.punctIs(i+1, "/") || !s.glued(i+1) || !s.glued(i+2) || !s.punctIs(i+3, "/") || !s.glued(i+3) || !s.glued(i+4) {
		return i
	}
	b, db, ok1 := s.num(i + 2)
	y, dy, ok2 := s.num(i + 4)
	if !ok1 || !ok2 || db > 2 || dy != 4 {
		return i
	}
	m, d := a, b
	switch {
	case a > 12:
		m, d = b, a
	case b > 12 || a == b:
	default:
		// Both parts could be the month: "06/05/2024" is 5 June on a US
		// page and 6 May on a British one. The order is taken only when
		// the page tells it (numericOrder); otherwise the date is left
		// unread, since a guess is wrong half the time.
		order, rule := s.weekdayOrder(i, y, a, b)
		if order == orderUnknown {
			order, rule = s.numericOrder(i)
		}
		switch order {
		case orderDayFirst:
			m, d, s.res = b, a, rule
		case orderMonthFirst:
			s.res = rule
		default:
			return i
		}
	}
	if !validDay(y, m, d) {
		return i
	}
	f := dateOf(val{y, m, d, doc.Day}, false)
	f.explicit = true
	return s.add(i, i+5, f)
}

// matchTime reads a time of day: "10:40 am", "9am", "9 a.m.", "noon",
// with "shortly after", "just before", "around" in front.
func (s *scanner) matchTime(i int) int {
	start := i
	var clock string
	next := i
	if b := s.low(i); b != nil && (string(b) == "noon" || string(b) == "midnight") {
		prev := s.low(i - 1)
		if prev == nil {
			return i
		}
		switch string(prev) {
		case "at", "by", "around", "before", "after", "until", "till", "about":
		default:
			return i
		}
		clock, next = string(s.low(i)), i+1
	} else {
		h, dh, ok := s.num(i)
		if !ok || dh > 2 || h > 24 || (s.glued(i) && s.toks[i-1].kind != tPunct) {
			return i
		}
		min := 0
		k := i + 1
		hasMin := false
		if s.punctIs(k, ":") && s.glued(k) && s.glued(k+1) {
			mm, dm, ok := s.num(k + 1)
			if !ok || dm != 2 || mm > 59 {
				return i
			}
			min, hasMin, k = mm, true, k+2
		}
		ampm, k2 := s.ampm(k)
		if ampm == "" && !hasMin {
			return i
		}
		if ampm == "" && s.reading.RoleAt(s.toks[i].start) != text.Timestamp { // a live blog's "13:40" line needs no "at"
			prev := s.low(i - 1)
			if prev == nil || !(string(prev) == "at" || string(prev) == "around" || string(prev) == "by" || string(prev) == "until" || string(prev) == "after" || string(prev) == "before") {
				return i
			}
		}
		if ampm != "" && (h < 1 || h > 12) {
			return i
		}
		if ampm == "pm" && h < 12 {
			h += 12
		} else if ampm == "am" && h == 12 {
			h = 0
		}
		clock, next = fmt.Sprintf("%02d:%02d", h, min), k2
	}
	// qualifiers in front: "shortly after", "just before", "around"
	if b := s.low(start - 1); b != nil {
		switch string(b) {
		case "after", "before":
			if q := s.low(start - 2); q != nil && (string(q) == "shortly" || string(q) == "just" || string(q) == "soon" || string(q) == "right" || string(q) == "sometime") {
				start -= 2
			}
		case "around", "about", "approximately":
			start--
		}
	}
	if n := len(s.out); n > 0 && s.out[n-1].End > s.toks[start].start {
		start = i
	}
	return s.add(start, next, found{Date: doc.Date{Time: clock}, timeOnly: true})
}

// ampm reads "am", "pm", "a.m.", "p.m." at k.
func (s *scanner) ampm(k int) (string, int) {
	b := s.low(k)
	if b == nil {
		return "", k
	}
	switch string(b) {
	case "am", "pm":
		return string(b), k + 1
	case "a", "p":
		if s.punctIs(k+1, ".") && s.wordIs(k+2, "m") && s.glued(k+1) && s.glued(k+2) {
			w := string(b) + "m"
			if s.punctIs(k+3, ".") && s.glued(k+3) {
				return w, k + 4
			}
			return w, k + 3
		}
	}
	return "", k
}

// weekWordShift returns the weeks "next", "last" and "this" shift from the
// anchor's week ("Thursday of next week"); ok is false for any other word.
func weekWordShift(w []byte) (int, bool) {
	switch string(w) {
	case "next":
		return 1, true
	case "last":
		return -1, true
	case "this":
		return 0, true
	}
	return 0, false
}

// holidayTriggers are the first words of the holidays of fixedHolidays.
const holidayTriggers = "new christmas boxing valentine halloween"

// fixedHolidays are the holidays that fall on one day of the calendar
// every year, by their words after the first ("s" is the possessive's):
// a holiday without a year takes its year as a month and day without one.
var fixedHolidays = []struct {
	words []string
	m, d  int
}{
	{[]string{"new", "year", "s", "day"}, 1, 1},
	{[]string{"new", "years", "day"}, 1, 1},
	{[]string{"new", "year", "s", "eve"}, 12, 31},
	{[]string{"new", "years", "eve"}, 12, 31},
	{[]string{"christmas", "day"}, 12, 25},
	{[]string{"christmas", "eve"}, 12, 24},
	{[]string{"boxing", "day"}, 12, 26},
	{[]string{"valentine", "s", "day"}, 2, 14},
	{[]string{"halloween"}, 10, 31},
}

// matchHoliday reads a holiday of fixedHolidays, capitalized, with a year
// after it ("Christmas Day 2019", "New Year's Eve of 2020") or without
// one (then the tense of its clause gives the year, as for "January 1").
func (s *scanner) matchHoliday(i int) int {
	if !isCap(s.text, s.toks[i]) {
		return i
	}
	for _, h := range fixedHolidays {
		k, ok := i, true
		for _, w := range h.words {
			for s.has(k) && s.toks[k].kind == tPunct && isApostrophe(s.toks[k].text(s.text)) {
				k++
			}
			if !s.wordIs(k, w) {
				ok = false
				break
			}
			k++
		}
		if !ok {
			continue
		}
		next := k
		if s.wordIs(next, "of") {
			next++
		}
		if y, ok := s.yearAt(next); ok {
			return s.add(i, next+1, dateOf(val{y, h.m, h.d, doc.Day}, false))
		}
		if !s.hasAnchor {
			s.skip(i, k)
			return k
		}
		t := s.tenseOf(i, k)
		s.res = resYearFromPub
		f := dateOf(val{s.yearFor(h.m, h.d, t), h.m, h.d, doc.Day}, true)
		f.planned = f.Value > dayOf(s.anchor).String() && t == tenseFuture
		return s.add(i, k, f)
	}
	return i
}
