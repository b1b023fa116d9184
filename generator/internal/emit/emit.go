// Package emit turns the linked annotation graph into the files of the
// Hugo site: front-mattered Markdown in content/, the graph in
// data/dossier.json, and the stylesheet of the originals. Site renders the
// pages on every core and streams each one into a staging folder as soon
// as it is rendered (only its path stays in memory); only when all
// are staged does it move the changed ones into place, so a failure never
// leaves a half-written site (write.go).
//
// Pages get what their templates need in their front matter (JSON, which
// Hugo reads natively and which cannot be broken by any text inside a
// string), so no template ever scans the whole graph. What is large goes in
// a file of the page's bundle instead, which Hugo reads only while it
// renders that page: a source's original, and the list of a timeline or
// quotes page (split.go), so that Hugo's memory does not hold them all.
package emit

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/dossier/dossier/generator/internal/doc"
	"github.com/dossier/dossier/generator/internal/link"
	"github.com/dossier/dossier/generator/internal/original"
)

// Site renders every generated file of the site for g and writes it under
// root (see write.go for the guarantees): nothing under root changes
// unless every file rendered; unchanged files are left untouched; files
// the previous run generated and this one does not are removed.
func Site(g *link.Graph, root string) (Result, error) {
	return writeSite(root, jobs(g))
}

// A job renders one or more files and hands each to the sink. Jobs share
// only read-only state, so they run in parallel.
type job func(s sink) error

// jobs lists the rendering of every generated file of the site, largest
// first so that the workers finish together.
func jobs(g *link.Graph) []job {
	ix := newIndex(g)
	originals := original.NewRenderer()
	js := []job{
		func(s sink) error {
			return s.stream("data/dossier.json", func(w io.Writer) error { return writeDossierJSON(w, &g.Dossier) })
		},
		func(s sink) error { return timelineFiles(g, ix, s) },
		func(s sink) error { return quoteFiles(g, ix, s) },
		func(s sink) error { return outletFiles(g, s) },
		func(s sink) error {
			var css bytes.Buffer
			if err := original.WriteCSS(&css); err != nil {
				return fmt.Errorf("writing the originals' stylesheet: %w", err)
			}
			return s.put("assets/css/original.css", css.Bytes())
		},
		sectionJob("content/sources/_index.md", sectionFront{Title: "Sources", Description: "Every source in the dossier, newest first."}),
		func(s sink) error {
			svg, pairs := peopleGraph(g, ix)
			return s.page("content/people/_index.md", peopleIndexFront{sectionFront{Title: "People", Description: "Everyone the sources name, most mentioned first."}, svg, pairs}, "")
		},
	}
	for i, a := range g.Docs {
		js = append(js, func(s sink) error {
			front, anns := sourcePage(g, ix, i)
			markdown := isMarkdown(a.Source)
			// A leaf bundle: the page, and its original as a page resource
			// the template reads (OriginalFile), so that Hugo holds no
			// original in the front matter of every page at once.
			dir := "content/sources/" + a.Source.ID + "/"
			err := s.render(dir+OriginalFile, func(dst []byte, _ *pageBuffer) ([]byte, error) { return originals.AppendHTML(dst, a) })
			if err != nil {
				return err
			}
			return s.sourcePage(dir+"index.md", front, func(b *bytes.Buffer) { writeMarkdown(b, a.Source, anns, markdown, notedLines(front.Source.Notes)) })
		})
	}
	js = append(js, exportJobs(g, ix)...) // export.go
	for _, i := range ix.peopleByProminence {
		js = append(js, func(s sink) error {
			// A leaf bundle: the page, and what grows with the person's
			// mentions as a file the template reads (PersonContextFile).
			front, extra := personPage(g, ix, i)
			dir := "content/people/" + g.Dossier.People[i].ID + "/"
			if err := s.render(dir+PersonContextFile, func(dst []byte, buf *pageBuffer) ([]byte, error) {
				b, err := appendFrontMatter(dst, &buf.scratch, extra) // indented, as the pages are
				return append(b, '\n'), err
			}); err != nil {
				return err
			}
			return s.page(dir+"index.md", front, "")
		})
	}
	return js
}

// OriginalFile is the name of a source's original, the HTML of its text
// with line numbers and marks, in the source's page bundle. It is not a
// content file (.html would be one), so Hugo reads it only when the page's
// template asks for it (layouts/sources/page.html).
const OriginalFile = "original.txt"

// PersonContextFile is the name of the file of a person's page bundle that
// holds their mentions in context and neighbourhood graph (personContext),
// read by layouts/people/page.html.
const PersonContextFile = "context.json"

func sectionJob(path string, front sectionFront) job {
	return func(s sink) error { return s.page(path, front, "") }
}

// appendPage appends a Markdown page to dst: JSON front matter, a blank
// line, the body. scratch is working space (see appendFrontMatter).
func appendPage(dst []byte, scratch *bytes.Buffer, front any, body string) ([]byte, error) {
	b, err := appendFrontMatter(dst, scratch, front)
	if err != nil {
		return dst, fmt.Errorf("encoding front matter: %w", err)
	}
	return appendBody(b, body), nil
}

// appendBody ends the front matter at the end of b and appends the body,
// after a blank line.
func appendBody[S ~string | ~[]byte](b []byte, body S) []byte {
	b = append(b, '\n')
	if len(body) > 0 {
		b = append(b, '\n')
		b = append(b, body...)
	}
	return b
}

type sectionFront struct {
	Title       string `json:"title"`
	Description string `json:"description"`
}

// sourceURL and friends are the site paths of generated pages; the render
// hook resolves them with GetPage, so a wrong one fails the build.
func sourceURL(id string) string { return "/sources/" + id + "/" }
func personURL(id string) string { return "/people/" + id + "/" }

// kwic returns up to width bytes of text before and after [start, end) on
// its line, cut at word boundaries, for keyword-in-context lines.
//
// It looks at most width+1 bytes either side for the line's ends: beyond
// that the context is cut anyway, and scanning a whole long line for each
// mention on it made a source of one 2 MB paragraph take minutes.
func kwic(src *doc.Source, sp doc.Span, width int) (before, after string) {
	text := src.Text
	from := max(0, sp.Start-width-1)
	ls := from + strings.LastIndexByte(text[from:sp.Start], '\n') + 1
	to := min(len(text), sp.End+width+1)
	le := to
	if i := strings.IndexByte(text[sp.End:to], '\n'); i >= 0 {
		le = sp.End + i
	}
	before = text[ls:sp.Start]
	if len(before) > width {
		cut := len(before) - width
		if i := strings.IndexByte(before[cut:], ' '); i >= 0 {
			cut += i + 1
		}
		before = "…" + before[cut:]
	}
	after = text[sp.End:le]
	if len(after) > width {
		cut := width
		if i := strings.LastIndexByte(after[:cut], ' '); i > 0 {
			cut = i
		}
		after = after[:cut] + "…"
	}
	return strings.TrimLeft(before, " \t"), strings.TrimRight(after, " \t")
}
