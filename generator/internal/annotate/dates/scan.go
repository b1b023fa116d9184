package dates

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/dossier/dossier/generator/internal/doc"
	"github.com/dossier/dossier/generator/internal/text"
)

// found is one temporal expression with what the report builder needs.
type found struct {
	doc.Date
	timeOnly  bool // a time of day alone ("shortly after 9am"), dated later
	signature bool // the "(@handle) March 4, 2021" line of an embedded post
	explicit  bool // a full date read from the text (day, month and year)
	planned   bool // the expression itself points ahead ("next month")
	// meta is true for a date of the text's metadata (a byline's, a date
	// line's, a dateline's): it dates the text, no happening, and is no
	// referent for "the day before".
	meta bool
	// weekday is true for a full date written with its weekday
	// ("Thursday (Mar. 4, 2021)").
	weekday bool
	// wdMismatch is true for a date whose weekday, as written, is another day's
	wdMismatch bool
}

// scanner finds the temporal expressions of one text.
type scanner struct {
	src       *doc.Source
	text      string
	reading   *text.Text // the text layer's reading of text: lines, sentences, tokens
	toks      []token
	sents     []rng
	lex       *lexicon
	anchor    time.Time
	hasAnchor bool
	out       []found
	warnings  []string
	// form and res are the rule names of the expression form being tried
	// and of how it was resolved ("" for read in full), for Date.Why;
	// pairs are the rule lists made so far (see rulePair).
	form, res string
	pairs     [][]string
	// Read only when there is no anchor, for the publication-date rules:
	partials []partial  // days and months written without a year
	agoToday []agoToday // "four weeks ago today"
	// skipped lists the expressions left unresolved for want of an
	// anchor, in text order (see skip).
	skipped []doc.Span
	// lower is the text with ASCII capitals lower-cased, byte for byte:
	// low slices it instead of lower-casing a word each time it is read.
	lower    []byte
	pooled   *scratch
	mentions *mentionIndex // for the reports, once the expressions are found
	quoted   []rng         // the quoted spans of the text, merged, for the reports
	// foundSorted is true when the expressions found are in text order.
	foundSorted bool
}

// release returns the scanner's scratch space to the pool; the scanner is
// unusable afterwards.
func (s *scanner) release() {
	s.pooled.toks, s.pooled.lower, s.pooled.sents = s.toks[:0], s.lower[:0], s.sents[:0]
	scratchPool.Put(s.pooled)
	s.toks, s.lower, s.sents, s.pooled = nil, nil, nil, nil
}

// newScanner prepares a scan of src's text against published ("" for
// none), from the reading of the text (nil: it is read here).
func newScanner(src *doc.Source, reading *text.Text, published string) *scanner {
	if reading == nil || reading.Src != src.Text {
		reading = text.Read(src.Text)
	}
	s := &scanner{src: src, text: src.Text, lex: lex(), reading: reading}
	s.pooled = scratchPool.Get().(*scratch)
	s.toks = tokensFrom(reading, s.pooled.toks)
	s.lower = lowerASCII(s.pooled.lower, s.text)
	s.sents = s.pooled.sents[:0]
	for _, st := range reading.Sents {
		s.sents = append(s.sents, rng{st.Start, st.End})
	}
	s.setAnchor(published)
	return s
}

// setAnchor sets the date the scan resolves relative expressions against:
// published, or none when it is "" or not a date.
func (s *scanner) setAnchor(published string) {
	if published != "" {
		if t, err := time.Parse("2006-01-02", published); err == nil {
			s.anchor, s.hasAnchor = t, true
		}
	}
}

// rescan returns a fresh scan of the same text (src's) against published,
// reading s's tokens, lower-cased text and sentences, which do not depend on
// the anchor. s must not be used afterwards: its scratch space is the new
// scanner's to release.
func (s *scanner) rescan(src *doc.Source, published string) *scanner {
	t := &scanner{src: src, text: s.text, reading: s.reading, toks: s.toks, sents: s.sents, lex: s.lex, lower: s.lower, pooled: s.pooled}
	t.setAnchor(published)
	return t
}

// run scans every token once, left to right.
func (s *scanner) run() []found {
	for i := 0; i < len(s.toks); {
		if s.toks[i].url {
			i++
			continue
		}
		if n := s.match(i); n > i {
			i = n
			continue
		}
		i++
	}
	s.attachTimes()
	return s.out
}

// match tries the expression forms at token i and returns the index after
// the match, or i when nothing matched.
func (s *scanner) match(i int) int {
	switch s.toks[i].kind {
	case tWord:
		// Only the forms the word can start are tried: the others would
		// return i.
		b := s.low(i)
		if b == nil {
			return i
		}
		forms := s.lex.forms(b)
		if forms&formRelative != 0 {
			if n := s.try(i, formRelativeWord, s.matchRelative); n > i {
				return n
			}
		}
		if forms&formWeekday != 0 {
			if n := s.try(i, formWeekdayName, s.matchWeekday); n > i {
				return n
			}
		}
		if forms&formMonth != 0 {
			if n := s.try(i, formMonthFirst, s.matchMonthFirst); n > i {
				return n
			}
		}
		if forms&formTime != 0 {
			if n := s.try(i, formTimeOfDay, s.matchTime); n > i {
				return n
			}
		}
		if forms&formSeason != 0 {
			if n := s.try(i, formSeasonName, s.matchSeason); n > i {
				return n
			}
		}
		if forms&formHoliday != 0 {
			if n := s.try(i, formHolidayName, s.matchHoliday); n > i {
				return n
			}
		}
		if forms&formYear != 0 {
			return s.try(i, formYearNumber, s.matchYear)
		}
		return i
	case tPunct:
		return s.try(i, formYearNumber, s.matchYear) // "the '90s": no other form starts with punctuation
	}
	if n := s.try(i, formDayFirst, s.matchDayFirst); n > i {
		return n
	}
	if n := s.try(i, formISODate, s.matchISO); n > i {
		return n
	}
	if n := s.try(i, formNumericDate, s.matchSlashes); n > i {
		return n
	}
	if n := s.try(i, formTimeOfDay, s.matchTime); n > i {
		return n
	}
	if n := s.try(i, formRelativeWord, func(i int) int { return s.matchHoursAsDays(i, 0) }); n > i {
		return n
	}
	return s.try(i, formYearNumber, s.matchYear) // numbers
}

// try runs one expression form at token i, so that what it adds records
// the form's rule name (see add).
func (s *scanner) try(i int, form string, match func(int) int) int {
	s.form, s.res = form, ""
	return match(i)
}

// The expression forms, by rule name: the first rule of every Date.Why.
const (
	formRelativeWord = "relative-word"    // today, last week, the day before, two weeks ago
	formWeekdayName  = "weekday"          // Tuesday, last Monday, Thursday (Mar. 4, 2021)
	formMonthFirst   = "month-first-date" // Mar. 4, 2021; September 2015; in June
	formDayFirst     = "day-first-date"   // 4 March 2021; 21 November
	formISODate      = "iso-date"         // 2021-03-04
	formNumericDate  = "numeric-date"     // 3/24/2021
	formTimeOfDay    = "time-of-day"      // 10:40 am, shortly after 9am
	formSeasonName   = "season"           // last spring, summer 2015
	formYearNumber   = "year-or-decade"   // in 2020, the 1990s
	formHolidayName  = "fixed-holiday"    // New Year's Day, Christmas Eve: a day of the calendar
)

// The resolutions, by rule name: how a Date's value was reached, the
// second rule of its Why.
const (
	resCalendar          = "calendar-date"               // read in full from the text
	resYearFromPub       = "year-from-published"         // a day or month without a year
	resRelativePub       = "relative-to-published"       // today, last week, next month
	resWeekdayBefore     = "weekday-before-published"    // the latest such weekday
	resWeekdayOn         = "weekday-on-published"        // the publication day itself
	resWeekdayAfter      = "weekday-after-published"     // next Tuesday, a future clause
	resWeekdayDate       = "weekday-with-date"           // Tuesday, August 8th: the year fits the weekday
	resRelativeText      = "relative-to-date-in-text"    // the day before, five days later
	resTimeInSentence    = "time-on-day-in-sentence"     // at 9:04 p.m., with a day in its sentence
	resTimeInPara        = "time-on-day-in-paragraph"    // a day of its paragraph or the one before
	resTimeOnPub         = "time-on-published-day"       // a live blog's 4:31 p.m.
	resJoinedDay         = "time-joined-to-day"          // Tuesday at 10 a.m.
	resLiveBlogTime      = "live-blog-time"              // a live blog's "4:31 p.m." line: the publication day
	resAfterNight        = "small-hours-after-night"     // one in the morning after that night: the next day
	resPartOfTextDay     = "part-of-day-of-date-in-text" // that night, that afternoon: the day the text last named
	resCountFromAdjacent = "count-from-adjacent-date"    // Last Tuesday, eleven months after ...: counted back from that date
	resWeekdayOfTextDay  = "weekday-of-date-in-text"     // that Sunday: the day of that weekday the text last named
	resWeekdayOfWeek     = "weekday-of-named-week"       // Thursday of next week: that weekday of the week named
	resSeasonByTense     = "this-season-by-tense"        // "blossomed this spring", said in June: the season just gone
	resYearSpanStart     = "year-span-start"             // the 2025-26 season, FY 2025/26: the first year of the span
	resTwoDigitYear      = "two-digit-year"              // in '98: the year of that ending not after the year of writing
)

// ruleWeekdayMismatch marks a date written with a weekday that is another
// day's ("Tuesday (Dec. 14, 2016)"): the date is kept, and its event notes
// the conflict.
const ruleWeekdayMismatch = "weekday-does-not-match-date"

// why returns the provenance of f as matched: its form, its resolution,
// and how sure they make it.
func (s *scanner) why(f found) doc.Why {
	res := s.res
	if res == "" {
		res = resCalendar
		if f.Relative {
			res = resRelativePub
		}
	}
	c := doc.High
	switch res {
	case resWeekdayBefore, resWeekdayOn, resWeekdayAfter, resYearFromPub, resRelativeText, resCountFromAdjacent, resPartOfTextDay, resWeekdayOfTextDay, resSeasonByTense, resYearSpanStart, resTwoDigitYear:
		c = doc.Medium
	}
	if f.Precision == doc.Decade {
		c = doc.Medium
	}
	return doc.Why{Rules: s.rulePair(s.form, res), Confidence: c}
}

// rulePair returns the rule list {form, res}, one shared slice per pair in
// a scan (Why.Add copies before appending, so sharing is safe): most
// expressions of a text share a few pairs, and a slice each would be most
// of the scan's allocations.
func (s *scanner) rulePair(form, res string) []string {
	for _, p := range s.pairs {
		if p[0] == form && p[1] == res {
			return p[:2:2]
		}
	}
	p := []string{form, res}
	s.pairs = append(s.pairs, p)
	return p
}

// --- token helpers ---

func (s *scanner) has(i int) bool { return i >= 0 && i < len(s.toks) && !s.toks[i].url }

// maxLow is the longest word low reads: every word it is compared with is
// shorter.
const maxLow = 32

// low returns the text of word token i with ASCII capitals lower-cased
// (not to be modified), or nil when it is not a word or longer than maxLow.
func (s *scanner) low(i int) []byte {
	if !s.has(i) || s.toks[i].kind != tWord {
		return nil
	}
	t := s.toks[i]
	if t.end-t.start > maxLow {
		return nil
	}
	return s.lower[t.start:t.end:t.end]
}

func (s *scanner) wordIs(i int, w string) bool {
	return s.has(i) && s.toks[i].kind == tWord && strings.EqualFold(s.toks[i].text(s.text), w)
}

func (s *scanner) wordIn(i int, set map[string]bool) bool {
	b := s.low(i)
	return b != nil && set[string(b)]
}

func (s *scanner) punctIs(i int, p string) bool {
	return s.has(i) && s.toks[i].kind == tPunct && s.toks[i].text(s.text) == p
}

// glued reports whether token i follows token i-1 with no space between.
func (s *scanner) glued(i int) bool { return s.has(i) && i > 0 && !s.toks[i].space }

// num returns the value and digit count of number token i.
func (s *scanner) num(i int) (n, digits int, ok bool) {
	if !s.has(i) || s.toks[i].kind != tNum {
		return 0, 0, false
	}
	t := s.toks[i]
	if t.end-t.start > 6 {
		return 0, 0, false
	}
	for k := t.start; k < t.end; k++ {
		n = n*10 + int(s.text[k]-'0')
	}
	return n, t.end - t.start, true
}

// monthAt reads a capitalized month name at i ("December", "Dec.", "Sept")
// and returns its number and the index after it (past an abbreviation's period).
func (s *scanner) monthAt(i int) (m, next int, abbrev bool) {
	if !isCap(s.text, tokAt(s.toks, i)) || !s.has(i) {
		return 0, i, false
	}
	b := s.low(i)
	m, ok := s.lex.months[string(b)]
	if !ok {
		return 0, i, false
	}
	full := len(b) >= 5 || string(b) == "may" || string(b) == "june" || string(b) == "july"
	if !full && s.punctIs(i+1, ".") && s.glued(i+1) {
		return m, i + 2, true
	}
	return m, i + 1, !full
}

func tokAt(toks []token, i int) token {
	if i < 0 || i >= len(toks) {
		return token{}
	}
	return toks[i]
}

// weekdayAt reads a capitalized weekday name at i.
func (s *scanner) weekdayAt(i int) (wd, next int, ok bool) {
	if !isCap(s.text, tokAt(s.toks, i)) {
		return 0, i, false
	}
	b := s.low(i)
	wd, ok = s.lex.weekdays[string(b)]
	if !ok {
		return 0, i, false
	}
	if len(b) < 6 { // "Tues." must carry its period
		if !s.punctIs(i+1, ".") {
			return 0, i, false
		}
		return wd, i + 2, true
	}
	return wd, i + 1, true
}

// dayAt reads a day of the month at i ("13", "13th") and returns the index after it.
func (s *scanner) dayAt(i int) (d, next int, ok bool) {
	n, digits, ok := s.num(i)
	if !ok || digits > 2 || n < 1 || n > 31 {
		return 0, i, false
	}
	if s.glued(i+1) && s.toks[i+1].kind == tWord {
		switch string(s.low(i + 1)) {
		case "st", "nd", "rd", "th":
			return n, i + 2, true
		default:
			return 0, i, false // "9am" and the like
		}
	}
	if s.glued(i+1) && (s.punctIs(i+1, ":") || s.punctIs(i+1, "-") || s.punctIs(i+1, "/") || s.punctIs(i+1, "%")) {
		return 0, i, false
	}
	return n, i + 1, true
}

// yearAt reads a plausible four-digit year at i.
func (s *scanner) yearAt(i int) (y int, ok bool) {
	n, digits, ok := s.num(i)
	if !ok || digits != 4 || n < 1600 || n > 2100 {
		return 0, false
	}
	if s.hasAnchor && n > s.anchor.Year()+100 {
		return 0, false
	}
	// glued to letters or digits on either side: a code, not a year
	if s.glued(i) && s.toks[i-1].kind != tPunct {
		return 0, false
	}
	if s.glued(i+1) && s.toks[i+1].kind == tNum {
		return 0, false
	}
	return n, true
}

// end returns the byte offset where token i-1 ends (the end of a match
// whose next index is i).
func (s *scanner) endOf(next int) int { return s.toks[next-1].end }

// skip notes the expression over tokens [i, next) as left unresolved for
// want of an anchor.
func (s *scanner) skip(i, next int) {
	if next = min(next, len(s.toks)); i < next {
		s.skipSpan(s.toks[i].start, s.endOf(next))
	}
}

// skipSpan notes the expression over bytes [start, end) as left
// unresolved; a second reading of one expression replaces the first.
func (s *scanner) skipSpan(start, end int) {
	if n := len(s.skipped); n > 0 && s.skipped[n-1].Start == start {
		s.skipped[n-1].End = end
		return
	}
	s.skipped = append(s.skipped, doc.Span{Start: start, End: end})
}

// add records an expression over tokens [i, next).
func (s *scanner) add(i, next int, f found) int {
	f.Start, f.End = s.toks[i].start, s.endOf(next)
	if len(f.Why.Rules) == 0 {
		f.Why = s.why(f)
	}
	if f.wdMismatch {
		f.Why = f.Why.Add(ruleWeekdayMismatch)
		f.Why.Confidence = doc.Medium
	}
	f.signature = f.explicit && isSignature(s.text, f.Start)
	f.meta = !f.signature && s.isMeta(f.Start, f.End)
	s.out = append(s.out, f)
	return next
}

// dateOf builds the found value of v.
func dateOf(v val, relative bool) found {
	return found{Date: doc.Date{Value: v.String(), Precision: v.p, Relative: relative}}
}

// --- resolution against the anchor ---

func (s *scanner) tenseOf(i, next int) tense { return s.tenseAt(s.toks[i].start, s.endOf(next)) }

// resolveWeekday returns the date of a weekday named without a date.
// "last"/"next"/"this" decide when given ("last Saturday" said on a
// Saturday is a week before, "next Saturday" a week on); otherwise a
// future clause gives the coming such day (the anchor itself included),
// and a past or neutral one the most recent such day,
// the anchor itself included, or the day after the anchor, since a story
// dated one day is often updated the next.
func (s *scanner) resolveWeekday(wd int, mod string, t tense) time.Time {
	a := s.anchor
	aw := int(a.Weekday())
	fwd := (wd - aw + 7) % 7
	back := (aw - wd + 7) % 7
	switch {
	case mod == "last":
		if back == 0 {
			back = 7
		}
		return a.AddDate(0, 0, -back)
	case mod == "next" || (mod == "" && t == tenseFuture):
		if fwd == 0 && mod == "next" {
			fwd = 7 // "next Saturday" said on a Saturday
		}
		return a.AddDate(0, 0, fwd) // a bare weekday that is the anchor's is that day
	case mod == "this":
		mon := a.AddDate(0, 0, -((aw + 6) % 7))
		return mon.AddDate(0, 0, (wd+6)%7)
	case fwd == 1:
		return a.AddDate(0, 0, 1)
	}
	return a.AddDate(0, 0, -back)
}

// yearFor returns the year of a month (and day, if d > 0) written without
// one: the past one for a past clause (a week's grace for a late anchor),
// the coming one for a future clause, otherwise the nearest.
func (s *scanner) yearFor(m, d int, t tense) int {
	a := s.anchor
	y := a.Year()
	if d == 0 {
		am := int(a.Month())
		switch t {
		case tensePast:
			if m > am {
				y--
			}
		case tenseFuture:
			if m < am {
				y++
			}
		default:
			if m-am > 6 {
				y--
			} else if am-m > 6 {
				y++
			}
		}
		return y
	}
	if !validDay(y, m, d) { // February 29 in a common year: nearest leap year
		for k := 1; k < 4; k++ {
			if validDay(y-k, m, d) {
				return y - k
			}
		}
	}
	c := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	switch t {
	case tensePast:
		if c.After(a.AddDate(0, 0, 7)) {
			y--
		}
	case tenseFuture:
		if c.Before(a) {
			y++
		}
	default:
		if c.Sub(a) > 182*24*time.Hour {
			y--
		} else if a.Sub(c) > 182*24*time.Hour {
			y++
		}
	}
	return y
}

// referent returns the latest expression found before, at precision p or finer.
func (s *scanner) referent(p doc.Precision) (val, bool) {
	for k := len(s.out) - 1; k >= 0; k-- {
		f := s.out[k]
		if f.timeOnly || f.meta || precRank(f.Precision) > precRank(p) {
			continue
		}
		v, ok := parseVal(f.Value, f.Precision)
		return v, ok
	}
	return val{}, false
}

// warnf records a note for the curator about the expression at offset.
func (s *scanner) warnf(offset int, format string, args ...any) {
	s.warnings = append(s.warnings, fmt.Sprintf("dates: line %d: ", s.src.Line(offset))+fmt.Sprintf(format, args...))
}

// attachTimes dates the times of day found alone: glued to a neighbouring
// day ("Tuesday at 10 a.m.") they join it; otherwise they take the day of
// the nearest dated expression in their sentence, else the anchor day.
func (s *scanner) attachTimes() {
	out := s.out[:0]
	for k := 0; k < len(s.out); k++ {
		f := s.out[k]
		if !f.timeOnly {
			out = append(out, f)
			continue
		}
		if s.reading.RoleAt(f.Start) == text.Timestamp {
			// a live blog's time alone on its line: its entry is of the
			// day of the date line above it ("Monday 26 February"), else
			// of the publication day
			if day, ok := s.liveBlogDay(out); ok {
				f.Value, f.Precision, f.Relative = day.Value, doc.Day, day.Relative
			} else if s.hasAnchor {
				f.Value, f.Precision, f.Relative = dayOf(s.anchor).String(), doc.Day, true
			} else {
				s.skipSpan(f.Start, f.End)
				continue
			}
			f.Why = doc.Because(doc.High, formTimeOfDay, resLiveBlogTime)
			out = append(out, f)
			continue
		}
		if n := len(out); n > 0 && out[n-1].Precision == doc.Day && out[n-1].Time == "" && joinable(s.text[out[n-1].End:f.Start]) {
			out[n-1].End, out[n-1].Time = f.End, f.Time
			out[n-1].Why = out[n-1].Why.Add(resJoinedDay)
			continue
		}
		if k+1 < len(s.out) && s.out[k+1].Precision == doc.Day && !s.out[k+1].timeOnly && s.out[k+1].Time == "" && joinable(s.text[f.End:s.out[k+1].Start]) {
			s.out[k+1].Start, s.out[k+1].Time = f.Start, f.Time
			s.out[k+1].Why = s.out[k+1].Why.Add(resJoinedDay)
			continue
		}
		if day, ok := s.dayInSentence(k); ok {
			f.Value, f.Precision, f.Relative = day.Value, doc.Day, day.Relative
			f.Why = doc.Because(day.Why.Confidence, formTimeOfDay, resTimeInSentence)
			out = append(out, afterNight(f, day))
			continue
		}
		if day, ok := s.dayInParagraphBefore(out, f.Start); ok && (!s.hasAnchor || day.Value <= dayOf(s.anchor).String()) {
			f.Value, f.Precision, f.Relative = day.Value, doc.Day, day.Relative
			f.Why = doc.Because(doc.Medium, formTimeOfDay, resTimeInPara)
			out = append(out, afterNight(f, day))
			continue
		}
		if !s.hasAnchor {
			s.skipSpan(f.Start, f.End)
			continue
		}
		f.Value, f.Precision, f.Relative = dayOf(s.anchor).String(), doc.Day, true
		f.Why = doc.Because(doc.Medium, formTimeOfDay, resTimeOnPub)
		out = append(out, f)
	}
	s.out = out
}

// afterNight moves a time of the small hours (before 6:00) that took its
// day from an evening or a night ("at 9:04 that night … until after one in
// the morning") to the next day.
func afterNight(f found, day doc.Date) found {
	if f.Time == "" || f.Time >= "06:00" || !(day.Time == "night" || day.Time == "evening" || day.Time >= "18:00" && day.Time <= "23:59") {
		return f
	}
	v, ok := parseVal(f.Value, doc.Day)
	if !ok {
		return f
	}
	f.Value = dayOf(v.date().AddDate(0, 0, 1)).String()
	f.Why = f.Why.Add(resAfterNight)
	return f
}

// liveBlogDay returns the day of the latest date line (a header line's
// full date) before the expressions out, for the times of a live blog that
// runs over several days.
func (s *scanner) liveBlogDay(out []found) (doc.Date, bool) {
	for j := len(out) - 1; j >= 0; j-- {
		if d := out[j]; d.meta && d.Precision == doc.Day && !d.Relative && s.reading.RoleAt(d.Start) == text.Header {
			return d.Date, true
		}
	}
	return doc.Date{}, false
}

// joinable reports whether the text between a day and a time makes them one expression.
func joinable(gap string) bool {
	switch strings.TrimSpace(gap) {
	case "", "at", ", at", "on", ",", "from", "around", "at around", "by":
		return true
	}
	return false
}

// dayInSentence returns the nearest day-precision expression in the sentence of s.out[k].
func (s *scanner) dayInSentence(k int) (doc.Date, bool) {
	si := sentenceAt(s.sents, s.out[k].Start)
	best, bestDist := -1, 1<<30
	for j, f := range s.out {
		if j == k || f.timeOnly || f.Precision != doc.Day || sentenceAt(s.sents, f.Start) != si {
			continue
		}
		d := f.Start - s.out[k].Start
		if d < 0 {
			d = -d
		}
		if d < bestDist {
			best, bestDist = j, d
		}
	}
	if best < 0 {
		return doc.Date{}, false
	}
	return s.out[best].Date, true
}

// tokenAt returns the index of the first token starting at or after offset.
func (s *scanner) tokenAt(offset int) int {
	return sort.Search(len(s.toks), func(i int) bool { return s.toks[i].start >= offset })
}

// dayInParagraphBefore returns the last day-precision expression before
// offset in the same or the previous non-empty line (paragraph).
func (s *scanner) dayInParagraphBefore(out []found, offset int) (doc.Date, bool) {
	ls := strings.LastIndexByte(s.text[:offset], '\n')
	// skip blank lines back to the previous paragraph, then to its start
	p := ls
	for p > 0 && s.text[p-1] == '\n' {
		p--
	}
	prev := 0
	if p > 0 {
		prev = strings.LastIndexByte(s.text[:p], '\n') + 1
	}
	for j := len(out) - 1; j >= 0; j-- {
		f := out[j]
		if f.Start < prev {
			break
		}
		// A day counted from another ("the day before") is an aside: the
		// times after it are of the story's own day.
		if f.Precision == doc.Day && !f.timeOnly && f.End <= offset && !slices.Contains(f.Why.Rules, resRelativeText) {
			return f.Date, true
		}
	}
	return doc.Date{}, false
}
