package eval

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
)

// Kind is how a metric's value is written.
type Kind int

// The kinds of metric values.
const (
	Float Kind = iota // written with three decimals
	Int               // a count
	Ratio             // "n/m" (sources_matched)
)

// Metric is one named figure.
type Metric struct {
	Name  string
	Value float64 // for a Ratio, the numerator over the denominator
	Kind  Kind
	Text  string // for a Ratio, "n/m"
}

// String is the metric as score.py prints it: "name: 0.123", "name: 7" or
// "name: 11/12".
func (m Metric) String() string {
	switch m.Kind {
	case Int:
		return fmt.Sprintf("%s: %d", m.Name, int(m.Value))
	case Ratio:
		return m.Name + ": " + m.Text
	}
	return fmt.Sprintf("%s: %.3f", m.Name, m.Value)
}

// Metrics is every figure score.py prints, sorted by name as it prints
// them; the cross figures only when the result has a cross gold.
func (r Result) Metrics() []Metric {
	t := r.Total
	pp, pr, pf := prf(t.PeopleTP, t.PeopleFP, t.PeopleFN)
	qp, qr, qf := prf(t.QuotesTP, t.QuotesFP, t.QuotesFN)
	ep, er, ef := prf(t.EventsTP, t.EventsFP, t.EventsFN)
	ms := []Metric{
		{Name: "events_f1", Value: ef},
		{Name: "events_p", Value: ep},
		{Name: "events_r", Value: er},
		{Name: "people_f1", Value: pf},
		{Name: "people_gold", Value: float64(t.PeopleGold), Kind: Int},
		{Name: "people_p", Value: pp},
		{Name: "people_r", Value: pr},
		{Name: "people_split", Value: float64(t.PeopleSplit), Kind: Int},
		{Name: "published_acc", Value: ratio(t.PublishedOK, t.PublishedN)},
		{Name: "quotes_f1", Value: qf},
		{Name: "quotes_p", Value: qp},
		{Name: "quotes_r", Value: qr},
		{Name: "sources_matched", Value: ratio(r.SourcesMatched, r.GoldArticles), Kind: Ratio,
			Text: fmt.Sprintf("%d/%d", r.SourcesMatched, r.GoldArticles)},
		{Name: "speaker_acc", Value: ratio(t.SpeakerOK, t.SpeakerN)},
		{Name: "speaker_n", Value: float64(t.SpeakerN), Kind: Int},
	}
	if r.HasCross {
		ms = append(ms,
			Metric{Name: "cross_event_pair_r", Value: ratio(r.EventPairsFound, r.EventPairs)},
			Metric{Name: "cross_people_acc", Value: ratio(r.CrossPeopleOK, r.CrossPeople)},
			Metric{Name: "cross_quote_pair_r", Value: ratio(r.QuotePairsFound, r.QuotePairs)},
		)
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].Name < ms[j].Name })
	return ms
}

// Extra is the figures of ours that score.py does not print: the pair
// precision of quote groups and of event merges, with their pair counts.
func (r Result) Extra() []Metric {
	if !r.HasCross {
		return nil
	}
	return []Metric{
		{Name: "cross_event_pair_p", Value: ratio(r.SysEventPairsOK, r.SysEventPairs)},
		{Name: "cross_event_pair_p_n", Value: float64(r.SysEventPairs), Kind: Int},
		{Name: "cross_quote_pair_p", Value: ratio(r.SysQuotePairsOK, r.SysQuotePairs)},
		{Name: "cross_quote_pair_p_n", Value: float64(r.SysQuotePairs), Kind: Int},
	}
}

// Lookup is the metric named name among Metrics and Extra.
func (r Result) Lookup(name string) (Metric, bool) {
	for _, m := range append(r.Metrics(), r.Extra()...) {
		if m.Name == name {
			return m, true
		}
	}
	return Metric{}, false
}

// WriteText writes the figures as score.py does, one "name: value" line a
// metric and its summary line, then our extra figures under a comment.
func (r Result) WriteText(w io.Writer) error {
	var b bytes.Buffer
	for _, m := range r.Metrics() {
		b.WriteString(m.String() + "\n")
	}
	get := func(n string) float64 { m, _ := r.Lookup(n); return m.Value }
	fmt.Fprintf(&b, "summary: people_f1=%.2f quotes_f1=%.2f speaker_acc=%.2f events_f1=%.2f published=%.2f\n",
		get("people_f1"), get("quotes_f1"), get("speaker_acc"), get("events_f1"), get("published_acc"))
	if extra := r.Extra(); len(extra) > 0 {
		b.WriteString("# not in score.py: pair precision of quote groups and event merges\n")
		for _, m := range extra {
			b.WriteString(m.String() + "\n")
		}
	}
	_, err := w.Write(b.Bytes())
	return err
}

// WriteTable writes one row an article and one for all: the published
// date (right/counted), and P, R, F1 with (tp fp fn) for people, quotes and
// events, the people split, and speaker accuracy with its count.
func (r Result) WriteTable(w io.Writer) error {
	var b bytes.Buffer
	prfCell := func(tp, fp, fn int) string {
		p, rc, f := prf(tp, fp, fn)
		return fmt.Sprintf("%.2f %.2f %.2f (%d %d %d)", p, rc, f, tp, fp, fn)
	}
	row := func(cells ...string) {
		line := fmt.Sprintf("%-9s %-5s  %-26s %-5s  %-26s %-11s  %s", cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells[6])
		b.WriteString(strings.TrimRight(line, " ") + "\n")
	}
	row("source", "pub", "people P R F1 (tp fp fn)", "split", "quotes P R F1 (tp fp fn)", "speaker (n)", "events P R F1 (tp fp fn)")
	rows := append(append([]Counts(nil), r.Articles...), r.Total)
	for i, a := range rows {
		name := a.File
		if i == len(rows)-1 {
			name = "all"
		}
		pub := "-"
		if a.PublishedN > 0 {
			pub = fmt.Sprintf("%d/%d", a.PublishedOK, a.PublishedN)
		}
		row(name, pub, prfCell(a.PeopleTP, a.PeopleFP, a.PeopleFN), strconv.Itoa(a.PeopleSplit),
			prfCell(a.QuotesTP, a.QuotesFP, a.QuotesFN),
			fmt.Sprintf("%.2f (%d)", ratio(a.SpeakerOK, a.SpeakerN), a.SpeakerN),
			prfCell(a.EventsTP, a.EventsFP, a.EventsFN))
	}
	_, err := w.Write(b.Bytes())
	return err
}

// JSONValue writes v as Python's json.dumps writes a float (the shortest
// repr, with ".0" on whole numbers), so -json output compares with
// score.py --json value for value.
func JSONValue(m Metric) string {
	switch m.Kind {
	case Int:
		return strconv.Itoa(int(m.Value))
	case Ratio:
		return strconv.Quote(m.Text)
	}
	v := m.Value
	if v != 0 && (math.Abs(v) < 1e-4 || math.Abs(v) >= 1e16) {
		s := strconv.FormatFloat(v, 'e', -1, 64)
		mant, exp, _ := strings.Cut(s, "e")
		sign := exp[0]
		exp = strings.TrimLeft(exp[1:], "0")
		if len(exp) < 2 {
			exp = strings.Repeat("0", 2-len(exp)) + exp
		}
		return mant + "e" + string(sign) + exp
	}
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if !strings.Contains(s, ".") {
		s += ".0"
	}
	return s
}

// WriteJSON writes {"metrics": {...}, "ours": {...}, "articles": [...]}:
// the metrics object is score.py's --json object (same keys and values),
// "ours" the extra figures, and "articles" the per-article counts when
// perSource is set.
func (r Result) WriteJSON(w io.Writer, perSource bool) error {
	var b bytes.Buffer
	obj := func(ms []Metric) {
		b.WriteString("{")
		for i, m := range ms {
			if i > 0 {
				b.WriteString(",")
			}
			fmt.Fprintf(&b, "\n  %q: %s", m.Name, JSONValue(m))
		}
		b.WriteString("\n }")
	}
	b.WriteString("{\n \"metrics\": ")
	obj(r.Metrics())
	b.WriteString(",\n \"ours\": ")
	obj(r.Extra())
	if perSource {
		b.WriteString(",\n \"articles\": [")
		for i, a := range r.Articles {
			if i > 0 {
				b.WriteString(",")
			}
			fmt.Fprintf(&b, "\n  {\"file\": %q, \"published_ok\": %d, \"published_n\": %d, "+
				"\"people_tp\": %d, \"people_fp\": %d, \"people_fn\": %d, \"people_split\": %d, \"people_gold\": %d, "+
				"\"quotes_tp\": %d, \"quotes_fp\": %d, \"quotes_fn\": %d, \"speaker_ok\": %d, \"speaker_n\": %d, "+
				"\"events_tp\": %d, \"events_fp\": %d, \"events_fn\": %d}",
				a.File, a.PublishedOK, a.PublishedN, a.PeopleTP, a.PeopleFP, a.PeopleFN, a.PeopleSplit, a.PeopleGold,
				a.QuotesTP, a.QuotesFP, a.QuotesFN, a.SpeakerOK, a.SpeakerN, a.EventsTP, a.EventsFP, a.EventsFN)
		}
		b.WriteString("\n ]")
	}
	b.WriteString("\n}\n")
	_, err := w.Write(b.Bytes())
	return err
}

// Floor is one line of a floors file: a metric and its bound.
type Floor struct {
	Metric string
	AtMost bool // "<=" (a count that must not grow); otherwise ">="
	Value  float64
	Line   int
}

// ParseFloors reads a floors file: one "metric >= value" or
// "metric <= value" a line; blank lines and lines starting with # are
// skipped.
func ParseFloors(r io.Reader) ([]Floor, error) {
	var out []Floor
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := Floor{Line: n}
		var op, val string
		for _, o := range []string{">=", "<="} {
			if name, v, ok := strings.Cut(line, o); ok {
				f.Metric, op, val = strings.TrimSpace(name), o, strings.TrimSpace(v)
				break
			}
		}
		if op == "" || f.Metric == "" {
			return nil, fmt.Errorf("floors line %d: want \"metric >= value\", got %q", n, line)
		}
		f.AtMost = op == "<="
		v, err := strconv.ParseFloat(val, 64)
		if err != nil {
			return nil, fmt.Errorf("floors line %d: %w", n, err)
		}
		f.Value = v
		out = append(out, f)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("floors: %w", err)
	}
	return out, nil
}

// Check is every floor the result breaks, one message each ("people_f1
// 0.712 < floor 0.74"), or an error naming a metric the result lacks.
// Values are compared as printed, rounded to three decimals.
func (r Result) Check(floors []Floor) ([]string, error) {
	var broken []string
	for _, f := range floors {
		m, ok := r.Lookup(f.Metric)
		if !ok {
			return nil, fmt.Errorf("floors line %d: no metric %q (cross metrics need CROSS.json)", f.Line, f.Metric)
		}
		v := m.Value
		if m.Kind == Float {
			v, _ = strconv.ParseFloat(valueText(m), 64)
		}
		switch {
		case f.AtMost && v > f.Value:
			broken = append(broken, fmt.Sprintf("%s %s > ceiling %g", f.Metric, valueText(m), f.Value))
		case !f.AtMost && v < f.Value:
			broken = append(broken, fmt.Sprintf("%s %s < floor %g", f.Metric, valueText(m), f.Value))
		}
	}
	return broken, nil
}

func valueText(m Metric) string {
	_, v, _ := strings.Cut(m.String(), ": ")
	return v
}
