package dates

import (
	"strings"
	"time"

	"github.com/dossier/dossier/generator/internal/doc"
	"github.com/dossier/dossier/generator/internal/text"
)

// topBytes is how far into the text a date line, byline or dateline is
// looked for.
const topBytes = 1500

// partial is a day and month read without a year while scanning with no
// anchor ("Aug. 9", "Tuesday, August 8th"); the publication-date rules
// fix its year from the rest of the text.
type partial struct {
	start, end int
	m, d       int
	wd         int // the weekday written with it, or -1
}

// agoToday is "four weeks ago today" read with no anchor: the publication
// day is days after the date the text gives next.
type agoToday struct {
	start, end int
	days       int
}

// A pubRule finds the publication date one way. The rules are tried in
// the order of pubRules, surest first; the first that finds one wins, and
// its name opens the basis ("published-line: Published Aug. 23, 2023").
type pubRule struct {
	name string
	find func(s *scanner, fs []found) (date, evidence string, ok bool)
}

// pubRules is the table of publication-date rules.
var pubRules = []pubRule{
	// "Published 3:45 p.m. EDT June 3, 2023", "Updated: 14 March 2024 09:12 GMT".
	{"published-line", publishedLine},
	// "ALTENHAFEN, 16 March 2023 (Hansa Wire) –".
	{"dateline", func(s *scanner, fs []found) (string, string, bool) {
		return s.topDate(fs, func(l lineInfo) bool { return l.dateline })
	}},
	// "Outlet | Tuesday, September 19, 2023 | ...", "By X | Outlet | 2 March 2024".
	{"header-line", func(s *scanner, fs []found) (string, string, bool) {
		return s.topDate(fs, func(l lineInfo) bool { return l.header || l.byline })
	}},
	// "17 March 2023" or "Wed., Jun. 12, 2019 4:05 PM" on a line of its own.
	{"date-line", func(s *scanner, fs []found) (string, string, bool) {
		return s.topDate(fs, func(l lineInfo) bool { return l.dateOnly })
	}},
	// "— Name (@handle) September 19, 2023": the latest post.
	{"embedded-post-date", embeddedPostDate},
	// "GDANSK, May 3 (Baltic Wire) —" and the latest year of the body.
	{"dateline-year-from-body", datelineYearFromBody},
	// "four weeks ago today, on Tuesday, August 8th" and a year of the text.
	{"ago-today-from-date-in-text", agoTodayFromDate},
	// "Lund resigned on Monday (May 6, 2019)" in the lead: the day of the
	// news, which a story is mostly published on.
	{"weekday-date-in-lead", weekdayDateInLead},
}

// weekdayDateInLead is the first full date written with its weekday near
// the top, in a clause that is not about the future.
func weekdayDateInLead(s *scanner, fs []found) (string, string, bool) {
	for k := range fs {
		f := &fs[k]
		if f.Start >= topBytes {
			break
		}
		if f.weekday && f.explicit && f.Precision == doc.Day && !f.planned && s.tenseAt(f.Start, f.End) != tenseFuture {
			return f.Value, s.text[f.Start:f.End], true
		}
	}
	return "", "", false
}

// inferPublishedText is inferPublished on a text alone.
func inferPublishedText(text string) (date, basis string) {
	s := newScanner(&doc.Source{Text: text, FirstLine: 1}, nil, "")
	defer s.release()
	return s.inferPublished()
}

// inferPublished infers the publication date from the text of a scanner
// that has no anchor and has not run yet, and says on what basis; "" when
// nothing supports one.
func (s *scanner) inferPublished() (date, basis string) {
	fs := s.run()
	for _, r := range pubRules {
		if d, ev, ok := r.find(s, fs); ok {
			return d, r.name + ": " + clip(ev, 120)
		}
	}
	return "", ""
}

// lineInfo is what the publication-date rules need of the line holding a
// date: its text, and what kind of line it is, from the text layer's role.
type lineInfo struct {
	text                        string
	published, dateline, header bool
	byline, dateOnly            bool
}

// lineOf describes the line holding [start, end) from the text layer's
// role of it: a header line ("Outlet | date", "Published …", a date
// alone), a byline, a dateline (when the date is in its prefix), with
// "Published"/"Updated"/"Last updated" lines told apart, whatever their role.
func (s *scanner) lineOf(start, end int) lineInfo {
	li := s.reading.LineAt(start)
	if li < 0 {
		return lineInfo{}
	}
	ln := s.reading.Lines[li]
	line := s.text[ln.Start:ln.End]
	l := lineInfo{text: strings.TrimSpace(line)}
	lb := strings.ToLower(strings.TrimSpace(s.text[ln.Start:start]))
	l.published = ln.Role != text.Body && hasAnyPrefix(lb, "published", "updated", "posted", "last updated", "last modified", "first published", "date:")
	switch ln.Role {
	case text.Header:
		l.header = strings.Contains(line, "|")
		l.dateOnly = !l.header && !l.published
	case text.Byline:
		l.byline = true
	case text.Dateline:
		l.dateline = end <= ln.Label.End
		if l.dateline {
			l.text = strings.TrimSpace(s.text[ln.Label.Start:ln.Label.End])
		}
	}
	return l
}

// metaRoles are the line roles whose dates date the text, not a happening.
func (s *scanner) isMeta(start, end int) bool {
	li := s.reading.LineAt(start)
	if li < 0 {
		return false
	}
	ln := s.reading.Lines[li]
	switch ln.Role {
	case text.Header, text.Byline, text.Credit, text.Boilerplate:
		return true
	case text.Dateline:
		return end <= ln.Label.End
	}
	return false
}

// topDate returns the first full date near the top of the text whose line
// is of the kind wanted.
func (s *scanner) topDate(fs []found, want func(lineInfo) bool) (string, string, bool) {
	for k := range fs {
		f := &fs[k]
		if f.Start >= topBytes {
			break
		}
		if !f.explicit || f.Precision != doc.Day || f.signature {
			continue
		}
		if l := s.lineOf(f.Start, f.End); want(l) {
			return f.Value, l.text, true
		}
	}
	return "", "", false
}

// publishedLine is the first date of a published line near the top, but
// the one labelled as first published when the line gives both ("Updated
// June 14, 2026, 9:05 p.m. ET | Published June 13, 2026": the 13th,
// published-label-over-updated): an update is not the publication.
func publishedLine(s *scanner, fs []found) (string, string, bool) {
	d, ev, ok := s.topDate(fs, func(l lineInfo) bool { return l.published })
	if !ok {
		return d, ev, ok
	}
	for k := range fs {
		f := &fs[k]
		if f.Start >= topBytes {
			break
		}
		if !f.explicit || f.Precision != doc.Day || f.signature {
			continue
		}
		l := s.lineOf(f.Start, f.End)
		if !l.published {
			continue
		}
		if publishedLabel(s.text[strings.LastIndexByte(s.text[:f.Start], '\n')+1 : f.Start]) {
			return f.Value, l.text, true
		}
	}
	return d, ev, ok
}

// publishedLabel reports whether the label nearest the end of before (the
// line up to a date) says first publication ("Published", "Posted",
// "First published") rather than an update ("Updated", "Modified").
func publishedLabel(before string) bool {
	low := strings.ToLower(before)
	pub := max(strings.LastIndex(low, "published"), strings.LastIndex(low, "posted"))
	upd := max(strings.LastIndex(low, "updated"), strings.LastIndex(low, "modified"))
	return pub >= 0 && pub > upd
}

// embeddedPostDate is the date of the latest embedded post.
func embeddedPostDate(s *scanner, fs []found) (string, string, bool) {
	var post *found
	for k := range fs {
		if f := &fs[k]; f.signature && (post == nil || f.Value > post.Value) {
			post = f
		}
	}
	if post == nil {
		return "", "", false
	}
	return post.Value, s.text[post.Start:post.End], true
}

// datelineYearFromBody reads a dateline's day and month ("GDANSK, May 3
// (Baltic Wire) —") and takes the year from the body: the latest year the
// text states of a past or present happening, which must fit the
// dateline's weekday if it gives one.
func datelineYearFromBody(s *scanner, fs []found) (string, string, bool) {
	for _, p := range s.partials {
		if p.start >= topBytes {
			break
		}
		l := s.lineOf(p.start, p.end)
		if !l.dateline {
			continue
		}
		if y, ok := s.bodyYear(fs, p); ok {
			of := " of the body"
			if s.yearOfWriting(fs) == y {
				of = " of last-year-with-year"
			}
			return val{y, p.m, p.d, doc.Day}.String(), s.text[p.start:p.end] + " and the year " + itoa(y) + of, true
		}
	}
	return "", "", false
}

// agoTodayFromDate reads "N weeks ago today, on Tuesday, August 8th": the
// publication day is N weeks after that date, whose year is one the text
// states (that fits the weekday, when one is given).
func agoTodayFromDate(s *scanner, fs []found) (string, string, bool) {
	for _, a := range s.agoToday {
		for _, p := range s.partials {
			if p.start < a.end || p.start-a.end > 24 {
				continue
			}
			y, ok := s.bodyYear(fs, p)
			if !ok {
				continue
			}
			t := time.Date(y, time.Month(p.m), p.d, 0, 0, 0, 0, time.UTC).AddDate(0, 0, a.days)
			return dayOf(t).String(), s.text[a.start:p.end] + " in " + itoa(y), true
		}
		for k := range fs {
			f := &fs[k]
			if f.Start < a.end || f.Start-a.end > 24 || !f.explicit || f.Precision != doc.Day {
				continue
			}
			v, _ := parseVal(f.Value, doc.Day)
			return dayOf(v.date().AddDate(0, 0, a.days)).String(), s.text[a.start:f.End], true
		}
	}
	return "", "", false
}

// bodyYear returns the year to give partial date p: the latest year the
// text states outside plans, or the year after when the day would come
// before a month or day the text states as past ("GDANSK, Jan. 8" in a
// story of layoffs "in August 2023" is 8 January 2024); with a weekday,
// the latest such year in which p's weekday falls on p's day, unless it
// comes before the latest year and a year of the next six fits too.
func (s *scanner) bodyYear(fs []found, p partial) (int, bool) {
	latest := 0
	var years []int
	var pastEnd time.Time // the end of the latest month or day stated as past
	for k := range fs {
		f := &fs[k]
		if f.Relative || f.planned || f.meta || f.Precision == doc.Decade || len(f.Value) < 4 {
			continue
		}
		if s.tenseAt(f.Start, f.End) == tenseFuture {
			// a date of a future clause is a plan, whatever its form:
			// "funds would be released from 2025 to 2027" says nothing
			// of the year of writing but that it is earlier
			continue
		}
		y := atoi(f.Value[:4])
		latest = max(latest, y)
		years = append(years, y)
		if f.Precision == doc.Year {
			continue
		}
		if v, ok := parseVal(f.Value, f.Precision); ok && v.end().After(pastEnd) {
			pastEnd = v.end()
		}
	}
	if latest == 0 {
		return 0, false
	}
	fits := func(y int) bool {
		if !validDay(y, p.m, p.d) {
			return false
		}
		t := time.Date(y, time.Month(p.m), p.d, 0, 0, 0, 0, time.UTC)
		return !t.Before(pastEnd) && (p.wd < 0 || int(t.Weekday()) == p.wd)
	}
	if y := s.yearOfWriting(fs); y >= latest && fits(y) {
		return y, true
	}
	if p.wd < 0 {
		for _, y := range []int{latest, latest + 1} {
			if fits(y) {
				return y, true
			}
		}
		return 0, false
	}
	best := 0
	for _, y := range append(years, latest+1) {
		if y > best && fits(y) {
			best = y
		}
	}
	if best != 0 && best < latest {
		// The weekday fits an earlier year of the body, but a year after
		// the latest one may fit as well (a mine "last inspected in 2023",
		// "Friday, March 6": 2015 of the body fits, and so does 2026):
		// two readings, so none, since a weekday recurs every few years.
		for y := latest + 1; y <= latest+6; y++ {
			if fits(y) {
				return 0, false
			}
		}
	}
	return best, best != 0
}

// yearOfWriting returns the year of writing that "last year" or "this
// year" tells with a year written just after it in its sentence ("beating
// last year's record, set in 2024": 2025; "this year, in 2026": 2026;
// last-year-with-year), or 0 when none does or two disagree.
func (s *scanner) yearOfWriting(fs []found) int {
	out := 0
	for k := range fs {
		f := &fs[k]
		if f.Relative || f.Precision == doc.Decade || len(f.Value) < 4 || f.meta {
			continue
		}
		si := sentenceAt(s.sents, f.Start)
		if si < 0 {
			continue
		}
		from := max(s.sents[si].start, f.Start-40)
		if k > 0 && fs[k-1].End > from && fs[k-1].End <= f.Start && !fs[k-1].Relative {
			from = fs[k-1].End // no other year between
		}
		before := strings.ToLower(s.text[from:f.Start])
		y := atoi(f.Value[:4])
		switch {
		case strings.Contains(before, "last year"):
			y++
		case strings.Contains(before, "this year"):
		default:
			continue
		}
		if out != 0 && out != y {
			return 0
		}
		out = y
	}
	return out
}

func hasAnyPrefix(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// datelineTail reports whether the text after a dateline's date is its
// end: an agency in parentheses and a dash, or a dash.
func datelineTail(after string) bool {
	if strings.HasPrefix(after, "(") {
		c := strings.IndexByte(after, ')')
		if c < 0 || c > 40 {
			return false
		}
		after = strings.TrimSpace(after[c+1:])
	}
	return hasAnyPrefix(after, "—", "–", "-", ":")
}

// isCredit reports whether a line is a photo caption or credit, whose dates
// are the photo's, not the story's.
func isCredit(line string) bool {
	l := strings.ToLower(line)
	for _, w := range []string{"photo", "getty", "image", "credit", "pictured", "file"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

func itoa(n int) string {
	var b [8]byte
	i := len(b)
	for n > 0 || i == len(b) {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// clip returns t cut at a word to at most n bytes, with an ellipsis when cut.
func clip(t string, n int) string {
	t = strings.Join(strings.Fields(t), " ")
	if len(t) <= n {
		return t
	}
	if i := strings.LastIndexByte(t[:n], ' '); i > 0 {
		return t[:i] + " …"
	}
	return t[:n]
}
