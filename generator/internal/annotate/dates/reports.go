package dates

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier/dossier/generator/internal/doc"
	"github.com/dossier/dossier/generator/internal/text"
)

// maxSummary is the longest report summary, in bytes.
const maxSummary = 160

// pronouns that may refer back to the last person named.
var pronouns = map[string]bool{"he": true, "she": true, "him": true, "his": true, "her": true, "who": true, "whose": true, "whom": true}

// Find returns the temporal expressions of a (whose People and Mentions are
// found) and the event reports built on them, both in text order. Notes for
// the curator (a weekday that disagrees with its date) go to a.Warnings.
func Find(a *doc.Annotated) (dates []doc.Date, reports []doc.Report) {
	if a == nil || a.Source == nil {
		return nil, nil
	}
	s := newScanner(a.Source, a.Reading, a.PublishedDate())
	defer s.release()
	return s.find(a)
}

// FindInferring is Find for a source that may lack a publication date or
// an outlet: a missing a.Published (and PublishedBasis) is first inferred
// from the text, and so is a missing a.Outlet, from the tokens Find then
// reads, so that the text is split once for all. The source is left as it
// is. When no date can be inferred, relative expressions stay unresolved
// and a warning says so.
func FindInferring(a *doc.Annotated) (dates []doc.Date, reports []doc.Report) {
	if a == nil || a.Source == nil {
		return nil, nil
	}
	if a.Published == "" {
		a.Published, a.PublishedBasis = a.Source.Published, a.Source.PublishedBasis
	}
	if a.Outlet == "" {
		a.Outlet, a.OutletBasis = a.Source.Outlet, a.Source.OutletBasis
	}
	src := a.Source
	s := newScanner(&doc.Source{Text: src.Text, FirstLine: src.FirstLine}, a.Reading, "")
	if a.Outlet == "" {
		a.Outlet, a.OutletBasis = s.inferOutlet()
	}
	if a.Published != "" {
		s = s.rescan(src, a.Published)
		defer s.release()
		return s.find(a)
	}
	a.Published, a.PublishedBasis = s.inferPublished()
	s = s.rescan(src, a.Published)
	defer s.release()
	dates, reports = s.find(a)
	if a.Published == "" && len(s.skipped) > 0 {
		a.Unresolved = append([]doc.Span(nil), s.skipped...)
		a.Warnings = append(a.Warnings, fmt.Sprintf("dates: no publication date in the front matter or the text: %d relative dates left unresolved", len(s.skipped)))
	}
	return dates, reports
}

// find is Find with the scanner of a's text.
func (s *scanner) find(a *doc.Annotated) (dates []doc.Date, reports []doc.Report) {
	fs := s.run()
	a.Warnings = append(a.Warnings, s.warnings...)
	if len(fs) == 0 {
		return nil, nil
	}
	dates = make([]doc.Date, len(fs))
	for k, f := range fs {
		dates[k] = f.Date
	}
	s.mentions = newMentionIndex(a, s.text)
	s.quoted = quotedRanges(a.Quotes, s.quoted[:0])
	s.foundSorted = slices.IsSortedFunc(fs, func(x, y found) int { return x.Start - y.Start })
	for k := range fs {
		if r, ok := s.report(fs, k, a); ok {
			reports = append(reports, r)
		}
	}
	// Each report's clause is found from its own expression, so two
	// expressions of one sentence can yield clauses that start in the
	// other order ("…, Dec. 1, 2000 at 10:00 am": the time's clause may
	// reach back past the comma the date's stops at). Text order is the
	// promise.
	slices.SortStableFunc(reports, func(x, y doc.Report) int { return x.Start - y.Start })
	return dates, reports
}

// report builds the event report of expression k: the clause that states
// it, the people named in its sentence, and whether it is planned. ok is
// false for expressions that date no statement (a byline's time, a question).
func (s *scanner) report(fs []found, k int, a *doc.Annotated) (doc.Report, bool) {
	f := fs[k]
	for _, r := range noReportRules {
		if r.applies(s, f) {
			return doc.Report{}, false
		}
	}
	if li := s.reading.LineAt(f.Start); li >= 0 && s.reading.Lines[li].Role == text.Timestamp {
		return s.timestampReport(f, k, li)
	}
	si := sentenceAt(s.sents, f.Start)
	if si < 0 {
		return doc.Report{}, false
	}
	sent := s.sents[si]
	// An expression may run over a line break, which ends a sentence
	// ("in the late\n'90s" in hard-wrapped text): its sentence is both.
	sent.end = max(sent.end, f.End)
	if strings.HasSuffix(strings.TrimRight(s.text[sent.start:sent.end], `"'”’)`), "?") && !inDashes(s.text[sent.start:sent.end], f.Start-sent.start, f.End-sent.start) {
		return doc.Report{}, false // a question, but for a statement set off by dashes in it
	}
	expr := rng{f.Start, f.End}
	var cl rng
	if f.signature {
		var ok bool
		if cl, ok = s.postText(f.Start); !ok {
			return doc.Report{}, false
		}
		sent = cl
	} else {
		if wordCount(s.text[sent.start:f.Start])+wordCount(s.text[f.End:sent.end]) < 3 {
			return doc.Report{}, false
		}
		cl = s.summaryRange(sent, expr, fs)
	}
	summary := cleanSummary(s.text[cl.start:cl.end])
	if summary == "" {
		return doc.Report{}, false
	}
	r := doc.Report{Span: doc.Span{Start: cl.start, End: cl.end}, Date: k, Summary: summary}
	// The people of a report are its participants: those its clause
	// names (or refers to by a pronoun), else those of its sentence.
	if r.People = s.mentions.peopleIn(cl); len(r.People) == 0 {
		r.People = s.mentions.peopleIn(sent)
	}
	r.Planned = s.planned(f)
	r.Why = doc.Because(doc.High, "dated-clause")
	switch {
	case f.signature:
		r.Why = doc.Because(doc.High, "embedded-post-date")
	case f.timeOnly || f.Time != "" && f.Relative:
		r.Why.Confidence = doc.Medium
	}
	if r.Planned {
		r.Why = r.Why.Add("planned")
	}
	return r, true
}

// inDashes reports whether [start, end) of sent lies between two dashes
// ("When the inquiry reports — the deadline is the end of March — what
// ..."): an aside of its own.
func inDashes(sent string, start, end int) bool {
	before := max(strings.LastIndex(sent[:start], " — "), strings.LastIndex(sent[:start], " – "))
	after := strings.Index(sent[end:], " — ")
	if a := strings.Index(sent[end:], " – "); a >= 0 && (after < 0 || a < after) {
		after = a
	}
	return before >= 0 && after >= 0 && !strings.Contains(sent[end:end+after], "?")
}

// timestampReport is the report of a live-blog time alone on line li
// ("4:31 p.m."): it dates the first sentence of the entry below it.
func (s *scanner) timestampReport(f found, k, li int) (doc.Report, bool) {
	lines := s.reading.Lines
	for j := li + 1; j < len(lines); j++ {
		if lines[j].Role == text.Blank {
			continue
		}
		if lines[j].Role == text.Timestamp {
			return doc.Report{}, false // an entry with no text
		}
		si := s.reading.SentAt(lines[j].Start)
		if si < 0 {
			return doc.Report{}, false
		}
		st := s.reading.Sents[si]
		sent := rng{st.Start, st.End}
		if sent.end-sent.start > maxSummary {
			sent.end = runeStartAtOrBefore(s.text, sent.start+maxSummary)
			if sp := strings.LastIndexByte(s.text[sent.start:sent.end], ' '); sp > 0 {
				sent.end = sent.start + sp
			}
		}
		summary := cleanSummary(s.text[sent.start:sent.end])
		if summary == "" {
			return doc.Report{}, false
		}
		r := doc.Report{Span: doc.Span{Start: sent.start, End: sent.end}, Date: k, Summary: summary}
		r.People = s.mentions.peopleIn(rng{st.Start, st.End})
		r.Why = doc.Because(doc.High, "live-blog-timestamp")
		return r, true
	}
	return doc.Report{}, false
}

// A noReportRule names a kind of expression that dates no happening of the
// text: its rule is why the expression has no report.
type noReportRule struct {
	name    string
	applies func(s *scanner, f found) bool
}

// noReportRules are the expressions that give no report (the devset's
// conventions): the text's own metadata (byline, date line, dateline
// dates), words inside quote marks (somebody's words, not the text's
// dating), and decades ("since the '90s"), too vague to date a happening.
var noReportRules = []noReportRule{
	{"metadata-date", func(s *scanner, f found) bool { return f.meta }},
	{"inside-quote-marks", func(s *scanner, f found) bool { return inRanges(s.quoted, f.Start, f.End) }},
	{"decade", func(s *scanner, f found) bool { return f.Precision == doc.Decade }},
	{"reporting-period", (*scanner).reportingPeriod},
	{"habit", (*scanner).habit},
	{"since-of-comparison", (*scanner).sinceOfComparison},
}

// sinceOfComparison reports whether f is the start of the span a
// superlative is measured over: "the weakest results since 2019", "its
// largest expansion since 2015". The clause tells of now, and nothing
// happened on the date. Any other "since 2019" dates the start of its
// period, as the evaluation sets do ("contracts signed since 2019", "every
// year since 2018", "on the board since 2017").
func (s *scanner) sinceOfComparison(f found) bool {
	i := s.tokenAt(f.Start)
	if !s.wordIs(i-1, "since") {
		return false
	}
	for j := i - 2; j >= max(0, i-8); j-- {
		if s.toks[j].kind == tPunct && strings.ContainsAny(s.toks[j].text(s.text), ".;:!?") {
			return false
		}
		w := string(s.low(j))
		switch w {
		case "the", "its", "their", "his", "her", "our", "my":
			n := string(s.low(j + 1))
			if n == "most" || n == "least" || n == "best" || n == "worst" || n == "first" ||
				strings.HasSuffix(n, "est") && len(n) > 5 && !superlativeLike[n] {
				return true
			}
		}
	}
	return false
}

// superlativeLike are nouns ending in -est that a determiner precedes as
// it precedes a superlative: "the protest since 2019" is a happening's
// noun, not a comparison.
var superlativeLike = map[string]bool{
	"protest": true, "protests": true, "interest": true, "request": true, "harvest": true,
	"contest": true, "conquest": true, "inquest": true, "forest": true, "arrest": true, "behest": true,
}

// habit reports whether f names a recurring time rather than a date:
// "every Monday", "each spring", "every other Friday".
func (s *scanner) habit(f found) bool {
	i := s.tokenAt(f.Start)
	for j := i - 1; j >= max(0, i-2); j-- {
		switch string(s.low(j)) {
		case "every", "each":
			return true
		case "other":
			continue
		}
		break
	}
	return false
}

// reportingPeriod reports whether f names a reporting period used as a
// label ("fiscal 2019 results", "its second-quarter 2023 earnings"), not a
// time something happened in ("In fiscal 2019, sales fell" is one).
func (s *scanner) reportingPeriod(f found) bool {
	i := s.tokenAt(f.Start)
	w := s.low(i - 1)
	if w == nil && s.has(i-1) && s.toks[i-1].kind == tNum && s.glued(i-1) {
		w = s.low(i - 2) // "Q2 2020": the Q before the quarter's number
		i--
	}
	if w == nil {
		return false
	}
	switch string(w) {
	case "fiscal", "fy", "quarter", "half", "q", "h":
	default:
		return false
	}
	for j := i - 2; j >= max(0, i-5); j-- {
		switch string(s.low(j)) {
		case "in", "during", "since", "until", "by", "from", "through", "throughout", "after", "before":
			return false
		}
	}
	return true
}

// quotedRanges returns the spans of quotes (the whole quote with its
// marks, and each part of a quote split by its attribution or over
// paragraphs), in text order with nested and overlapping ones merged,
// appended to out.
func quotedRanges(qs []doc.Quote, out []rng) []rng {
	var rs []rng
	for _, q := range qs {
		rs = append(rs, rng{q.Outer.Start, q.Outer.End})
		for _, p := range q.Parts {
			rs = append(rs, rng{p.Start, p.End})
		}
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].start < rs[j].start })
	for _, r := range rs {
		if n := len(out); n > 0 && r.start <= out[n-1].end {
			out[n-1].end = max(out[n-1].end, r.end)
			continue
		}
		out = append(out, r)
	}
	return out
}

// inRanges reports whether [start, end) lies inside one of rs (sorted, disjoint).
func inRanges(rs []rng, start, end int) bool {
	i := sort.Search(len(rs), func(i int) bool { return rs[i].end >= end })
	return i < len(rs) && rs[i].start <= start
}

// planned reports whether an expression dates something still to come at
// the time of writing: it says so itself ("next month"), or its period
// starts after the anchor (past a day's grace for a late anchor), or its
// clause is in the future and its period is not over.
func (s *scanner) planned(f found) bool {
	if f.planned {
		return true
	}
	if !s.hasAnchor {
		return false
	}
	v, ok := parseVal(f.Value, f.Precision)
	if !ok {
		return false
	}
	if v.date().After(s.anchor.AddDate(0, 0, 1)) {
		return true
	}
	return v.end().After(s.anchor) && s.tenseAt(f.Start, f.End) == tenseFuture
}

// summaryRange returns the clause of sent around expr, joined with its
// neighbouring clauses (the next first) while it says too little, and cut
// to maxSummary bytes at word boundaries around the expression.
func (s *scanner) summaryRange(sent, expr rng, fs []found) rng {
	var segs []rng
	st := sent.start
	for _, b := range clauseBreaks(s.text, sent, expr) {
		segs = append(segs, rng{st, b.start})
		st = b.end
	}
	segs = append(segs, rng{st, sent.end})
	at := 0
	for k, g := range segs {
		if g.start <= expr.start && expr.start < g.end+1 {
			at = k
		}
	}
	lo, hi := at, at
	words := func() int {
		return wordCount(s.text[segs[lo].start:expr.start]) + wordCount(s.text[expr.end:segs[hi].end])
	}
	// a clause that holds another expression states another happening
	dated := func(g rng) bool {
		from, to := 0, len(fs)
		if s.foundSorted {
			// only expressions starting in [g.start, g.end] can lie in g
			from = sort.Search(len(fs), func(i int) bool { return fs[i].Start >= g.start })
		}
		for _, f := range fs[from:to] {
			if s.foundSorted && f.Start > g.end {
				break
			}
			if f.Start >= g.start && f.End <= g.end && (f.Start != expr.start || f.End != expr.end) {
				return true
			}
		}
		return false
	}
	// a clause with a verb of its own does not take in another's date
	hasVerb := func() bool {
		return s.nearestMarker(rng{segs[lo].start, segs[hi].end}, expr.start, expr.end) != tenseUnknown
	}
	// an expression whose clause says almost nothing takes both neighbours
	if words() < 4 {
		if hi < len(segs)-1 && !dated(segs[hi+1]) {
			hi++
		}
		if lo > 0 && !dated(segs[lo-1]) {
			lo--
		}
	}
	for words() < 6 {
		grown := false
		if hi < len(segs)-1 && !(dated(segs[hi+1]) && hasVerb()) {
			hi++
			grown = true
		}
		if lo > 0 && !(dated(segs[lo-1]) && hasVerb()) && (words() < 6 || !grown) {
			lo--
			grown = true
		}
		if !grown {
			break
		}
	}
	cl := rng{segs[lo].start, segs[hi].end}
	cl.start, cl.end = trimRange(s.text, cl.start, cl.end)
	if cl.end-cl.start <= maxSummary {
		return cl
	}
	// a window around the expression, cut at spaces
	st = expr.start - maxSummary/3
	if st < cl.start {
		st = cl.start
	}
	en := st + maxSummary
	if en > cl.end {
		en = cl.end
		if en-maxSummary > cl.start {
			st = en - maxSummary
		}
	}
	// The window's ends are byte counts: keep them on rune starts, for
	// a clause with no space to cut at.
	st, en = runeStartAtOrAfter(s.text, st), runeStartAtOrBefore(s.text, en)
	if st > cl.start {
		if sp := strings.IndexByte(s.text[st:expr.start], ' '); sp >= 0 {
			st += sp + 1
		}
	}
	if en < cl.end {
		if sp := strings.LastIndexByte(s.text[expr.end:en], ' '); sp >= 0 {
			en = expr.end + sp
		}
	}
	st, en = trimRange(s.text, st, en)
	return rng{st, en}
}

// runeStartAtOrBefore returns the last rune boundary of text at or
// before i.
func runeStartAtOrBefore(text string, i int) int {
	for i > 0 && i < len(text) && !utf8.RuneStart(text[i]) {
		i--
	}
	return i
}

// runeStartAtOrAfter returns the first rune boundary of text at or after i.
func runeStartAtOrAfter(text string, i int) int {
	for i > 0 && i < len(text) && !utf8.RuneStart(text[i]) {
		i++
	}
	return i
}

// postText returns the text of the embedded post whose signature line holds
// the date at offset: "WATCH: ... — City Hall (@cityhall) May 2, 2019". The
// post is the line before the dash, or the previous non-empty line.
func (s *scanner) postText(offset int) (rng, bool) {
	ls := strings.LastIndexByte(s.text[:offset], '\n') + 1
	line := s.text[ls:offset]
	cut := strings.LastIndex(line, "—")
	if cut < 0 {
		cut = strings.LastIndex(line, " - ")
	}
	if cut > 0 {
		st, en := trimRange(s.text, ls, ls+cut)
		if wordCount(s.text[st:en]) >= 3 {
			return rng{st, en}, true
		}
	}
	// previous non-empty line
	end := ls - 1
	for end > 0 {
		st := strings.LastIndexByte(s.text[:end], '\n') + 1
		a, b := trimRange(s.text, st, end)
		if b > a {
			if wordCount(s.text[a:b]) >= 3 {
				return rng{a, b}, true
			}
			return rng{}, false
		}
		end = st - 1
	}
	return rng{}, false
}

// isSignature reports whether the date at [start, end) signs an embedded
// post: it follows "(@handle)" on its line.
func isSignature(text string, start int) bool {
	ls := strings.LastIndexByte(text[:start], '\n') + 1
	before := strings.TrimRight(text[ls:start], " \t")
	if !strings.HasSuffix(before, ")") {
		return false
	}
	open := strings.LastIndex(before, "(")
	return open >= 0 && strings.HasPrefix(before[open:], "(@")
}

// cleanSummary collapses white space, drops links and trims stray punctuation.
func cleanSummary(t string) string {
	t = joinFields(t)
	t = strings.TrimLeft(t, ",;:-—–|• ")
	t = strings.TrimRight(t, ",;:-—–|• ")
	if t == "" {
		return ""
	}
	r, size := utf8.DecodeRuneInString(t)
	if unicode.IsLower(r) && !strings.HasPrefix(t, "and ") {
		return string(unicode.ToUpper(r)) + t[size:]
	}
	return t
}

// joinFields returns the fields of t (split as strings.Fields splits)
// that are not links, joined by single spaces. Most clauses are already
// that: then it returns a piece of t, without building a string.
func joinFields(t string) string {
	var b []byte
	base, pos := -1, 0 // while b is nil, the fields so far are t[base:pos]
	for i := 0; i < len(t); {
		j := i
		for j < len(t) {
			space, size := spaceRune(t, j)
			if !space {
				break
			}
			j += size
		}
		if j == len(t) {
			break
		}
		k := j
		for k < len(t) {
			space, size := spaceRune(t, k)
			if space {
				break
			}
			k += size
		}
		i = k
		f := t[j:k]
		if strings.Contains(f, "://") || strings.HasPrefix(f, "pic.") || strings.HasPrefix(f, "www.") || looksLikeDomainPath(f) {
			continue
		}
		switch {
		case base < 0:
			base, pos = j, k
		case b == nil && j == pos+1 && t[pos] == ' ':
			pos = k // one space after the last field, and none dropped between
		default:
			if b == nil {
				b = append(make([]byte, 0, len(t)), t[base:pos]...)
			}
			b = append(append(b, ' '), f...)
		}
	}
	switch {
	case b != nil:
		return string(b)
	case base < 0:
		return ""
	}
	return t[base:pos]
}

// spaceRune reports whether t[i:] starts with white space (as
// unicode.IsSpace says), and the byte length of the rune there.
func spaceRune(t string, i int) (space bool, size int) {
	if c := t[i]; c < utf8.RuneSelf {
		return asciiSpace[c], 1
	}
	r, size := utf8.DecodeRuneInString(t[i:])
	return unicode.IsSpace(r), size
}

// mentionIndex finds the mentions around a sentence without walking the
// whole text: one per Find.
type mentionIndex struct {
	a    *doc.Annotated
	text string
	// ordered is true when the mentions are sorted by start with ends in
	// order too (people.Find's output); otherwise peopleIn walks them all.
	ordered bool
	breaks  []int // offsets of every "\n\n" of the text, ascending
}

func newMentionIndex(a *doc.Annotated, text string) *mentionIndex {
	x := &mentionIndex{a: a, text: text, ordered: true}
	ms := a.Mentions
	for i := 1; i < len(ms); i++ {
		if ms[i].Start < ms[i-1].Start || ms[i].End < ms[i-1].End {
			x.ordered = false
			break
		}
	}
	for off := 0; ; {
		i := strings.Index(text[off:], "\n\n")
		if i < 0 {
			break
		}
		x.breaks = append(x.breaks, off+i)
		off += i + 1
	}
	return x
}

// paragraphBreak reports whether text[from:to] holds "\n\n".
func (x *mentionIndex) paragraphBreak(from, to int) bool {
	i, _ := slices.BinarySearch(x.breaks, from)
	return i < len(x.breaks) && x.breaks[i]+2 <= to
}

// peopleIn returns the people named in sent (as indexes into a.People, in
// order of first mention); with none named, a pronoun in the sentence
// refers to the person last named before it in the paragraph.
func (x *mentionIndex) peopleIn(sent rng) []int {
	if !x.ordered {
		return peopleIn(x.a, sent, x.text)
	}
	a, ms := x.a, x.a.Mentions
	// ms[:j] end before the sentence; ms[j:k] are in it.
	j := sort.Search(len(ms), func(i int) bool { return ms[i].End > sent.start })
	k := j + sort.Search(len(ms)-j, func(i int) bool { return ms[j+i].Start >= sent.end })
	var out []int
	for _, m := range ms[j:k] {
		if m.Person >= 0 && m.Person < len(a.People) && !slices.Contains(out, m.Person) {
			out = append(out, m.Person)
		}
	}
	if len(out) > 0 || j == 0 {
		return out
	}
	last := -1
	if m := ms[j-1]; m.Person >= 0 && !x.paragraphBreak(m.End, sent.start) {
		last = m.Person
	}
	return pronounRef(a, sent, x.text, out, last)
}

// peopleIn is mentionIndex.peopleIn for mentions in any order: it walks
// them all.
func peopleIn(a *doc.Annotated, sent rng, text string) []int {
	var out []int
	seen := map[int]bool{}
	last := -1
	for _, m := range a.Mentions {
		if m.End <= sent.start {
			if m.Person >= 0 && !strings.Contains(text[m.End:sent.start], "\n\n") {
				last = m.Person
			} else {
				last = -1
			}
			continue
		}
		if m.Start >= sent.end {
			break
		}
		if m.Person >= 0 && m.Person < len(a.People) && !seen[m.Person] {
			seen[m.Person] = true
			out = append(out, m.Person)
		}
	}
	return pronounRef(a, sent, text, out, last)
}

// pronounRef returns out, or with none named, []int{last} when the
// sentence holds a pronoun and last is a person.
func pronounRef(a *doc.Annotated, sent rng, text string, out []int, last int) []int {
	if len(out) == 0 && last >= 0 && last < len(a.People) {
		for _, w := range strings.FieldsFunc(strings.ToLower(text[sent.start:sent.end]), func(r rune) bool { return !unicode.IsLetter(r) }) {
			if pronouns[w] {
				return []int{last}
			}
		}
	}
	return out
}
