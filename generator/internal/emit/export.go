package emit

import (
	"bufio"
	_ "embed"
	"encoding/json"
	"fmt"
	"io"

	"github.com/dossier/dossier/generator/internal/doc"
	"github.com/dossier/dossier/generator/internal/link"
)

// Open data. The whole dossier leaves the site in standard forms, as the
// resources of the Data page (content/data/, published at /data/…; the
// layout also publishes the graph and its schema at /dossier.json and
// /dossier.schema.json):
//
//	dossier.json         the graph (doc.Dossier) with "$schema" and "version"
//	dossier.schema.json  its JSON Schema (draft 2020-12), every field described
//	people.csv, mentions.csv, quotes.csv, events.csv
//	                     RFC 4180 tables, UTF-8, CRLF, one header row (export_csv.go)
//	timeline.json        the timeline for TimelineJS3 (export_timelinejs.go)
//	annotations/collection.jsonld, annotations/<xx>.jsonld
//	                     every annotation of every source as W3C Web Annotations
//	                     with text-quote and text-position selectors, in at most
//	                     256 pages of whole sources (export_annotations.go)
//
// The timeline's dossier.ics (writeICS) names people by name: emit
// hands it the events with names for ids (eventsByName).

// DataDir is the folder of the Data page and its files.
const DataDir = "content/data/"

// DossierVersion is the version of the published format of dossier.json,
// written into it. It changes when a field is removed or changes meaning
// (fields are only ever added within a version).
const DossierVersion = "1.0"

//go:embed export_schema.json
var dossierSchema []byte

// DossierSchema returns the JSON Schema of dossier.json.
func DossierSchema() []byte { return dossierSchema }

// dataFile is one file the Data page lists, with its one-line description.
type dataFile struct {
	Name        string `json:"name"`
	Format      string `json:"format"`
	Description string `json:"description"`
}

type dataFront struct {
	Title       string     `json:"title"`
	Layout      string     `json:"layout"`
	Description string     `json:"description"`
	Files       []dataFile `json:"files"`
	Annotations int        `json:"annotations"` // sources whose annotations are in annotations/
}

var dataFiles = []dataFile{
	{"dossier.json", "JSON", "The whole annotation graph: sources, people, quotes and events, each with its rules and confidence."},
	{"dossier.schema.json", "JSON Schema", "The schema of dossier.json: every field, what it means and its type."},
	{"people.csv", "CSV", "One row per person: id, name, aliases, summary, counts, confidence."},
	{"mentions.csv", "CSV", "One row per mention of a person: source, line, form as written, kind, rules."},
	{"quotes.csv", "CSV", "One row per quotation: source, line, text, speaker, attribution, group, rules."},
	{"events.csv", "CSV", "One row per event: date and precision, summary, people, sources, conflicts."},
	{"timeline.json", "TimelineJS3", "The timeline in the JSON format of TimelineJS3, with links to the sources."},
	{"../timeline/dossier.ics", "iCalendar", "The timeline as an iCalendar file (RFC 5545) for calendar programs."},
}

// exportJobs lists the rendering of the open-data files.
func exportJobs(g *link.Graph, ix *index) []job {
	js := []job{
		func(s sink) error {
			return s.page(DataDir+"index.md", dataFront{Title: "Data", Layout: "data",
				Description: "The whole dossier as open data, in standard formats, for other tools.",
				Files:       dataFiles, Annotations: len(g.Docs)}, "")
		},
		func(s sink) error {
			return s.stream(DataDir+"dossier.json", func(w io.Writer) error { return writeOpenDossier(w, &g.Dossier) })
		},
		func(s sink) error { return s.put(DataDir+"dossier.schema.json", dossierSchema) },
		func(s sink) error { return csvFiles(g, ix, s) },
		func(s sink) error {
			return s.stream(DataDir+"timeline.json", func(w io.Writer) error { return writeTimelineJS(w, g, ix) })
		},
	}
	js = append(js, reviewJob(g, ix))           // review.go
	return append(js, annotationJobs(g, ix)...) // export_annotations.go
}

// writeOpenDossier writes the graph as published: compact JSON, one
// record a line, with "$schema" and "version" first. Records are encoded
// one at a time, so the file is never held in memory whole.
func writeOpenDossier(w io.Writer, d *doc.Dossier) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	fmt.Fprintf(bw, "{\"$schema\":\"/dossier.schema.json\",\"version\":%q", DossierVersion)
	list := func(name string, n int, elem func(i int) any) error {
		fmt.Fprintf(bw, ",\n%q:[", name)
		for i := range n {
			b, err := json.Marshal(elem(i)) // escapes <, > and &: the file is served as it is
			if err != nil {
				return fmt.Errorf("dossier.json: %s: %w", name, err)
			}
			if i > 0 {
				bw.WriteByte(',')
			}
			bw.WriteByte('\n')
			bw.Write(b)
		}
		bw.WriteString("]")
		return nil
	}
	if err := list("sources", len(d.Sources), func(i int) any { return &d.Sources[i] }); err != nil {
		return err
	}
	if err := list("people", len(d.People), func(i int) any { return &d.People[i] }); err != nil {
		return err
	}
	if err := list("quotes", len(d.Quotes), func(i int) any { return &d.Quotes[i] }); err != nil {
		return err
	}
	if err := list("events", len(d.Events), func(i int) any { return &d.Events[i] }); err != nil {
		return err
	}
	bw.WriteString("}\n")
	return bw.Flush()
}

// eventsByName returns the events with their people's names for their
// ids, for the iCalendar file, which people read.
func eventsByName(g *link.Graph, ix *index) []doc.EventEntry {
	out := make([]doc.EventEntry, len(g.Dossier.Events))
	for k, e := range g.Dossier.Events {
		names := make([]string, len(e.People))
		for j, id := range e.People {
			names[j] = id
			if p, ok := ix.person[id]; ok {
				names[j] = g.Dossier.People[p].Name
			}
		}
		e.People = names
		out[k] = e
	}
	return out
}
