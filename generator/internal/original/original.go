// Package original renders a source's text exactly as filed, with line
// numbers, using chroma. Its lexer does not guess at syntax: it turns the
// annotations of a source into chroma tokens (names, quotes, dates, cited
// outlets), so the original shows the same marks as the annotated reading,
// and every line number is a link target (#L12) that citations point to.
//
// The package formats the tokens itself (Formatter) rather than with
// chroma's html formatter: at 10,000 sources chroma's formatter was the
// largest single cost of emitting the site (about 3 s of CPU, mostly fmt
// calls for every line and token). Formatter writes the same bytes for a
// fraction of the cost, and TestFormatMatchesChroma and
// FuzzFormatMatchesChroma prove its output byte-identical to chroma's
// html formatter with the options the package used (formatter()). Chroma
// still writes the stylesheet (WriteCSS).
package original

import (
	"fmt"
	"io"

	"github.com/alecthomas/chroma/v2"
	"github.com/alecthomas/chroma/v2/formatters/html"
	"github.com/alecthomas/chroma/v2/styles"

	"github.com/dossier/dossier/generator/internal/doc"
)

// The token types the lexer gives each kind of annotation.
const (
	Name   = chroma.NameEntity          // a person's name
	Quote  = chroma.LiteralStringDouble // a quotation, marks included
	Date   = chroma.LiteralDate         // a temporal expression
	Outlet = chroma.NameAttribute       // an outlet cited as a source
)

// Lexer reads one annotated source as chroma tokens: Tokenise splits the
// source's text at its annotations. It is built per source because the
// marks come from the annotators, not from patterns. (Formatter writes the
// page from the marks directly; Tokenise feeds chroma's own formatter in
// the tests that prove the two write the same bytes.)
type Lexer struct {
	marks []mark
}

type mark struct {
	doc.Span
	typ chroma.TokenType
}

// NewLexer returns the lexer for a. Overlapping annotations are resolved by
// kind: a quote wins over the names and dates inside it, then dates, then
// names, then outlets.
func NewLexer(a *doc.Annotated) *Lexer {
	marks := make([]mark, 0, len(a.Quotes)+len(a.Dates)+len(a.Mentions)+len(a.Citations))
	for _, q := range a.Quotes {
		marks = append(marks, mark{q.Outer, Quote})
	}
	for _, d := range a.Dates {
		marks = append(marks, mark{d.Span, Date})
	}
	for _, m := range a.Mentions {
		marks = append(marks, mark{m.Span, Name})
	}
	for _, c := range a.Citations {
		marks = append(marks, mark{c.Span, Outlet})
	}
	return &Lexer{marks: resolve(marks, len(a.Source.Text))}
}

// resolve keeps the marks that do not overlap an earlier one, in text order.
func resolve(marks []mark, n int) []mark {
	spans := make([]doc.Span, len(marks))
	for i, m := range marks {
		spans[i] = m.Span
	}
	keep := doc.Disjoint(spans, n)
	kept := make([]mark, 0, len(keep))
	for _, i := range keep {
		kept = append(kept, marks[i])
	}
	return kept
}

// Tokenise splits text at the annotations; text between them is plain Text.
func (l *Lexer) Tokenise(_ *chroma.TokeniseOptions, text string) (chroma.Iterator, error) {
	tokens := make([]chroma.Token, 0, 2*len(l.marks)+1)
	pos := 0
	for _, m := range l.marks {
		if m.End > len(text) {
			break
		}
		if m.Start > pos {
			tokens = append(tokens, chroma.Token{Type: chroma.Text, Value: text[pos:m.Start]})
		}
		tokens = append(tokens, chroma.Token{Type: m.typ, Value: text[m.Start:m.End]})
		pos = m.End
	}
	if pos < len(text) {
		tokens = append(tokens, chroma.Token{Type: chroma.Text, Value: text[pos:]})
	}
	return chroma.Literator(tokens...), nil
}

// formatter returns chroma's html formatter with the options of the
// original. WriteCSS writes the stylesheet with it; Formatter writes the
// same HTML it would, and the tests compare the two.
func formatter(extra ...html.Option) *html.Formatter {
	return html.New(append([]html.Option{
		html.WithClasses(true),
		html.WithLineNumbers(true),
		html.WithLinkableLineNumbers(true, "L"),
		html.WrapLongLines(true),
	}, extra...)...)
}

// A Renderer renders originals. It builds the style and the markup of
// the formatter once, for all sources. It is safe for concurrent use.
type Renderer struct {
	style *chroma.Style
	m     *markup
}

// NewRenderer returns a Renderer.
func NewRenderer() *Renderer {
	return &Renderer{style: style(false), m: newMarkup()}
}

// HTML renders a's source text as HTML: a <pre class="chroma"> with one
// line per source line, numbered as in the file, each number an anchor
// #L<n>. The text is escaped; nothing in it can become markup.
func (r *Renderer) HTML(a *doc.Annotated) (string, error) {
	b, err := r.AppendHTML(nil, a)
	return string(b), err
}

// AppendHTML appends to dst what HTML returns. The site's pages splice the
// original into their front matter from a recycled buffer: at 10,000
// sources, a string for each was 120 MB of garbage.
func (r *Renderer) AppendHTML(dst []byte, a *doc.Annotated) ([]byte, error) {
	it, err := NewLexer(a).Tokenise(nil, a.Source.Text)
	if err != nil {
		return dst, fmt.Errorf("rendering the original of %s: %w", a.Source.File, err)
	}
	f := Formatter{firstLine: a.Source.FirstLine, m: r.m}
	return f.appendIterator(dst, it), nil
}

// style returns the chroma style the original uses: GitHub's, with the
// annotation token types made visible.
func style(dark bool) *chroma.Style {
	base, name := styles.Get("github"), "dossier-light"
	entries := chroma.StyleEntries{
		Name:   "bold #0a3069",
		Quote:  "#116329 bg:#eaf6ea",
		Date:   "#8250df underline",
		Outlet: "italic #953800",
	}
	if dark {
		base, name = styles.Get("github-dark"), "dossier-dark"
		entries = chroma.StyleEntries{
			Name:   "bold #a5d6ff",
			Quote:  "#7ee787 bg:#12261e",
			Date:   "#d2a8ff underline",
			Outlet: "italic #ffa657",
		}
	}
	b := base.Builder()
	b.AddAll(entries)
	s, err := b.Build()
	if err != nil { // the entries above are constants; a failure is a programming error
		panic(fmt.Sprintf("original: building style %s: %v", name, err))
	}
	return s
}

// WriteCSS writes the stylesheet for the original: the light style, and
// the dark one inside a prefers-color-scheme: dark media query.
func WriteCSS(w io.Writer) error {
	f := formatter()
	fmt.Fprintln(w, "/* Generated by the dossier generator from chroma's github styles; do not edit. */")
	if err := f.WriteCSS(w, style(false)); err != nil {
		return err
	}
	fmt.Fprintln(w, "@media (prefers-color-scheme: dark) {")
	if err := f.WriteCSS(w, style(true)); err != nil {
		return err
	}
	_, err := fmt.Fprintln(w, "}")
	return err
}
