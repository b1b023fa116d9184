package emit

import (
	"fmt"
	"html"
	"strings"
	"time"

	"github.com/dossier/dossier/generator/internal/doc"
)

// The timeline's time axis: a static SVG the generator draws above the
// list of events. Each year with events is a row and the months run left
// to right; an event dated to the day is a dot, one dated to a month a bar
// across the month, one dated to a year or a decade a bar across the row.
// Every mark links to the event's entry on its page of the timeline
// (split.go), which is the same information in words.

// MaxAxisEvents is the most events the axis draws; a bigger timeline is
// shown as its list only.
const MaxAxisEvents = 600

// timelineAxis draws the events (in order, the timeline's order) on the
// axis, or returns "" when there are none or too many; pages[k] is the
// path of events[k]'s page relative to the timeline's first page.
func timelineAxis(events []timelineEvent, pages []string) string {
	if len(events) == 0 || len(events) > MaxAxisEvents {
		return ""
	}
	const (
		w      = 720.0
		left   = 56.0 // the year labels
		right  = 8.0
		top    = 22.0 // the month labels
		laneH  = 11.0
		rowPad = 9.0
	)
	mw := (w - left - right) / 12
	type mark struct {
		e      *timelineEvent
		page   string
		x0, x1 float64 // extent; a dot has x0 == x1
		lane   int
	}
	type row struct {
		year  string
		marks []mark
		lanes int
	}
	var rows []row
	for k := range events {
		e := &events[k]
		if e.Year == "" {
			continue
		}
		if n := len(rows); n == 0 || rows[n-1].year != e.Year {
			rows = append(rows, row{year: e.Year})
		}
		m := mark{e: e, page: pages[k], x0: left, x1: w - right}
		switch e.Precision {
		case doc.Day:
			if t, err := time.Parse(time.DateOnly, e.Date); err == nil {
				days := time.Date(t.Year(), t.Month()+1, 0, 0, 0, 0, 0, time.UTC).Day()
				m.x0 = left + (float64(t.Month()-1)+(float64(t.Day())-0.5)/float64(days))*mw
				m.x1 = m.x0
			}
		case doc.Month:
			if t, err := time.Parse("2006-01", e.Date); err == nil {
				m.x0 = left + float64(t.Month()-1)*mw + 1
				m.x1 = m.x0 + mw - 2
			}
		}
		r := &rows[len(rows)-1]
		// The first lane where the mark clears every mark already in it.
		ends := map[int]float64{}
		for _, o := range r.marks {
			ends[o.lane] = max(ends[o.lane], o.x1)
		}
		for {
			end, used := ends[m.lane]
			if !used || m.x0 > end+8 {
				break
			}
			m.lane++
		}
		r.lanes = max(r.lanes, m.lane+1)
		r.marks = append(r.marks, m)
	}
	h := top
	for _, r := range rows {
		h += float64(r.lanes)*laneH + rowPad
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="axis" viewBox="0 0 %g %g" role="group" aria-label="Time axis: each year a row, January to December left to right; each mark links to its event">`, w, h)
	b.WriteString(`<g class="months" aria-hidden="true">`)
	for m := range 12 {
		fmt.Fprintf(&b, `<text x="%.1f" y="14" text-anchor="middle">%s</text>`, left+(float64(m)+0.5)*mw, time.Month(m + 1).String()[:3])
	}
	b.WriteString(`</g>`)
	y := top
	for _, r := range rows {
		rh := float64(r.lanes)*laneH + rowPad
		fmt.Fprintf(&b, `<g class="row"><rect class="band" x="%g" y="%.1f" width="%g" height="%.1f" aria-hidden="true"/>`, left, y, w-left-right, rh-2)
		fmt.Fprintf(&b, `<text class="year" x="%g" y="%.1f" text-anchor="end" aria-hidden="true">%s</text>`, left-8, y+rh/2+3, html.EscapeString(r.year))
		for _, m := range r.marks {
			cls := "mark"
			if m.e.Planned {
				cls += " planned"
			}
			if len(m.e.Conflicts) > 0 {
				cls += " conflict"
			}
			cy := y + 4 + float64(m.lane)*laneH + laneH/2
			fmt.Fprintf(&b, `<a class="%s" href="%s#%s"><title>%s: %s</title>`, cls, html.EscapeString(m.page), html.EscapeString(m.e.ID), html.EscapeString(m.e.Label), html.EscapeString(m.e.Summary))
			if m.x0 == m.x1 {
				fmt.Fprintf(&b, `<circle cx="%.1f" cy="%.1f" r="4.5"/>`, m.x0, cy)
			} else {
				fmt.Fprintf(&b, `<rect x="%.1f" y="%.1f" width="%.1f" height="7" rx="3.5"/>`, m.x0, cy-3.5, m.x1-m.x0)
			}
			b.WriteString(`</a>`)
		}
		b.WriteString(`</g>`)
		y += rh
	}
	b.WriteString(`</svg>`)
	return b.String()
}
