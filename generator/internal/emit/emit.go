// Package emit turns the linked annotation graph into the files of the
// Hugo site: front-mattered Markdown in content/, the graph in
// data/dossier.json, and the stylesheet of the originals. It plans every
// file in memory first (Plan) and then writes them all at once (Write), so
// a failure never leaves a half-written site.
//
// Pages get what their templates need in their front matter (JSON, which
// Hugo reads natively and which cannot be broken by any text inside a
// string), so no template ever scans the whole graph.
package emit

import (
	"bytes"
	"fmt"
	"path"
	"sort"
	"strings"

	"github.com/dossier/dossier/generator/internal/doc"
	"github.com/dossier/dossier/generator/internal/link"
	"github.com/dossier/dossier/generator/internal/original"
)

// Files maps slash-separated paths, relative to the site root, to contents.
type Files map[string][]byte

// Paths returns the paths in sorted order.
func (f Files) Paths() []string {
	paths := make([]string, 0, len(f))
	for p := range f {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	return paths
}

// Plan renders every generated file of the site for g.
func Plan(g *link.Graph) (Files, error) {
	files := Files{}
	ix := newIndex(g)

	data, err := jsonBytes(g.Dossier)
	if err != nil {
		return nil, err
	}
	files["data/dossier.json"] = data

	var css bytes.Buffer
	if err := original.WriteCSS(&css); err != nil {
		return nil, fmt.Errorf("writing the originals' stylesheet: %w", err)
	}
	files["assets/css/original.css"] = css.Bytes()

	files["content/sources/_index.md"], err = page(sectionFront{Title: "Sources", Description: "Every source in the dossier, newest first."}, "")
	if err != nil {
		return nil, err
	}
	for i := range g.Docs {
		p, body, err := sourcePage(g, ix, i)
		if err != nil {
			return nil, err
		}
		files["content/sources/"+g.Docs[i].Source.ID+".md"], err = page(p, body)
		if err != nil {
			return nil, err
		}
	}

	files["content/people/_index.md"], err = page(sectionFront{Title: "People", Description: "Everyone the sources name, most mentioned first."}, "")
	if err != nil {
		return nil, err
	}
	for rank, i := range ix.peopleByProminence {
		p := personPage(g, ix, i, rank+1)
		files["content/people/"+g.Dossier.People[i].ID+".md"], err = page(p, "")
		if err != nil {
			return nil, err
		}
	}

	if err := timelineFiles(g, ix, files); err != nil {
		return nil, err
	}
	if err := quoteFiles(g, ix, files); err != nil {
		return nil, err
	}
	return files, nil
}

// page returns a Markdown page: JSON front matter, a blank line, the body.
func page(front any, body string) ([]byte, error) {
	b, err := marshalIndent(front)
	if err != nil {
		return nil, fmt.Errorf("encoding front matter: %w", err)
	}
	b = append(b, '\n')
	if body != "" {
		b = append(b, '\n')
		b = append(b, body...)
	}
	return b, nil
}

// jsonBytes encodes v as indented JSON with a final newline.
func jsonBytes(v any) ([]byte, error) {
	b, err := marshalIndent(v)
	if err != nil {
		return nil, fmt.Errorf("encoding JSON: %w", err)
	}
	return append(b, '\n'), nil
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
func kwic(src *doc.Source, sp doc.Span, width int) (before, after string) {
	text := src.Text
	ls := strings.LastIndexByte(text[:sp.Start], '\n') + 1
	le := strings.IndexByte(text[sp.End:], '\n')
	if le < 0 {
		le = len(text)
	} else {
		le += sp.End
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

var _ = path.Join
