package emit

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"github.com/dossier/dossier/generator/internal/doc"
	"github.com/dossier/dossier/generator/internal/link"
)

// The review: what a curator should check, each item with the one-line
// fix they can make in data/people.yaml or in the source's front matter.
// The site shows it at /review/ (content/review/index.md, at most
// MaxReviewItems a section) and `go run ./generator -review` prints all of
// it (WriteReview).

// MaxReviewItems is how many items of each section the review page shows;
// the rest are counted (the -review command prints them all).
const MaxReviewItems = 500

// ReviewItem is one thing to check.
type ReviewItem struct {
	File   string `json:"file"` // the source file, from the site root
	Line   int    `json:"line"` // its line, or 0 for the whole file
	Link   string `json:"link"` // the site path that shows it
	What   string `json:"what"` // what to check, in one line
	Fix    string `json:"fix"`  // the one-line fix
	Where  string `json:"where"`
	Source string `json:"source"` // the source's id
}

// ReviewSection is one kind of thing to check.
type ReviewSection struct {
	ID    string       `json:"id"`
	Title string       `json:"title"`
	Help  string       `json:"help"`
	Items []ReviewItem `json:"items"`
	More  int          `json:"more"` // items not shown on the page
}

// dateWarning is a dates annotator's note about one line.
var dateWarning = regexp.MustCompile(`^(.+?): dates: line ([0-9]+): (.+)$`)

var ambiguous = regexp.MustCompile(`^(?:(.+?): )?people: "(.+)" in source (\S+) could be (.+); add it to data/people\.yaml$`)

// Review lists what a curator should check in g, by section, each in
// source and line order. Every section is present, empty or not. eventURL
// gives the address of an event on the timeline (its page depends on how
// the timeline is split); nil means the timeline's first page.
func Review(g *link.Graph, eventURL func(id string) string) []ReviewSection {
	if eventURL == nil {
		eventURL = func(id string) string { return "/timeline/#" + id }
	}
	d := &g.Dossier
	file := map[string]string{}
	title := map[string]string{}
	docOf := map[string]*doc.Annotated{}
	for _, a := range g.Docs {
		file[a.Source.ID], title[a.Source.ID], docOf[a.Source.ID] = a.Source.File, a.Source.Title, a
	}
	personName := map[string]string{}
	for _, p := range d.People {
		personName[p.ID] = p.Name
	}
	lineURL := func(src string, line int) string { return sourceURL(src) + "#L" + strconv.Itoa(line) }

	attributions := ReviewSection{ID: "attributions", Title: "Low-confidence attributions",
		Help: "Quotations whose speaker the rules are least sure of. Read the line: if the speaker is someone else with the same name, keep them apart in data/people.yaml."}
	for _, q := range d.Quotes {
		if q.Kind != doc.Speech || q.Speaker == nil || q.Why.Normal().Confidence != doc.Low {
			continue
		}
		who := personName[*q.Speaker]
		attributions.Items = append(attributions.Items, ReviewItem{File: file[q.Source], Line: q.Line, Source: q.Source,
			Link: lineURL(q.Source, q.Line),
			What: fmt.Sprintf("“%s” attributed to %s (%s)", cutText(q.Text, 60), who, rules(q.Why)),
			Fix:  fmt.Sprintf("data/people.yaml: under id %s, split: [\"NAME OF THE REAL SPEAKER\"] if it is another person of that name", *q.Speaker)})
	}

	surnames := ReviewSection{ID: "ambiguous", Title: "Ambiguous names",
		Help: "A name the generator could not give to one person, so it kept it apart. Say who it is in data/people.yaml."}
	for _, w := range g.Warnings {
		m := ambiguous.FindStringSubmatch(w)
		if m == nil {
			continue
		}
		form, src, cands := m[2], m[3], strings.Split(m[4], " or ")
		surnames.Items = append(surnames.Items, ReviewItem{File: file[src], Source: src, Link: sourceURL(src),
			What: fmt.Sprintf("“%s” could be %s", form, strings.Join(cands, " or ")),
			Fix:  fmt.Sprintf("data/people.yaml, under people: - {id: %s, name: %s, aliases: [%s]}", cands[0], yamlName(personName[cands[0]], cands[0]), strconv.Quote(form))})
	}

	relative := ReviewSection{ID: "relative", Title: "Unresolved relative dates",
		Help: "Dates such as “on Tuesday” or “last month” in a source whose publication date is unknown or only inferred: they were read against a guess, or not at all."}
	unknown := ReviewSection{ID: "published", Title: "Unknown publication dates",
		Help: "Sources without a publication date in their front matter. Relative dates are read against it, so give it."}
	nonPersons := ReviewSection{ID: "non-persons", Title: "Possible non-persons",
		Help: "Names the rules are least sure are people (a place, an outlet, a company, a title). If one is not a person, exclude it."}
	for _, a := range g.Docs {
		s := a.Source
		published, basis := a.PublishedDate(), s.PublishedBasis
		if a.Published != "" {
			basis = a.PublishedBasis // inferred by the dates pass
		}
		if published == "" || basis != "front matter" {
			what := "no publication date"
			if published != "" {
				what = "publication date " + published + " inferred (" + basis + ")"
			}
			unknown.Items = append(unknown.Items, ReviewItem{File: s.File, Source: s.ID, Link: sourceURL(s.ID),
				What: what, Fix: s.File + ", front matter: published: YYYY-MM-DD"})
			covered := map[int]bool{}
			for _, dt := range a.Dates {
				if !dt.Relative {
					continue
				}
				line := s.Line(dt.Start)
				covered[dt.Start] = true
				relative.Items = append(relative.Items, ReviewItem{File: s.File, Line: line, Source: s.ID, Link: lineURL(s.ID, line),
					What: fmt.Sprintf("“%s” read as %s against a guessed publication date", s.Slice(dt.Span), dt.Value),
					Fix:  s.File + ", front matter: published: YYYY-MM-DD"})
			}
			for _, u := range a.Unresolved {
				if covered[u.Start] {
					continue
				}
				line := s.Line(u.Start)
				relative.Items = append(relative.Items, ReviewItem{File: s.File, Line: line, Source: s.ID, Link: lineURL(s.ID, line),
					What: fmt.Sprintf("“%s” cannot be dated: the source has no publication date", s.Slice(u)),
					Fix:  s.File + ", front matter: published: YYYY-MM-DD"})
			}
		}
		for j, p := range a.People {
			if p.Key != "" || p.Why.Normal().Confidence != doc.Low {
				continue
			}
			line := 0
			for _, m := range a.Mentions {
				if m.Person == j {
					line = s.Line(m.Start)
					break
				}
			}
			nonPersons.Items = append(nonPersons.Items, ReviewItem{File: s.File, Line: line, Source: s.ID, Link: lineURL(s.ID, line),
				What: fmt.Sprintf("“%s” (%s)", p.Name, rules(p.Why)),
				Fix:  "data/people.yaml, under exclude: - " + strconv.Quote(p.Name)})
		}
	}

	conflicts := ReviewSection{ID: "conflicts", Title: "Conflicting dates",
		Help: "Events the sources date differently. Check the lines; a wrong publication date makes every relative date of its source wrong."}
	for _, e := range d.Events {
		for _, c := range e.Conflicts {
			if len(e.Reports) == 0 {
				continue
			}
			r := e.Reports[0]
			for _, o := range e.Reports {
				if o.Date != e.Date {
					r = o
					break
				}
			}
			conflicts.Items = append(conflicts.Items, ReviewItem{File: file[r.Source], Line: r.Line, Source: r.Source,
				Link: eventURL(e.ID),
				What: fmt.Sprintf("%s: %s", cutText(e.Summary, 60), c.Note),
				Fix:  fmt.Sprintf("%s, front matter: published: YYYY-MM-DD if %s is wrong (“%s” was read against it)", file[r.Source], orUnknown(docOf[r.Source]), r.Text)})
		}
	}
	for _, w := range g.Warnings {
		m := dateWarning.FindStringSubmatch(w)
		if m == nil {
			continue
		}
		line, _ := strconv.Atoi(m[2])
		src := ""
		for _, a := range g.Docs {
			if a.Source.File == m[1] {
				src = a.Source.ID
			}
		}
		conflicts.Items = append(conflicts.Items, ReviewItem{File: m[1], Line: line, Source: src, Link: lineURL(src, line),
			What: m[3], Fix: "read the line; if the source's date is wrong, " + m[1] + ", front matter: published: YYYY-MM-DD"})
	}
	out := []ReviewSection{attributions, surnames, relative, conflicts, nonPersons, unknown}
	for k := range out {
		if out[k].Items == nil {
			out[k].Items = []ReviewItem{}
		}
		for j := range out[k].Items {
			it := &out[k].Items[j]
			it.Where = it.File
			if it.Line > 0 {
				it.Where += ":" + strconv.Itoa(it.Line)
			}
		}
	}
	return out
}

func orUnknown(a *doc.Annotated) string {
	if a == nil || a.PublishedDate() == "" {
		return "its publication date (unknown)"
	}
	return "its publication date " + a.PublishedDate()
}

// yamlName is a person's name for a YAML line, or one made from the id.
func yamlName(name, id string) string {
	if name == "" {
		parts := strings.Split(id, "-")
		for k, p := range parts {
			if p != "" {
				parts[k] = strings.ToUpper(p[:1]) + p[1:]
			}
		}
		name = strings.Join(parts, " ")
	}
	return strconv.Quote(name)
}

// WriteReview prints the review for a terminal: each section with its
// count, then each item as file:line, what to check, and its fix.
func WriteReview(w io.Writer, g *link.Graph) error {
	bw := bufio.NewWriter(w)
	sections := Review(g, nil)
	total := 0
	for _, s := range sections {
		total += len(s.Items)
	}
	fmt.Fprintf(bw, "dossier review: %d things to check in %d sources\n", total, len(g.Docs))
	for _, s := range sections {
		fmt.Fprintf(bw, "\n== %s (%d)\n", s.Title, len(s.Items))
		if len(s.Items) > 0 {
			fmt.Fprintf(bw, "   %s\n", s.Help)
		}
		for _, it := range s.Items {
			fmt.Fprintf(bw, "%s: %s\n    fix: %s\n", it.Where, it.What, it.Fix)
		}
	}
	return bw.Flush()
}

type reviewFront struct {
	Title       string          `json:"title"`
	Layout      string          `json:"layout"`
	Description string          `json:"description"`
	Sections    []ReviewSection `json:"sections"`
}

// reviewJob renders the review page.
func reviewJob(g *link.Graph, ix *index) job {
	return func(s sink) error {
		sections := Review(g, ix.eventURL)
		for k := range sections {
			if n := len(sections[k].Items); n > MaxReviewItems {
				sections[k].More = n - MaxReviewItems
				sections[k].Items = sections[k].Items[:MaxReviewItems]
			}
		}
		return s.page("content/review/index.md", reviewFront{Title: "Review", Layout: "review",
			Description: "What a curator should check, with the one-line fix for each.", Sections: sections}, "")
	}
}
