package emit

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/dossier/dossier/generator/internal/doc"
	"github.com/dossier/dossier/generator/internal/link"
	"github.com/dossier/dossier/generator/internal/load"
)

// fixtureGraph links the fixture corpus (testdata/sources).
func fixtureGraph(t *testing.T) *link.Graph {
	t.Helper()
	sources, _, err := load.Dir("testdata", filepath.Join("testdata", "sources"))
	if err != nil {
		t.Fatal(err)
	}
	var docs []*doc.Annotated
	for _, s := range sources {
		docs = append(docs, mustAnnotate(s, nil))
	}
	return link.Link(docs, nil)
}

// exported renders the open-data files of g into memory, by name under DataDir.
func exported(t *testing.T, g *link.Graph) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	root := t.TempDir()
	if _, err := Site(g, root); err != nil {
		t.Fatal(err)
	}
	for p, data := range readTree(t, filepath.Join(root, filepath.FromSlash(DataDir))) {
		files[p] = data
	}
	return files
}

// TestDossierMatchesSchema validates the published graph against its
// JSON Schema, and checks that the schema describes every field.
func TestDossierMatchesSchema(t *testing.T) {
	g := fixtureGraph(t)
	files := exported(t, g)
	var schemaDoc any
	if err := json.Unmarshal(DossierSchema(), &schemaDoc); err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("/dossier.schema.json", schemaDoc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("/dossier.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(files["dossier.json"]))
	if err != nil {
		t.Fatal(err)
	}
	if err := sch.Validate(inst); err != nil {
		t.Fatalf("dossier.json does not match its schema: %v", err)
	}
	// What the published file holds is the graph.
	var got struct {
		Version string `json:"version"`
		doc.Dossier
	}
	if err := json.Unmarshal(files["dossier.json"], &got); err != nil {
		t.Fatal(err)
	}
	want, _ := json.Marshal(&g.Dossier)
	back, _ := json.Marshal(&got.Dossier)
	if got.Version != DossierVersion || !bytes.Equal(want, back) {
		t.Errorf("dossier.json (version %q) is not the graph", got.Version)
	}
	if len(g.Dossier.Quotes) == 0 || len(g.Dossier.Events) == 0 {
		t.Fatal("the fixture has no quotes or events: the test would prove little")
	}
	// Every property has a description.
	var walk func(path string, v any)
	walk = func(path string, v any) {
		m, ok := v.(map[string]any)
		if !ok {
			return
		}
		if props, ok := m["properties"].(map[string]any); ok {
			for name, p := range props {
				if pm, ok := p.(map[string]any); ok {
					if _, ok := pm["description"]; !ok {
						if ref, _ := pm["$ref"].(string); ref == "" {
							t.Errorf("schema: %s.%s has no description", path, name)
						}
					}
				}
			}
		}
		for k, sub := range m {
			walk(path+"/"+k, sub)
		}
	}
	walk("", schemaDoc)
	// A wrong field fails: the schema is strict.
	bad := bytes.Replace(files["dossier.json"], []byte(`"version":"`), []byte(`"versio":"`), 1)
	inst, _ = jsonschema.UnmarshalJSON(bytes.NewReader(bad))
	if sch.Validate(inst) == nil {
		t.Error("a misspelled field passes the schema")
	}
}

// readCSV parses a table, checking its header.
func readCSV(t *testing.T, data []byte, header []string) [][]string {
	t.Helper()
	if !utf8.Valid(data) {
		t.Fatal("not UTF-8")
	}
	if !bytes.HasSuffix(data, []byte("\r\n")) {
		t.Error("lines do not end in CRLF")
	}
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = len(header)
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) == 0 || !slices.Equal(rows[0], header) {
		t.Fatalf("header = %v; want %v", rows[0], header)
	}
	return rows[1:]
}

// TestCSV parses every table back and compares it with the graph.
func TestCSV(t *testing.T) {
	g := fixtureGraph(t)
	files := exported(t, g)
	d := &g.Dossier

	people := readCSV(t, files["people.csv"], PeopleHeader)
	if len(people) != len(d.People) {
		t.Fatalf("%d people rows; want %d", len(people), len(d.People))
	}
	mentions := 0
	for k, p := range d.People {
		if people[k][0] != p.ID || people[k][1] != CSVCell(p.Name) || people[k][6] != strconv.Itoa(len(p.Mentions)) {
			t.Errorf("people row %d = %v; want %s", k, people[k], p.ID)
		}
		mentions += len(p.Mentions)
	}
	rows := readCSV(t, files["mentions.csv"], MentionsHeader)
	if len(rows) != mentions {
		t.Errorf("%d mention rows; want %d", len(rows), mentions)
	}
	quotes := readCSV(t, files["quotes.csv"], QuotesHeader)
	if len(quotes) != len(d.Quotes) {
		t.Fatalf("%d quote rows; want %d", len(quotes), len(d.Quotes))
	}
	for k, q := range d.Quotes {
		row := quotes[k]
		if row[0] != q.ID || row[3] != CSVCell(q.Text) || row[8] != q.Group || row[9] != string(q.Why.Normal().Confidence) ||
			row[10] != CSVCell(strings.Join(q.Why.Rules, "; ")) {
			t.Errorf("quote row %d = %q; want %+v", k, row, q)
		}
	}
	events := readCSV(t, files["events.csv"], EventsHeader)
	if len(events) != len(d.Events) {
		t.Fatalf("%d event rows; want %d", len(events), len(d.Events))
	}
	for k, e := range d.Events {
		if events[k][0] != e.ID || events[k][1] != e.Date || events[k][8] != strconv.Itoa(len(e.Reports)) {
			t.Errorf("event row %d = %q; want %s", k, events[k], e.ID)
		}
	}
}

func TestCSVCell(t *testing.T) {
	for in, want := range map[string]string{"=HYPERLINK(1)": "'=HYPERLINK(1)", "+1": "'+1", "@x": "'@x", "-x": "'-x", "plain, text": "plain, text", "": ""} {
		if got := CSVCell(in); got != want {
			t.Errorf("CSVCell(%q) = %q; want %q", in, got, want)
		}
	}
}

// TestTimelineJS checks the TimelineJS3 file: one slide per event, the
// date parts at the event's precision, the id, links to the sources.
func TestTimelineJS(t *testing.T) {
	g := fixtureGraph(t)
	var tl TimelineJS
	if err := json.Unmarshal(exported(t, g)["timeline.json"], &tl); err != nil {
		t.Fatal(err)
	}
	if tl.Title == nil || len(tl.Events) != len(g.Dossier.Events) {
		t.Fatalf("%d slides; want %d", len(tl.Events), len(g.Dossier.Events))
	}
	for k, e := range g.Dossier.Events {
		s := tl.Events[k]
		if s.UniqueID != e.ID || s.StartDate == nil || s.StartDate.Year != e.Date[:4] && e.Precision != doc.Decade {
			t.Errorf("slide %d = %+v; want event %s", k, s, e.ID)
			continue
		}
		hasMonth, hasDay := s.StartDate.Month != "", s.StartDate.Day != ""
		if want := e.Precision == doc.Day || e.Precision == doc.Month; hasMonth != want {
			t.Errorf("%s (%s): month %q", e.ID, e.Precision, s.StartDate.Month)
		}
		if want := e.Precision == doc.Day; hasDay != want {
			t.Errorf("%s (%s): day %q", e.ID, e.Precision, s.StartDate.Day)
		}
		if s.DisplayDate == "" || !strings.Contains(s.Text.Text, `<a href="/sources/`) {
			t.Errorf("%s: display_date %q, text %q", e.ID, s.DisplayDate, s.Text.Text)
		}
	}
	start, end := tlDates("1990", doc.Decade)
	if start.Year != "1990" || end == nil || end.Year != "1999" {
		t.Errorf("a decade spans %+v–%+v", start, end)
	}
	if start, _ := tlDates("2016-03", doc.Month); start.Month != "3" || start.Day != "" {
		t.Errorf("a month-precise date = %+v", start)
	}
}

// TestWebAnnotationsReanchor re-anchors every selector of every
// annotation in its source's text, both ways, and checks the collection:
// its total, its pages linked first to last, each source on the page its
// id names.
func TestWebAnnotationsReanchor(t *testing.T) {
	g := fixtureGraph(t)
	files := exported(t, g)
	var c WACollection
	if err := json.Unmarshal(files["annotations/collection.jsonld"], &c); err != nil {
		t.Fatal(err)
	}
	if c.Context != WebAnnotationContext || c.Type != "AnnotationCollection" || c.ID != collectionURL {
		t.Errorf("collection %+v", c)
	}
	items := map[string][]WAAnnotation{} // by source page
	pages := 0
	for next, prev := c.First, ""; next != ""; pages++ {
		var p WAPage
		if err := json.Unmarshal(files[strings.TrimPrefix(next, "/data/")], &p); err != nil {
			t.Fatalf("page %s: %v", next, err)
		}
		if p.ID != next || p.Type != "AnnotationPage" || p.PartOf != collectionURL || p.Prev != prev {
			t.Errorf("page %s: %+v", next, p)
		}
		for _, a := range p.Items {
			if len(a.Target) == 0 {
				t.Fatalf("%s: no target", a.ID)
			}
			src := a.Target[0].Source
			if id := strings.TrimSuffix(strings.TrimPrefix(src, "/sources/"), "/"); !strings.HasPrefix(a.ID, p.ID+"#"+id+"/") ||
				annotationPage(id)+".jsonld" != path.Base(p.ID) {
				t.Errorf("annotation %s of %s on page %s", a.ID, src, p.ID)
			}
			items[src] = append(items[src], a)
		}
		if p.Next == "" && next != c.Last {
			t.Errorf("the last page is %s; the collection says %s", next, c.Last)
		}
		prev, next = next, p.Next
	}
	if pages == 0 || pages > 256 {
		t.Errorf("%d pages", pages)
	}
	total := 0
	for _, d := range g.Docs {
		its := items[sourceURL(d.Source.ID)]
		want := len(d.Mentions) + len(d.Quotes) + len(d.Dates) + len(d.Citations)
		if len(its) != want {
			t.Errorf("%s: %d annotations; want %d", d.Source.ID, len(its), want)
		}
		text := []rune(d.Source.Text)
		ids := map[string]bool{}
		for _, a := range its {
			total++
			if ids[a.ID] {
				t.Errorf("duplicate id %s", a.ID)
			}
			ids[a.ID] = true
			if a.Type != "Annotation" || len(a.Body) == 0 || a.Body[len(a.Body)-1].Purpose != "commenting" {
				t.Errorf("%s: %+v", a.ID, a)
			}
			for _, tg := range a.Target {
				if tg.Source != sourceURL(d.Source.ID) || len(tg.Selector) != 2 {
					t.Fatalf("%s: target %+v", a.ID, tg)
				}
				q, p := tg.Selector[0], tg.Selector[1]
				if q.Type != "TextQuoteSelector" || p.Type != "TextPositionSelector" || p.Start == nil || p.End == nil {
					t.Fatalf("%s: selectors %+v", a.ID, tg.Selector)
				}
				if *p.Start < 0 || *p.End > len(text) || *p.Start >= *p.End || string(text[*p.Start:*p.End]) != q.Exact {
					t.Errorf("%s: position %d–%d does not give %q", a.ID, *p.Start, *p.End, q.Exact)
					continue
				}
				// The quote selector finds the same place on its own.
				whole := q.Prefix + q.Exact + q.Suffix
				at := strings.Index(d.Source.Text, whole)
				if at < 0 {
					t.Errorf("%s: %q not in the text", a.ID, whole)
					continue
				}
				found := false
				for at >= 0 && !found {
					found = utf8.RuneCountInString(d.Source.Text[:at])+utf8.RuneCountInString(q.Prefix) == *p.Start
					next := strings.Index(d.Source.Text[at+1:], whole)
					if next < 0 {
						break
					}
					at += 1 + next
				}
				if !found {
					t.Errorf("%s: the quote selector does not anchor at %d", a.ID, *p.Start)
				}
			}
		}
	}
	if total == 0 {
		t.Fatal("no annotations")
	}
	if c.Total != total {
		t.Errorf("the collection's total is %d; the pages hold %d", c.Total, total)
	}
}

// readTree returns the files under dir by slash-separated relative path.
func readTree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		data, err := os.ReadFile(p)
		out[filepath.ToSlash(rel)] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestICSNamesPeople checks that the iCalendar file names people by name.
func TestICSNamesPeople(t *testing.T) {
	g := fixtureGraph(t)
	root := t.TempDir()
	if _, err := Site(g, root); err != nil {
		t.Fatal(err)
	}
	ics, err := os.ReadFile(filepath.Join(root, "content", "timeline", "dossier.ics"))
	if err != nil {
		t.Fatal(err)
	}
	unfolded := strings.ReplaceAll(string(ics), "\r\n ", "")
	ix := newIndex(g)
	checked := 0
	for _, e := range g.Dossier.Events {
		if len(e.People) == 0 || e.Precision == doc.Decade {
			continue
		}
		name := g.Dossier.People[ix.person[e.People[0]]].Name
		if !strings.Contains(unfolded, "People: "+name) {
			t.Errorf("%s: the calendar does not name %s", e.ID, name)
		}
		checked++
	}
	if checked == 0 {
		t.Fatal("no event with people")
	}
	if strings.Contains(unfolded, "People: "+g.Dossier.Events[0].ID) {
		t.Error("ids in the calendar")
	}
}

// TestWebAnnotationsEncoding checks the hand-written encoding against
// encoding/json, on the fixture and on hostile text.
func TestWebAnnotationsEncoding(t *testing.T) {
	g := fixtureGraph(t)
	ix := newIndex(g)
	for i := range g.Docs {
		p := WAPage{Context: WebAnnotationContext, ID: "/p.jsonld", Type: "AnnotationPage", PartOf: collectionURL, Next: "/n"}
		p.Items = webAnnotations(g, ix, i, p.ID)
		want, err := json.Marshal(&p)
		if err != nil {
			t.Fatal(err)
		}
		if got := appendWebAnnotations(nil, &p); string(got) != string(want)+"\n" {
			t.Errorf("%s: the encoding differs from encoding/json", g.Docs[i].Source.ID)
		}
	}
	zero := 0
	p := WAPage{Context: "x", PartOf: "</script>&<b>\"\\\u2028\x01\xff", Items: []WAAnnotation{{
		Body:   []WABody{{Type: "T", Value: "<"}, {Source: "&"}},
		Target: []WATarget{{Selector: []WASelector{{Exact: "é\n", Start: &zero, End: &zero}}}},
	}, {ID: "second", Body: []WABody{}, Target: []WATarget{}}}}
	want, _ := json.Marshal(&p)
	if got := appendWebAnnotations(nil, &p); string(got) != string(want)+"\n" {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
