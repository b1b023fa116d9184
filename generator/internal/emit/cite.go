package emit

import (
	"strings"
	"time"

	"github.com/dossier/dossier/generator/internal/doc"
)

// maxCiteTitle is how much of a title a citation shows when the source
// names no outlet.
const maxCiteTitle = 48

// cite returns how pages cite a source in running text: its outlet and
// publication date ("The Harbor Gazette, Mar 4, 2021"). Titles are long and a page
// can cite one source dozens of times, so the title is shown on the
// source's own page; only a source without an outlet is cited by its
// title, shortened at a word.
func cite(s doc.SourceEntry) string {
	name := s.Outlet
	if name == "" {
		name = shortTitle(s.Title)
	}
	if t, err := time.Parse(time.DateOnly, s.Published); err == nil {
		return name + ", " + t.Format("Jan 2, 2006")
	}
	return name
}

// shortTitle cuts a title to at most maxCiteTitle bytes at a space, with "…".
func shortTitle(title string) string {
	if len(title) <= maxCiteTitle {
		return title
	}
	cut := strings.LastIndexByte(title[:maxCiteTitle], ' ')
	if cut <= 0 {
		cut = maxCiteTitle
		for cut > 0 && title[cut]&0xC0 == 0x80 { // not inside a UTF-8 sequence
			cut--
		}
	}
	return strings.TrimRight(title[:cut], " ,;:–—-") + "…"
}
