package emit

import (
	"sort"
	"strconv"
	"strings"

	"github.com/dossier/dossier/generator/internal/doc"
	"github.com/dossier/dossier/generator/internal/link"
)

// The timeline and the quotes are split into pages of bounded size, so
// that no page, and no page resource Hugo loads, holds a whole-dossier
// list: Hugo's memory then grows with the number of pages, not with the
// square of the dossier. The timeline is split by year (a decade-dated
// event under its decade), the quotes by the first letter of the
// speaker's name; a year or letter with more entries than a page holds
// continues on further pages (2016, 2016-2, …). A list short enough for
// one page stays on the section's page, as it always was. The full lists are the
// open-data files (content/data/), which no template loads.

// The most events one timeline page lists, and the most quote groups one
// quotes page lists. They are variables so that tests can split a small
// dossier; a run never changes them.
var (
	MaxEventsPerPage = 300
	MaxGroupsPerPage = 200
)

// listPart is one page of a split list: the items it shows, in order.
type listPart struct {
	Slug  string `json:"slug"`  // the page's folder: "2016", "2016-2", "a", "unattributed"
	Key   string `json:"key"`   // what it is a part of: the year, the letter
	Label string `json:"label"` // the key as shown: "2016", "A", "Speaker not stated"
	Part  int    `json:"part"`  // 1, 2, … within the key
	Count int    `json:"count"`
	items []int  // events (indexes in Dossier.Events) or groups (indexes in quoteList)
}

// url is the part's site path; dir its folder in content/.
func (p listPart) url(section string) string { return "/" + section + "/" + p.dir() }
func (p listPart) dir() string {
	if p.Slug == "" {
		return ""
	}
	return p.Slug + "/"
}

// split reports whether a list is on pages of its own, not the section's.
func split(parts []listPart) bool { return len(parts) > 1 || len(parts) == 1 && parts[0].Slug != "" }

// splitList cuts items, already in page order, into parts of at most max
// items, a new part at every change of key. A list that fits on one page
// is not split: it is one part, with the slug "", shown on the section's
// own page.
func splitList(n, max int, key func(int) string, label func(string) string) []listPart {
	if n <= max {
		whole := listPart{Count: n, items: make([]int, n)}
		for k := range whole.items {
			whole.items[k] = k
		}
		return []listPart{whole}
	}
	var parts []listPart
	for k := 0; k < n; k++ {
		key := key(k)
		last := len(parts) - 1
		if last < 0 || parts[last].Key != key || len(parts[last].items) == max {
			part := 1
			if last >= 0 && parts[last].Key == key {
				part = parts[last].Part + 1
			}
			slug := key
			if part > 1 {
				slug += "-" + strconv.Itoa(part)
			}
			parts = append(parts, listPart{Slug: slug, Key: key, Label: label(key), Part: part})
			last++
		}
		parts[last].items = append(parts[last].items, k)
		parts[last].Count++
	}
	return parts
}

// listedGroup is a quote group the quotes pages list: one found in two
// sources or more.
type listedGroup struct {
	id      string
	sources int
}

// planPages splits the timeline and the quotes into pages and records on
// which page each event and each listed group is.
func (ix *index) planPages(g *link.Graph) {
	order := timelineOrder(g.Dossier.Events)
	ix.timelineParts = splitList(len(order), MaxEventsPerPage, func(k int) string {
		return timelineKey(g.Dossier.Events[order[k]].Date, g.Dossier.Events[order[k]].Precision == doc.Decade)
	}, func(key string) string {
		if key == "undated" {
			return "Undated"
		}
		return key
	})
	ix.eventPage = make(map[string]string, len(order))
	for p := range ix.timelineParts {
		part := &ix.timelineParts[p]
		for k, item := range part.items {
			part.items[k] = order[item]
			ix.eventPage[g.Dossier.Events[order[item]].ID] = part.url("timeline")
		}
	}

	for id := range ix.group {
		if n := ix.sourcesInGroup(id); n >= 2 {
			ix.quoteList = append(ix.quoteList, listedGroup{id, n})
		}
	}
	speaker := make(map[string]string, len(ix.quoteList)) // group → its speaker's name
	for _, l := range ix.quoteList {
		for _, r := range ix.group[l.id] {
			q, _ := quoteAt(g, r)
			if q.Speaker >= 0 {
				if p, ok := ix.person[g.Docs[r.doc].People[q.Speaker].ID]; ok {
					speaker[l.id] = g.Dossier.People[p].Name
					break
				}
			}
		}
	}
	letter := func(l listedGroup) string { return quotesKey(speaker[l.id]) }
	sort.Slice(ix.quoteList, func(a, b int) bool {
		la, lb := letter(ix.quoteList[a]), letter(ix.quoteList[b])
		if la != lb {
			return keyBefore(la, lb)
		}
		if ix.quoteList[a].sources != ix.quoteList[b].sources {
			return ix.quoteList[a].sources > ix.quoteList[b].sources
		}
		return ix.quoteList[a].id < ix.quoteList[b].id
	})
	ix.quoteParts = splitList(len(ix.quoteList), MaxGroupsPerPage, func(k int) string { return letter(ix.quoteList[k]) }, func(key string) string {
		switch key {
		case "unattributed":
			return "Speaker not stated"
		case "other":
			return "Other"
		}
		return strings.ToUpper(key)
	})
	ix.groupPage = make(map[string]string, len(ix.quoteList))
	for _, part := range ix.quoteParts {
		for _, k := range part.items {
			ix.groupPage[ix.quoteList[k].id] = part.url("quotes")
		}
	}
}

// timelineKey is the timeline page of a date: its year, or its decade
// ("1990s") for a date given only to the decade.
func timelineKey(date string, decade bool) string {
	if len(date) < 4 || strings.Trim(date[:4], "0123456789") != "" {
		return "undated"
	}
	if decade {
		return date[:3] + "0s"
	}
	return date[:4]
}

// quotesKey is the quotes page of a speaker's name: its first letter
// (a–z), "other" for a name that starts otherwise, "unattributed" when
// no speaker is known.
func quotesKey(name string) string {
	if name == "" {
		return "unattributed"
	}
	c := name[0] | 0x20
	if c >= 'a' && c <= 'z' {
		return string(c)
	}
	return "other"
}

// keyBefore orders the quotes pages: the letters, then other names, then
// the quotes with no speaker.
func keyBefore(a, b string) bool {
	rank := func(k string) int {
		switch k {
		case "other":
			return 1
		case "unattributed":
			return 2
		}
		return 0
	}
	if rank(a) != rank(b) {
		return rank(a) < rank(b)
	}
	return a < b
}

// eventURL is the site path of an event's entry on the timeline.
func (ix *index) eventURL(id string) string { return ix.eventPage[id] + "#" + id }

// groupURL is the site path of a quote group's entry on the quotes pages
// ("" for a group the quotes pages do not list).
func (ix *index) groupURL(id string) string {
	if p, ok := ix.groupPage[id]; ok {
		return p + "#" + id
	}
	return ""
}
