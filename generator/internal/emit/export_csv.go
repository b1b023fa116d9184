package emit

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/dossier/dossier/generator/internal/link"
)

// The CSV tables of the dossier (RFC 4180: UTF-8, CRLF line ends, fields
// quoted when they hold a comma, quote or line break, one header row).
// Lists inside a cell (aliases, rules, ids) are joined with "; ". A text
// cell that begins with =, +, -, @, a tab or a carriage return is given a
// leading apostrophe, so that a spreadsheet shows it as text instead of
// running it as a formula (a source's text is untrusted input).

// PeopleHeader and the other headers name the columns of each table.
var (
	PeopleHeader   = []string{"id", "name", "aliases", "summary", "links", "sources", "mentions", "confidence", "why"}
	MentionsHeader = []string{"person", "person_name", "source", "line", "form", "kind", "confidence", "why"}
	QuotesHeader   = []string{"id", "source", "line", "text", "speaker", "speaker_name", "kind", "attribution", "group", "confidence", "why"}
	EventsHeader   = []string{"id", "date", "precision", "summary", "people", "people_names", "planned", "sources", "reports", "conflicts", "confidence", "why"}
)

// CSVCell returns s as the CSV tables write it (see above).
func CSVCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

func joinCells(s []string) string { return CSVCell(strings.Join(s, "; ")) }

func csvFiles(g *link.Graph, ix *index, s sink) error {
	d := &g.Dossier
	name := func(id string) string {
		if p, ok := ix.person[id]; ok {
			return d.People[p].Name
		}
		return ""
	}
	tables := []struct {
		file   string
		header []string
		rows   func(emit func([]string) error) error
	}{
		{"people.csv", PeopleHeader, func(emit func([]string) error) error {
			for p, e := range d.People {
				err := emit([]string{e.ID, CSVCell(e.Name), joinCells(e.Aliases), CSVCell(e.Summary), joinCells(e.Links),
					strconv.Itoa(ix.sourcesOf[p]), strconv.Itoa(len(e.Mentions)), string(e.Why.Normal().Confidence), joinCells(e.Why.Rules)})
				if err != nil {
					return err
				}
			}
			return nil
		}},
		{"mentions.csv", MentionsHeader, func(emit func([]string) error) error {
			for _, e := range d.People {
				for _, m := range e.Mentions {
					w := m.Why.Normal()
					if err := emit([]string{e.ID, CSVCell(e.Name), m.Source, strconv.Itoa(m.Line), CSVCell(m.Form), string(m.Kind), string(w.Confidence), joinCells(w.Rules)}); err != nil {
						return err
					}
				}
			}
			return nil
		}},
		{"quotes.csv", QuotesHeader, func(emit func([]string) error) error {
			for _, q := range d.Quotes {
				speaker := ""
				if q.Speaker != nil {
					speaker = *q.Speaker
				}
				w := q.Why.Normal()
				if err := emit([]string{q.ID, q.Source, strconv.Itoa(q.Line), CSVCell(q.Text), speaker, CSVCell(name(speaker)),
					string(q.Kind), CSVCell(q.Attribution), q.Group, string(w.Confidence), joinCells(w.Rules)}); err != nil {
					return err
				}
			}
			return nil
		}},
		{"events.csv", EventsHeader, func(emit func([]string) error) error {
			for _, e := range d.Events {
				names := make([]string, len(e.People))
				for k, id := range e.People {
					names[k] = name(id)
				}
				var sources, conflicts []string
				for _, r := range e.Reports {
					if len(sources) == 0 || sources[len(sources)-1] != r.Source {
						sources = append(sources, r.Source)
					}
				}
				for _, c := range e.Conflicts {
					conflicts = append(conflicts, c.Note)
				}
				w := e.Why.Normal()
				if err := emit([]string{e.ID, e.Date, string(e.Precision), CSVCell(e.Summary), joinCells(e.People), joinCells(names),
					strconv.FormatBool(e.Planned), joinCells(uniqueSorted(sources)), strconv.Itoa(len(e.Reports)), joinCells(conflicts),
					string(w.Confidence), joinCells(w.Rules)}); err != nil {
					return err
				}
			}
			return nil
		}},
	}
	for _, t := range tables {
		err := s.stream(DataDir+t.file, func(w io.Writer) error {
			bw := bufio.NewWriterSize(w, 64<<10)
			cw := csv.NewWriter(bw)
			cw.UseCRLF = true
			if err := cw.Write(t.header); err != nil {
				return err
			}
			if err := t.rows(cw.Write); err != nil {
				return fmt.Errorf("%s: %w", t.file, err)
			}
			cw.Flush()
			if err := cw.Error(); err != nil {
				return err
			}
			return bw.Flush()
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// uniqueSorted sorts s and drops repeats, in place.
func uniqueSorted(s []string) []string {
	if len(s) < 2 {
		return s
	}
	sort.Strings(s)
	out := s[:1]
	for _, x := range s[1:] {
		if x != out[len(out)-1] {
			out = append(out, x)
		}
	}
	return out
}
