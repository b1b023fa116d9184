package emit

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dossier/dossier/generator/internal/doc"
)

// The annotated text is Markdown in which every character of the source is
// escaped, so it can only ever be text, and every annotation is a Markdown
// link whose title names its kind. layouts/_markup/render-link.html turns
// each kind into its HTML:
//
//	[Lund](/people/ada-lund/ "person")               → a link to the person's page
//	[Tuesday](/timeline/#e-id "date 2021-03-09")     → <time datetime> linked to the event
//	[“Not yet.”](/quotes/#g-id "quote src-q3")       → <q> with speaker and "also reported by"
//	[12](#L12 "line")                                → the paragraph's line in the original
//
// Links cannot nest, so annotations never overlap: a quote wins over the
// names and dates inside it, then dates, then names.

// annotation is one inline mark in the annotated text.
type annotation struct {
	doc.Span
	dest  string // link destination
	title string // kind and data, read by the render hook
}

// block is a paragraph, list item or heading of the source text.
type block struct {
	doc.Span
	line    int    // file line of the block's first line
	prefix  string // Markdown block marker: "", "- ", "## "
	listing bool   // part of a list
}

// blocks splits text into paragraphs (separated by blank lines), bullet
// items (lines starting with •, ·, -, * or –) and, for Markdown sources,
// ATX headings.
func blocks(src *doc.Source, markdown bool) []block {
	var out []block
	text := src.Text
	var cur *block
	flush := func() {
		if cur != nil {
			out = append(out, *cur)
			cur = nil
		}
	}
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		line := text[start:end]
		trimmed := strings.TrimSpace(line)
		lead := start + strings.Index(line, trimmed) // where the content starts
		switch {
		case trimmed == "":
			flush()
		case bullet(trimmed) > 0:
			flush()
			skip := bullet(trimmed)
			out = append(out, block{Span: doc.Span{Start: lead + skip, End: end}, line: src.Line(start), prefix: "- ", listing: true})
		case markdown && heading(trimmed) > 0:
			flush()
			level := heading(trimmed)
			out = append(out, block{Span: doc.Span{Start: lead + level + 1, End: end}, line: src.Line(start), prefix: strings.Repeat("#", min(level+1, 6)) + " "})
		case cur == nil:
			cur = &block{Span: doc.Span{Start: lead, End: end}, line: src.Line(start)}
		default:
			cur.End = end
		}
		start = end + 1
	}
	flush()
	return out
}

// isMarkdown reports whether src is read as Markdown (its headings are
// headings), by its file name.
func isMarkdown(src *doc.Source) bool {
	return strings.HasSuffix(strings.ToLower(src.File), ".md")
}

// bullet reports the length of a leading bullet marker and its space, or 0.
func bullet(s string) int {
	r, n := utf8.DecodeRuneInString(s)
	switch r {
	case '•', '·', '-', '*', '–', '▪', '◦':
	default:
		return 0
	}
	if len(s) > n && (s[n] == ' ' || s[n] == '\t') {
		return n + 1
	}
	return 0
}

// heading reports the level of an ATX heading line ("## Title"), or 0.
func heading(s string) int {
	n := 0
	for n < len(s) && s[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n >= len(s) || s[n] != ' ' {
		return 0
	}
	return n
}

// markdownText renders the annotated text. anns must be disjoint and sorted.
func markdownText(src *doc.Source, anns []annotation, markdown bool, noted ...int) string {
	var b bytes.Buffer
	writeMarkdown(&b, src, anns, markdown, noted)
	return b.String()
}

// writeMarkdown writes what markdownText returns to b, whose buffer a
// page renderer reuses from page to page. noted lists, ascending, the first
// lines of the paragraphs followed by a note block ("> [!NOTE]"), which the
// blockquote render hook fills from the page's source.notes: source text
// is escaped, so these are the page's only blockquotes.
func writeMarkdown(b *bytes.Buffer, src *doc.Source, anns []annotation, markdown bool, noted []int) {
	// Escaping adds about one byte in ten, an annotation its link.
	b.Grow(len(src.Text) + len(src.Text)/8 + 100*len(anns))
	k := 0 // next annotation
	prevList := false
	for i, bl := range blocks(src, markdown) {
		if i > 0 {
			if bl.listing && prevList {
				b.WriteString("\n")
			} else {
				b.WriteString("\n\n")
			}
		}
		prevList = bl.listing
		b.WriteString(bl.prefix)
		b.WriteString("[")
		b.WriteString(strconv.Itoa(bl.line))
		b.WriteString("](#L")
		b.WriteString(strconv.Itoa(bl.line))
		b.WriteString(` "line") `)
		pos := bl.Start
		for k < len(anns) && anns[k].Start < bl.End {
			a := anns[k]
			start, end := max(a.Start, bl.Start), min(a.End, bl.End)
			if start < pos { // began in an earlier block; its rest starts here
				start = pos
			}
			if a.End <= bl.End {
				k++
			}
			if start >= end {
				if a.End > bl.End {
					break
				}
				continue
			}
			escape(b, src.Text[pos:start], false)
			b.WriteString("[")
			escape(b, src.Text[start:end], false)
			b.WriteString("](")
			b.WriteString(a.dest)
			b.WriteString(` "`)
			b.WriteString(a.title)
			b.WriteString(`")`)
			pos = end
			if a.End > bl.End {
				break
			}
		}
		escape(b, src.Text[pos:bl.End], true)
		if len(noted) > 0 && noted[0] == bl.line {
			noted = noted[1:]
			b.WriteString("\n\n> [!NOTE]\n> More in the dossier")
			prevList = false // the next item starts after the note, not in its quote
		}
	}
	b.WriteString("\n")
}

// escape writes s so that Markdown (and Hugo) read it as plain text only:
// every ASCII punctuation character is backslash-escaped, which disarms
// emphasis, links, images, raw HTML, entities, tables, headings and Hugo
// shortcode delimiters; each line's leading and trailing blanks are
// dropped so no line becomes a code block or a hard break.
//
// last says whether s ends its block, so that trailing blanks are dropped;
// blanks before an annotation are kept.
func escape(b *bytes.Buffer, s string, last bool) {
	lineStart := false
	run := 0 // start of the pending run of bytes that are written as they are
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(s[i:])
			if r != '\u00a0' && (r != utf8.RuneError || n > 1) {
				i += n // plain text: stays in the run
				lineStart = false
				continue
			}
			b.WriteString(s[run:i])
			i += n
			if r == utf8.RuneError {
				b.WriteRune('\uFFFD')
				lineStart = false
			} else {
				i = blank(b, s, i, last, lineStart, "\u00a0")
			}
			run = i
			continue
		}
		if c > ' ' && !isPunct(c) {
			i++
			lineStart = false
			continue
		}
		// One space between words is most of the blanks of a text; it
		// stays as it is (blank would write the same space).
		if c == ' ' && !lineStart && i+1 < len(s) && s[i+1] != ' ' && s[i+1] != '\t' && s[i+1] != '\n' {
			i++
			continue
		}
		b.WriteString(s[run:i])
		i++
		switch {
		case c == '\n':
			b.WriteByte('\n')
			lineStart = true
		case c < ' ' || c == ' ':
			i = blank(b, s, i, last, lineStart, " ")
		default: // ASCII punctuation
			b.WriteByte('\\')
			b.WriteByte(c)
			lineStart = false
		}
		run = i
	}
	b.WriteString(s[run:])
}

// blank handles a blank (space, tab, control character or no-break space)
// that ended at s[i]: none at the start of a line, and one (written as
// sp) only if something other than blanks follows on the line, or the
// text goes on after s (not last). It returns where the blanks end.
func blank(b *bytes.Buffer, s string, i int, last, lineStart bool, sp string) int {
	j := i
	for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
		j++
	}
	if !lineStart && ((j < len(s) && s[j] != '\n') || (j == len(s) && !last)) {
		b.WriteString(sp)
	}
	return j
}

// isPunct reports whether c is ASCII punctuation (CommonMark's escapable set).
func isPunct(c byte) bool {
	switch {
	case '!' <= c && c <= '/', ':' <= c && c <= '@', '[' <= c && c <= '`', '{' <= c && c <= '~':
		return true
	}
	return false
}
