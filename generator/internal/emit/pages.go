package emit

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/dossier/dossier/generator/internal/doc"
	"github.com/dossier/dossier/generator/internal/link"
)

// ---- source pages ----

type sourceFront struct {
	Title  string     `json:"title"`
	Date   string     `json:"date,omitempty"`
	Source sourceInfo `json:"source"`
}

type sourceInfo struct {
	ID             string                `json:"id"`
	File           string                `json:"file"`
	Outlet         string                `json:"outlet"`
	OutletID       string                `json:"outlet_id"` // its anchor on the outlets page
	URL            string                `json:"url"`
	Published      string                `json:"published"`
	PublishedBasis string                `json:"published_basis"`
	Extra          map[string]any        `json:"extra,omitempty"`
	People         []personRef           `json:"people"`
	Quotes         map[string]quoteInfo  `json:"quotes"` // by quote id, for the render hook
	Said           []quoteRow            `json:"said"`   // speech quotes in text order
	Cites          []citedOutlet         `json:"cites"`  // each outlet once, with every line citing it
	Events         []sourceEvent         `json:"events"`
	Related        []relatedRow          `json:"related"`
	Why            []whyNote             `json:"why"`   // each annotation's provenance, by the number its title ends in (why.go)
	Back           []backLink            `json:"back"`  // lines of the original that link back to their annotated paragraph
	Adds           sourceAdds            `json:"adds"`  // what no other source reports
	Cards          map[string]personCard `json:"cards"` // by person id: what a person link's hover and focus card says
	Notes          []paraNote            `json:"notes"` // what the dossier knows beyond a paragraph, in paragraph order (notes.go)
	// and "original", the HTML of the text, which appendSourcePage adds
}

type citedOutlet struct {
	Outlet string `json:"outlet"`
	ID     string `json:"id"` // its anchor on the outlets page
	Lines  []int  `json:"lines"`
}

// citedOutlets groups a source's citations by outlet, in order of first citation.
func citedOutlets(cites []doc.CiteEntry) []citedOutlet {
	out := []citedOutlet{}
	at := map[string]int{}
	for _, c := range cites {
		k, ok := at[c.Outlet]
		if !ok {
			k = len(out)
			at[c.Outlet] = k
			out = append(out, citedOutlet{Outlet: c.Outlet, ID: outletID(c.Outlet)})
		}
		out[k].Lines = append(out[k].Lines, c.Line)
	}
	return out
}

type personRef struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	Count int    `json:"count"`
}

// personCard is what a person link's card on a source page shows: the
// person's one-line description and the number of sources naming them.
// It is in the page's front matter once per person, so the render hook
// makes each link's card with one lookup.
type personCard struct {
	Summary string `json:"summary"`
	Sources int    `json:"sources"`
}

type quoteInfo struct {
	Kind        doc.QuoteKind `json:"kind"`
	Speaker     string        `json:"speaker"` // person id or ""
	SpeakerName string        `json:"speaker_name"`
	Attribution string        `json:"attribution"`
	Group       string        `json:"group"`
	Others      int           `json:"others"` // other sources reporting the same quote
}

type quoteRow struct {
	ID          string `json:"id"`
	Line        int    `json:"line"`
	Text        string `json:"text"`
	Speaker     string `json:"speaker"`
	SpeakerName string `json:"speaker_name"`
	Group       string `json:"group"`
	GroupURL    string `json:"group_url"` // its site path on the quotes pages, or ""
	Others      int    `json:"others"`
}

// sourceAdds is what a source adds to the dossier: the quotes no other
// source reports (their group has this source only) and the timeline's
// events only this source reports, each event once.
type sourceAdds struct {
	Quotes []quoteRow    `json:"quotes"`
	Events []sourceEvent `json:"events"`
}

// addsOf picks, from a source's quotes and events, what only it reports;
// eventSources counts the distinct sources of each event.
func addsOf(said []quoteRow, events []sourceEvent, eventSources map[string]int) sourceAdds {
	adds := sourceAdds{Quotes: []quoteRow{}, Events: []sourceEvent{}}
	for _, q := range said {
		if q.Others == 0 {
			adds.Quotes = append(adds.Quotes, q)
		}
	}
	seen := map[string]bool{}
	for _, e := range events {
		if e.Event == "" || seen[e.Event] || eventSources[e.Event] != 1 {
			continue
		}
		seen[e.Event] = true
		adds.Events = append(adds.Events, e)
	}
	return adds
}

// backLink is a line of the original that links back to its paragraph in
// the annotated text: each paragraph's first line (a link target, not a
// tab stop: a long source has a hundred paragraphs) and each line the
// dossier cites (one tab stop each, where a citation lands a reader).
type backLink struct {
	Line  int  `json:"line"`
	Para  int  `json:"para"`  // the first line of its paragraph; the annotated text's anchor is "p" + Para
	Cited bool `json:"cited"` // cited by a quote, a date or a cited outlet
}

// backLinks lists, in line order, the paragraph starts of blocks and the
// cited lines, each with the paragraph it belongs to. A cited line before
// the first paragraph has none and is left out.
func backLinks(bls []block, cited []int) []backLink {
	starts := make([]int, 0, len(bls))
	for _, b := range bls {
		if len(starts) == 0 || b.line > starts[len(starts)-1] {
			starts = append(starts, b.line)
		}
	}
	isCited := make(map[int]bool, len(cited))
	for _, l := range cited {
		isCited[l] = true
	}
	out := make([]backLink, 0, len(starts)+len(isCited))
	for _, l := range starts {
		out = append(out, backLink{Line: l, Para: l, Cited: isCited[l]})
		delete(isCited, l)
	}
	for l := range isCited {
		if k := sort.SearchInts(starts, l+1) - 1; k >= 0 { // the last paragraph starting at or before l
			out = append(out, backLink{Line: l, Para: starts[k], Cited: true})
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Line < out[b].Line })
	return out
}

type sourceEvent struct {
	Event   string `json:"event"`
	URL     string `json:"url"` // the event's site path on the timeline, or ""
	Line    int    `json:"line"`
	Text    string `json:"text"`
	Date    string `json:"date"`
	Label   string `json:"label"`
	Summary string `json:"summary"`
	Planned bool   `json:"planned"`
}

type relatedRow struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Shared string `json:"shared"`
}

// sourcePage returns the front matter of Docs[i]'s page, but for its
// original, and the annotations of its text.
func sourcePage(g *link.Graph, ix *index, i int) (sourceFront, []annotation) {
	a := g.Docs[i]
	s := a.Source
	entry := g.Dossier.Sources[i]
	info := sourceInfo{
		ID: s.ID, File: s.File, Outlet: entry.Outlet, OutletID: outletID(entry.Outlet), URL: s.URL,
		Published: entry.Published, PublishedBasis: entry.PublishedBasis, Extra: s.Extra,
		People: []personRef{}, Cards: map[string]personCard{}, Quotes: map[string]quoteInfo{}, Said: []quoteRow{},
		Cites: citedOutlets(entry.Cites), Events: []sourceEvent{}, Related: []relatedRow{},
	}
	counts := map[string]int{}
	for _, m := range a.Mentions {
		counts[a.People[m.Person].ID]++
	}
	for _, id := range entry.People {
		p := ix.person[id]
		info.People = append(info.People, personRef{ID: id, Name: g.Dossier.People[p].Name, Count: counts[id]})
		info.Cards[id] = personCard{Summary: g.Dossier.People[p].Summary, Sources: ix.sourcesOf[p]}
	}
	for _, q := range a.Quotes {
		qi := quoteInfo{Kind: q.Kind, Attribution: q.Attribution, Group: q.Group, Others: ix.sourcesInGroup(q.Group) - 1}
		if q.Speaker >= 0 {
			qi.Speaker = a.People[q.Speaker].ID
			qi.SpeakerName = g.Dossier.People[ix.person[qi.Speaker]].Name
		}
		id := q.ID
		info.Quotes[id] = qi
		if q.Kind == doc.Speech {
			info.Said = append(info.Said, quoteRow{ID: id, Line: s.Line(q.Start), Text: newWording(s, q).text(),
				Speaker: qi.Speaker, SpeakerName: qi.SpeakerName, Group: qi.Group, GroupURL: ix.groupURL(qi.Group), Others: qi.Others})
		}
	}
	for _, r := range a.Reports {
		if r.Date < 0 || r.Date >= len(a.Dates) {
			continue
		}
		d := a.Dates[r.Date]
		var url string
		if ev := r.Event; ev != "" {
			url = ix.eventURL(ev)
		}
		info.Events = append(info.Events, sourceEvent{Event: r.Event, URL: url, Line: s.Line(d.Start), Text: s.Slice(d.Span),
			Date: d.Value, Label: DateLabel(d.Value, d.Precision), Summary: r.Summary, Planned: r.Planned})
	}
	for _, r := range entry.Related {
		info.Related = append(info.Related, relatedRow{ID: r.Source, Title: g.Dossier.Sources[ix.source[r.Source]].Title, Shared: r.Shared})
	}
	anns, why := whyNotes(g, ix, i, annotations(g, ix, i)) // why.go
	info.Why = why
	var cited []int
	for _, q := range info.Said {
		cited = append(cited, q.Line)
	}
	for _, e := range info.Events {
		cited = append(cited, e.Line)
	}
	for _, c := range info.Cites {
		cited = append(cited, c.Lines...)
	}
	bls := blocks(s, isMarkdown(s))
	info.Back = backLinks(bls, cited)
	info.Notes = paraNotes(g, ix, i, bls)
	info.Adds = addsOf(info.Said, info.Events, ix.eventSources)
	return sourceFront{Title: s.Title, Date: entry.Published, Source: info}, anns
}

// annotations lists the inline marks of Docs[i], disjoint and in text order.
func annotations(g *link.Graph, ix *index, i int) []annotation {
	a := g.Docs[i]
	anns := make([]annotation, 0, len(a.Quotes)+len(a.Dates)+len(a.Mentions))
	for _, q := range a.Quotes {
		title := "quote " + q.ID
		// A quote reported elsewhere links to its group; one found only
		// here links to its line in the original.
		dest := "#L" + strconv.Itoa(a.Source.Line(q.Start))
		if u := ix.groupURL(q.Group); u != "" {
			dest = u
		}
		if len(q.Parts) == 0 {
			anns = append(anns, annotation{Span: q.Outer, dest: dest, title: title})
			continue
		}
		for k, p := range q.Parts {
			t := title
			if k < len(q.Parts)-1 {
				t = "quotepart " + q.ID
			}
			anns = append(anns, annotation{Span: withMarks(a.Source.Text, p), dest: dest, title: t})
		}
	}
	for j, d := range a.Dates {
		dest := "<>"
		if ev := ix.eventOfDate[i][j]; ev != "" {
			dest = ix.eventURL(ev)
		}
		anns = append(anns, annotation{Span: d.Span, dest: dest, title: "date " + d.Value})
	}
	urls := make([]string, len(a.People)) // each person's, made once
	for _, m := range a.Mentions {
		if urls[m.Person] == "" {
			urls[m.Person] = personURL(a.People[m.Person].ID)
		}
		anns = append(anns, annotation{Span: m.Span, dest: urls[m.Person], title: "person"})
	}
	spans := make([]doc.Span, len(anns))
	for k, an := range anns {
		spans[k] = an.Span
	}
	keep := doc.Disjoint(spans, len(a.Source.Text))
	out := make([]annotation, 0, len(keep))
	for _, k := range keep {
		out = append(out, anns[k])
	}
	return out
}

// withMarks widens a quote part to take in the quotation marks around it.
func withMarks(text string, sp doc.Span) doc.Span {
	for _, m := range []string{"“", "\"", "‘", "'", "«", "„"} {
		if strings.HasSuffix(text[:sp.Start], m) {
			sp.Start -= len(m)
			break
		}
	}
	for _, m := range []string{"”", "\"", "’", "'", "»", "“"} {
		if strings.HasPrefix(text[sp.End:], m) {
			sp.End += len(m)
			break
		}
	}
	return sp
}

// DateLabel formats a normalized date at its precision: "Dec 13, 2016",
// "Dec 2016", "2016", "1990s".
func DateLabel(value string, p doc.Precision) string {
	switch p {
	case doc.Day:
		if t, err := time.Parse(time.DateOnly, value); err == nil {
			return t.Format("Jan 2, 2006")
		}
	case doc.Month:
		if t, err := time.Parse("2006-01", value); err == nil {
			return t.Format("Jan 2006")
		}
	case doc.Decade:
		if len(value) >= 4 {
			return value[:3] + "0s"
		}
	}
	return value
}

// ---- person pages ----

type personFront struct {
	Title   string     `json:"title"`
	Weight  int        `json:"weight"`            // prominence, most prominent lowest; Hugo sorts the people index by it
	Aliases []string   `json:"aliases,omitempty"` // former URLs (aliases.go)
	Person  personInfo `json:"person"`
}

type personInfo struct {
	ID           string        `json:"id"`
	Name         string        `json:"name"`
	Aliases      []string      `json:"aliases"`
	Summary      string        `json:"summary"`
	Links        []string      `json:"links"`
	Sources      int           `json:"sources"`
	Mentions     int           `json:"mentions"`
	Descriptions []described   `json:"descriptions"` // grouped by wording, most cited first
	Ages         []described   `json:"ages"`
	Said         []personQuote `json:"said"`
	Events       []personEvent `json:"events"`
	With         []personRef   `json:"with"`
	Brief        personBrief   `json:"brief"` // the top of the page (brief.go)
}

// personContext is the part of a person page that grows with their
// mentions: the mentions in context and the neighbourhood graph. It is a
// file of the page's bundle (PersonContextFile), not front matter: Hugo
// keeps every page's front matter parsed in memory for the whole build,
// and these were most of it on a dossier with many people; the template
// reads the file only while it renders the page.
type personContext struct {
	Contexts []contextGroup `json:"contexts"`
	Graph    string         `json:"graph"` // SVG: the person and the people named with them most
}

// described is one description (or age) of a person with every place it is given.
type described struct {
	Text  string      `json:"text"`
	Cites []citedText `json:"cites"`
}

// describe groups cited texts by their wording (ignoring case), most cited
// first, then in order of first appearance; each group is shown in its
// most used spelling.
func describe(items []citedText) []described {
	out := []described{}
	at := map[string]int{}
	forms := map[string]int{}
	for _, it := range items {
		key := strings.ToLower(it.Text)
		k, ok := at[key]
		if !ok {
			k = len(out)
			at[key] = k
			out = append(out, described{Text: it.Text})
		}
		out[k].Cites = append(out[k].Cites, it)
		forms[it.Text]++
	}
	for k := range out {
		for _, c := range out[k].Cites {
			if n, m := forms[c.Text], forms[out[k].Text]; n > m || n == m && c.Text < out[k].Text {
				out[k].Text = c.Text
			}
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return len(out[a].Cites) > len(out[b].Cites) })
	return out
}

type citedText struct {
	Text        string `json:"text"`
	Source      string `json:"source"`
	SourceTitle string `json:"source_title"`
	Cite        string `json:"cite"`
	Line        int    `json:"line"`
}

type contextGroup struct {
	Source      string       `json:"source"`
	SourceTitle string       `json:"source_title"`
	Cite        string       `json:"cite"`
	Published   string       `json:"published"`
	Mentions    int          `json:"mentions"`
	Lines       []contextRow `json:"lines"` // empty past MaxContextLines
}

type contextRow struct {
	Line   int    `json:"line"`
	Before string `json:"before"`
	Form   string `json:"form"`
	After  string `json:"after"`
}

type personQuote struct {
	Text        string `json:"text"`
	Source      string `json:"source"`
	SourceTitle string `json:"source_title"`
	Cite        string `json:"cite"`
	Line        int    `json:"line"`
	Group       string `json:"group"`
	GroupURL    string `json:"group_url"` // its site path on the quotes pages, or ""
	Others      int    `json:"others"`
}

type personEvent struct {
	ID      string `json:"id"`
	URL     string `json:"url"` // its site path on the timeline
	Date    string `json:"date"`
	Label   string `json:"label"`
	Summary string `json:"summary"`
	Planned bool   `json:"planned"`
}

// MaxContextLines is how many mentions a person page shows in context; the
// sources of any further mentions are listed with their counts. It keeps a
// person named in thousands of sources to a page a browser can show.
const MaxContextLines = 1000 // layouts/people/page.html says so

// MaxWith is how many co-mentioned people a person page lists.
const MaxWith = 10

// prominence is a person's weight for Hugo's sort: more sources first, then
// more mentions. It depends on the person alone, so a new source changes
// the pages of the people it names, not the rank of everyone after them.
func prominence(sources, mentions int) int {
	return 1_000_000_000 - min(sources, 9_999)*100_000 - min(mentions, 99_999)
}

func personPage(g *link.Graph, ix *index, p int) (personFront, personContext) {
	e := g.Dossier.People[p]
	info := personInfo{
		ID: e.ID, Name: e.Name, Aliases: nonNil(e.Aliases), Summary: e.Summary, Links: nonNil(e.Links),
		Sources: ix.sourcesOf[p], Mentions: len(ix.mentions[p]),
		Said: []personQuote{}, Events: []personEvent{}, With: []personRef{},
	}
	extra := personContext{Contexts: []contextGroup{}}
	entry := func(id string) doc.SourceEntry { return g.Dossier.Sources[ix.source[id]] }
	var descs, ages []citedText
	for _, d := range e.Descriptions {
		s := entry(d.Source)
		descs = append(descs, citedText{Text: d.Text, Source: d.Source, SourceTitle: s.Title, Cite: cite(s), Line: d.Line})
	}
	for _, a := range e.Ages {
		s := entry(a.Source)
		ages = append(ages, citedText{Text: strconv.Itoa(a.Age), Source: a.Source, SourceTitle: s.Title, Cite: cite(s), Line: a.Line})
	}
	info.Descriptions, info.Ages = describe(descs), describe(ages)
	shown := 0
	for _, r := range ix.mentions[p] {
		a := g.Docs[r.doc]
		m := a.Mentions[r.item]
		if n := len(extra.Contexts); n == 0 || extra.Contexts[n-1].Source != a.Source.ID {
			extra.Contexts = append(extra.Contexts, contextGroup{Source: a.Source.ID, SourceTitle: a.Source.Title,
				Cite: cite(g.Dossier.Sources[r.doc]), Published: a.PublishedDate()})
		}
		c := &extra.Contexts[len(extra.Contexts)-1]
		c.Mentions++
		if shown < MaxContextLines {
			shown++
			before, after := kwic(a.Source, m.Span, 70)
			c.Lines = append(c.Lines, contextRow{Line: a.Source.Line(m.Start), Before: before, Form: a.Source.Slice(m.Span), After: after})
		}
	}
	for _, r := range ix.said[p] {
		q, src := quoteAt(g, r)
		if q.Kind != doc.Speech {
			continue
		}
		grp := q.Group
		info.Said = append(info.Said, personQuote{Text: newWording(src, q).text(), Source: src.ID,
			SourceTitle: src.Title, Cite: cite(g.Dossier.Sources[r.doc]), Line: src.Line(q.Start), Group: grp, GroupURL: ix.groupURL(grp), Others: ix.sourcesInGroup(grp) - 1})
	}
	for _, k := range ix.events[p] {
		ev := g.Dossier.Events[k]
		info.Events = append(info.Events, personEvent{ID: ev.ID, URL: ix.eventURL(ev.ID), Date: ev.Date, Label: DateLabel(ev.Date, ev.Precision), Summary: ev.Summary, Planned: ev.Planned})
	}
	sort.SliceStable(info.Events, func(a, b int) bool { return info.Events[a].Date < info.Events[b].Date })
	for q, n := range ix.with[p] {
		info.With = append(info.With, personRef{ID: g.Dossier.People[q].ID, Name: g.Dossier.People[q].Name, Count: n})
	}
	sort.Slice(info.With, func(a, b int) bool {
		if info.With[a].Count != info.With[b].Count {
			return info.With[a].Count > info.With[b].Count
		}
		return info.With[a].ID < info.With[b].ID
	})
	if len(info.With) > MaxWith {
		info.With = info.With[:MaxWith]
	}
	extra.Graph = neighbourhood(g, ix, p, info.With)
	info.Brief = briefOf(g, ix, p, info.Descriptions, info.Said)
	return personFront{Title: e.Name, Weight: prominence(info.Sources, info.Mentions), Aliases: personAliases(g, ix, p), Person: info}, extra
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// ---- timeline ----

type pageFront struct {
	Title       string `json:"title"`
	Layout      string `json:"layout"`
	Description string `json:"description"`
}

type timelineEvent struct {
	ID        string           `json:"id"`
	Date      string           `json:"date"`
	Precision doc.Precision    `json:"precision"`
	Year      string           `json:"year"`
	Month     string           `json:"month"` // "December 2016", or "" when the date has no month
	Label     string           `json:"label"`
	Summary   string           `json:"summary"`
	Planned   bool             `json:"planned"`
	People    []personRef      `json:"people"`
	Reports   []timelineReport `json:"reports"`
	Conflicts []doc.Conflict   `json:"conflicts"`
	// Disagree lists, when reports disagree on the date, each date with
	// the sources that give it, the majority (the event's date) first.
	Disagree []dateClaim `json:"disagree"`
}

type dateClaim struct {
	Date    string      `json:"date"`
	Label   string      `json:"label"`
	Sources []sourceRef `json:"sources"`
}

// sourceRef names a source as cite does, with the lines that give a date.
type sourceRef struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	Title string `json:"title"`
	Lines []int  `json:"lines"`
}

type timelineReport struct {
	Source      string `json:"source"`
	SourceTitle string `json:"source_title"`
	Cite        string `json:"cite"`
	Line        int    `json:"line"`
	Text        string `json:"text"`
	Date        string `json:"date"`
	Summary     string `json:"summary"`
	Planned     bool   `json:"planned"`
}

// timelineFront is the front matter of the timeline's first page, the
// section listing its pages.
type timelineFront struct {
	pageFront
	Axis  string     `json:"axis"` // the SVG time axis, or "" (see timelineAxis)
	Pages []listPart `json:"pages"`
}

// partFront is the front matter of one page of a split list (split.go).
type partFront struct {
	pageFront
	Label string `json:"label"`
	Part  int    `json:"part"`
	Parts int    `json:"parts"` // of the same key
	Prev  string `json:"prev"`  // the slugs of the pages before and after, or ""
	Next  string `json:"next"`
}

func newPartFront(parts []listPart, k int, title, layout, description string) partFront {
	p := parts[k]
	f := partFront{pageFront: pageFront{Title: title + ": " + p.Label, Layout: layout, Description: description}, Label: p.Label, Part: p.Part}
	if p.Part > 1 {
		f.Title += " (" + strconv.Itoa(p.Part) + ")"
	}
	for _, q := range parts {
		if q.Key == p.Key {
			f.Parts++
		}
	}
	if k > 0 {
		f.Prev = parts[k-1].Slug
	}
	if k+1 < len(parts) {
		f.Next = parts[k+1].Slug
	}
	return f
}

func timelineFiles(g *link.Graph, ix *index, s sink) error {
	var axis string
	if len(g.Dossier.Events) <= MaxAxisEvents {
		var shown []timelineEvent
		var pages []string
		for _, part := range ix.timelineParts {
			for _, e := range part.items {
				shown = append(shown, newTimelineEvent(g, ix, g.Dossier.Events[e]))
				pages = append(pages, part.dir())
			}
		}
		axis = timelineAxis(shown, pages)
	}
	const title, desc = "Timeline", "Every dated happening the sources report, in order, with the sources behind it."
	if !split(ix.timelineParts) { // all on the section's page
		if err := s.page("content/timeline/_index.md", timelineFront{pageFront{Title: title, Layout: "timeline", Description: desc}, axis, []listPart{}}, ""); err != nil {
			return err
		}
	} else {
		if err := s.page("content/timeline/_index.md", timelineFront{pageFront{Title: title, Layout: "timeline-index", Description: desc}, axis, ix.timelineParts}, ""); err != nil {
			return err
		}
	}
	for k, part := range ix.timelineParts {
		dir := "content/timeline/" + part.dir()
		if part.Slug != "" {
			if err := s.page(dir+"index.md", newPartFront(ix.timelineParts, k, "Timeline", "timeline",
				"The dated happenings the sources report for "+part.Label+", in order, with the sources behind them."), ""); err != nil {
				return err
			}
		}
		err := s.stream(dir+"events.json", func(w io.Writer) error {
			jw := newJSONWriter(w)
			var te timelineEvent
			err := jw.list(len(part.items), 0, func(k int) any {
				te = newTimelineEvent(g, ix, g.Dossier.Events[part.items[k]])
				return &te
			})
			if err != nil {
				return fmt.Errorf("encoding the timeline: %w", err)
			}
			return jw.end()
		})
		if err != nil {
			return err
		}
	}
	return s.stream("content/timeline/dossier.ics", func(w io.Writer) error {
		return writeICS(w, eventsByName(g, ix), "Dossier timeline") // names, not ids (export.go)
	})
}

// timelineOrder returns the order the timeline shows events in: by date,
// as link sorts them, except that an event dated only to a decade comes
// after every event of that decade's years ("1990", "1999", then
// "1990s"), not before them, since its date string is the decade's first
// year.
func timelineOrder(events []doc.EventEntry) []int {
	order := make([]int, len(events))
	key := make([]string, len(events))
	for k, e := range events {
		order[k] = k
		key[k] = e.Date
		if e.Precision == doc.Decade && len(e.Date) >= 4 {
			key[k] = e.Date[:3] + "9~" // after any "YYY9-MM-DD"
		}
	}
	sort.SliceStable(order, func(a, b int) bool { return key[order[a]] < key[order[b]] })
	return order
}

// newTimelineEvent returns what the timeline shows of e.
func newTimelineEvent(g *link.Graph, ix *index, e doc.EventEntry) timelineEvent {
	te := timelineEvent{ID: e.ID, Date: e.Date, Precision: e.Precision, Label: DateLabel(e.Date, e.Precision),
		Summary: e.Summary, Planned: e.Planned, People: []personRef{}, Reports: []timelineReport{}, Conflicts: e.Conflicts}
	if te.Conflicts == nil {
		te.Conflicts = []doc.Conflict{}
	}
	if len(e.Date) >= 4 {
		te.Year = e.Date[:4]
		if e.Precision == doc.Decade {
			te.Year = e.Date[:3] + "0s"
		}
	}
	if t, err := time.Parse("2006-01", e.Date[:min(len(e.Date), 7)]); err == nil && len(e.Date) >= 7 {
		te.Month = t.Format("January 2006")
	}
	for _, id := range e.People {
		if p, ok := ix.person[id]; ok {
			te.People = append(te.People, personRef{ID: id, Name: g.Dossier.People[p].Name})
		}
	}
	for _, r := range e.Reports {
		se := g.Dossier.Sources[ix.source[r.Source]]
		te.Reports = append(te.Reports, timelineReport{Source: r.Source, SourceTitle: se.Title, Cite: cite(se),
			Line: r.Line, Text: r.Text, Date: r.Date, Summary: r.Summary, Planned: r.Planned})
	}
	te.Disagree = []dateClaim{}
	if len(e.Conflicts) > 0 {
		te.Disagree = claims(e, func(id string) doc.SourceEntry { return g.Dossier.Sources[ix.source[id]] })
	}
	return te
}

// claims groups an event's reports by the date each gives, the event's
// own date first, then by number of sources.
func claims(e doc.EventEntry, source func(string) doc.SourceEntry) []dateClaim {
	var out []dateClaim
	at := map[string]int{}
	for _, r := range e.Reports {
		k, ok := at[r.Date]
		if !ok {
			k = len(out)
			at[r.Date] = k
			p := e.Precision
			switch len(r.Date) {
			case 4:
				p = doc.Year
			case 7:
				p = doc.Month
			case 10:
				p = doc.Day
			}
			out = append(out, dateClaim{Date: r.Date, Label: DateLabel(r.Date, p)})
		}
		srcs := out[k].Sources
		if n := len(srcs); n > 0 && srcs[n-1].ID == r.Source {
			srcs[n-1].Lines = append(srcs[n-1].Lines, r.Line)
			continue
		}
		se := source(r.Source)
		out[k].Sources = append(srcs, sourceRef{ID: r.Source, Name: cite(se), Title: se.Title, Lines: []int{r.Line}})
	}
	sort.SliceStable(out, func(a, b int) bool {
		if (out[a].Date == e.Date) != (out[b].Date == e.Date) {
			return out[a].Date == e.Date
		}
		return len(out[a].Sources) > len(out[b].Sources)
	})
	return out
}

// ---- quotes ----

type quoteGroup struct {
	ID          string        `json:"id"`
	Kind        doc.QuoteKind `json:"kind"`
	Speaker     string        `json:"speaker"`
	SpeakerName string        `json:"speaker_name"`
	Sources     int           `json:"sources"`
	Members     []quoteMember `json:"members"`
}

type quoteMember struct {
	ID          string    `json:"id"`
	Words       []wordRun `json:"words"` // the source's own words, marked where no other wording has them
	Source      string    `json:"source"`
	SourceTitle string    `json:"source_title"`
	Cite        string    `json:"cite"`
	Line        int       `json:"line"`
	Text        string    `json:"text"` // as printed: parts joined, a left-out attribution as "…"
	SpeakerName string    `json:"speaker_name"`
}

// quotesFront is the front matter of the quotes section, listing its pages.
type quotesFront struct {
	pageFront
	Groups int        `json:"groups"`
	Pages  []listPart `json:"pages"`
}

func quoteFiles(g *link.Graph, ix *index, s sink) error {
	// A quote found in one source is shown on its source and speaker
	// pages; the groups found in several are listed by the speaker's
	// initial, most sources first (split.go).
	const title, desc = "Quotes", "Who said what, and how each source worded it."
	front := quotesFront{pageFront{Title: title, Layout: "quotes", Description: desc}, len(ix.quoteList), []listPart{}}
	if split(ix.quoteParts) {
		front.Layout, front.Pages = "quotes-index", ix.quoteParts
	}
	if err := s.page("content/quotes/_index.md", front, ""); err != nil {
		return err
	}
	for k, part := range ix.quoteParts {
		dir := "content/quotes/" + part.dir()
		if part.Slug != "" { // not all on the section's page
			desc := "Quotations by speakers whose name begins with " + part.Label + ", as several sources report them."
			switch part.Key {
			case "unattributed":
				desc = "Quotations whose speaker no source states, as several sources report them."
			case "other":
				desc = "Quotations by speakers whose name begins with a character other than A to Z, as several sources report them."
			}
			if err := s.page(dir+"index.md", newPartFront(ix.quoteParts, k, title, "quotes", desc), ""); err != nil {
				return err
			}
		}
		err := s.stream(dir+"quotes.json", func(w io.Writer) error {
			jw := newJSONWriter(w)
			var grp quoteGroup
			err := jw.list(len(part.items), 0, func(k int) any {
				l := ix.quoteList[part.items[k]]
				grp = newQuoteGroup(g, ix, l.id, l.sources)
				return &grp
			})
			if err != nil {
				return fmt.Errorf("quotes: %w", err)
			}
			return jw.end()
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// newQuoteGroup returns what the quotes page shows of the group id, whose
// quotes are in the given number of sources.
func newQuoteGroup(g *link.Graph, ix *index, id string, sources int) quoteGroup {
	grp := quoteGroup{ID: id, Sources: sources}
	var ws []wording
	for _, r := range ix.group[id] {
		q, src := quoteAt(g, r)
		w := newWording(src, q)
		ws = append(ws, w)
		m := quoteMember{ID: q.ID, Source: src.ID, SourceTitle: src.Title,
			Cite: cite(g.Dossier.Sources[r.doc]), Line: src.Line(q.Start), Text: w.text()}
		if q.Speaker >= 0 {
			pid := g.Docs[r.doc].People[q.Speaker].ID
			m.SpeakerName = g.Dossier.People[ix.person[pid]].Name
			if grp.Speaker == "" {
				grp.Speaker, grp.SpeakerName = pid, m.SpeakerName
			}
		}
		if grp.Kind == "" || q.Kind == doc.Speech {
			grp.Kind = q.Kind
		}
		grp.Members = append(grp.Members, m)
	}
	for k, runs := range compareWordings(ws) {
		grp.Members[k].Words = runs
	}
	return grp
}
