package emit

import (
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
//	[West](/people/kanye-west/ "person")             → a link to the person's page
//	[Tuesday](/timeline/#e-id "date 2016-12-13")     → <time datetime> linked to the event
//	[“Life.”](/quotes/#g-id "quote src-q3")          → <q> with speaker and "also reported by"
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
func markdownText(src *doc.Source, anns []annotation, markdown bool) string {
	var b strings.Builder
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
			escape(&b, src.Text[pos:start], false)
			b.WriteString("[")
			escape(&b, src.Text[start:end], false)
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
		escape(&b, src.Text[pos:bl.End], true)
	}
	b.WriteString("\n")
	return b.String()
}

// escape writes s so that Markdown (and Hugo) read it as plain text only:
// every ASCII punctuation character is backslash-escaped, which disarms
// emphasis, links, images, raw HTML, entities, tables, headings and Hugo
// shortcode delimiters; each line's leading and trailing blanks are
// dropped so no line becomes a code block or a hard break.
//
// last says whether s ends its block, so that trailing blanks are dropped;
// blanks before an annotation are kept.
func escape(b *strings.Builder, s string, last bool) {
	lineStart := false
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == '\n':
			b.WriteByte('\n')
			lineStart = true
		case r == ' ' || r == '\t' || r == '\u00a0' || (r < 0x20 && r != '\n'):
			if lineStart {
				continue
			}
			// Write one space only if something other than blanks follows on this line.
			j := i
			for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
				j++
			}
			if (j < len(s) && s[j] != '\n') || (j == len(s) && !last) {
				if r == '\u00a0' {
					b.WriteRune(r)
				} else {
					b.WriteByte(' ')
				}
			}
			i = j
		case r < utf8.RuneSelf && isPunct(byte(r)):
			b.WriteByte('\\')
			b.WriteByte(byte(r))
			lineStart = false
		case r == utf8.RuneError && n == 1:
			b.WriteRune('\uFFFD')
			lineStart = false
		default:
			b.WriteRune(r)
			lineStart = false
		}
	}
}

// isPunct reports whether c is ASCII punctuation (CommonMark's escapable set).
func isPunct(c byte) bool {
	switch {
	case '!' <= c && c <= '/', ':' <= c && c <= '@', '[' <= c && c <= '`', '{' <= c && c <= '~':
		return true
	}
	return false
}
