package emit

import (
	"bufio"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"strconv"
	"strings"

	"github.com/dossier/dossier/generator/internal/doc"
	"github.com/dossier/dossier/generator/internal/link"
)

// The timeline in TimelineJS3's JSON format
// (https://timeline.knightlab.com/docs/json-format.html): one slide per
// event, with its dates at their precision (a month-precise event gives
// year and month only; a decade spans its ten years), the date as the
// sources give it as display_date, the event id as unique_id, and as text
// the reports with links to the lines of the sources that give them.

// TimelineJS is the top level of a TimelineJS3 file.
type TimelineJS struct {
	Title  *TLSlide  `json:"title,omitempty"`
	Events []TLSlide `json:"events"`
}

// TLSlide is one TimelineJS3 slide.
type TLSlide struct {
	StartDate   *TLDate `json:"start_date,omitempty"`
	EndDate     *TLDate `json:"end_date,omitempty"`
	DisplayDate string  `json:"display_date,omitempty"`
	Text        TLText  `json:"text"`
	Group       string  `json:"group,omitempty"`
	UniqueID    string  `json:"unique_id,omitempty"`
}

// TLDate is a TimelineJS3 date: only the parts the source gives are set.
type TLDate struct {
	Year        string `json:"year"`
	Month       string `json:"month,omitempty"`
	Day         string `json:"day,omitempty"`
	DisplayDate string `json:"display_date,omitempty"`
}

// TLText is a slide's headline and HTML text.
type TLText struct {
	Headline string `json:"headline"`
	Text     string `json:"text"`
}

// tlDates returns the start and end of an event at its precision.
func tlDates(date string, p doc.Precision) (start, end *TLDate) {
	parts := strings.Split(date, "-")
	if len(parts[0]) != 4 {
		return nil, nil
	}
	trim := func(s string) string { return strings.TrimLeft(s, "0") }
	start = &TLDate{Year: parts[0]}
	switch {
	case p == doc.Decade:
		y, _ := strconv.Atoi(parts[0][:3] + "0")
		start.Year = strconv.Itoa(y)
		end = &TLDate{Year: strconv.Itoa(y + 9)}
	case p == doc.Month && len(parts) >= 2:
		start.Month = trim(parts[1])
	case p == doc.Day && len(parts) == 3:
		start.Month, start.Day = trim(parts[1]), trim(parts[2])
	}
	return start, end
}

func writeTimelineJS(w io.Writer, g *link.Graph, ix *index) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	title := TLSlide{Text: TLText{Headline: "Dossier timeline",
		Text: "<p>Every dated happening the sources report, with the sources behind it.</p>"}}
	head, err := json.Marshal(title)
	if err != nil {
		return err
	}
	bw.WriteString(`{"title":`)
	bw.Write(head)
	bw.WriteString(`,"events":[`)
	n := 0
	for _, e := range g.Dossier.Events {
		start, end := tlDates(e.Date, e.Precision)
		if start == nil {
			continue
		}
		label := DateLabel(e.Date, e.Precision)
		var b strings.Builder
		if e.Planned {
			b.WriteString("<p><em>Planned at the time of the reports.</em></p>")
		}
		b.WriteString("<ul>")
		for _, r := range e.Reports {
			se := g.Dossier.Sources[ix.source[r.Source]]
			name := se.Outlet
			if name == "" {
				name = se.Title
			}
			fmt.Fprintf(&b, `<li><a href="%s">%s</a>, line %d: “%s”</li>`,
				html.EscapeString(sourceURL(r.Source)+"#L"+strconv.Itoa(r.Line)), html.EscapeString(name), r.Line, html.EscapeString(r.Text))
		}
		b.WriteString("</ul>")
		for _, c := range e.Conflicts {
			fmt.Fprintf(&b, "<p>Sources disagree: %s</p>", html.EscapeString(c.Note))
		}
		slide := TLSlide{StartDate: start, EndDate: end, DisplayDate: label, UniqueID: e.ID,
			Group: start.Year, Text: TLText{Headline: html.EscapeString(e.Summary), Text: b.String()}}
		data, err := json.Marshal(slide)
		if err != nil {
			return fmt.Errorf("timeline.json: %w", err)
		}
		if n > 0 {
			bw.WriteByte(',')
		}
		n++
		bw.WriteByte('\n')
		bw.Write(data)
	}
	bw.WriteString("]}\n")
	return bw.Flush()
}
