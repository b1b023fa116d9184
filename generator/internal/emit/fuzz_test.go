package emit

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"golang.org/x/net/html"

	"github.com/dossier/dossier/generator/internal/doc"
)

// FuzzMarkdownText renders any source text (with a few annotations) to
// Markdown, checks that no Hugo shortcode or template delimiter survives,
// then renders the Markdown with goldmark — Hugo's renderer, with raw HTML
// off as in hugo.toml — and checks that the HTML holds only the elements
// the generator makes (p, a, ul, li, headings) and that its text is the
// source's words, so nothing in a source can become markup.
//
//	go test ./generator/internal/emit -run '^$' -fuzz FuzzMarkdownText -fuzztime 20000x
func FuzzMarkdownText(f *testing.F) {
	for _, s := range []string{
		"", "<script>alert(1)</script>", "[x](javascript:alert(1)) ![i](x.png) <http://a>",
		"{{< shortcode >}} {{% s %}} {{ .Site.Title }}", "# H\n---\n| a | b |\n|---|---|\n", "<!-- c -->",
		"    code\n\n```\nfence\n```", "&amp; &#60; &lt;", "- a\n* b\n1. c", "line  \nbreak\\\nx", "*a* __b__ `c` ~~d~~",
		"\u00a0\t \n\n\u00a0", "• item\n· item", "<", "\\", "a\\<b", "[", "{", "{{",
	} {
		f.Add(s, false, uint8(3))
	}
	gm := goldmark.New() // CommonMark; raw HTML is omitted (unsafe off), as in hugo.toml
	f.Fuzz(func(t *testing.T, text string, markdown bool, every uint8) {
		text = strings.ToValidUTF8(strings.ReplaceAll(text, "\r", "\n"), "\uFFFD")
		src := &doc.Source{ID: "f", Text: text, FirstLine: 1}
		// Annotate every n-th word, as names and dates are, so that link
		// text is fuzzed too.
		var anns []annotation
		if every > 0 {
			for i, w := range wordSpans(text) {
				if i%int(every) == 0 {
					anns = append(anns, annotation{Span: w, dest: "/people/x/", title: "person"})
				}
			}
		}
		md := markdownText(src, anns, markdown)
		for _, bad := range []string{"{{", "}}"} {
			if strings.Contains(md, bad) {
				t.Fatalf("Markdown of %q contains %q:\n%s", text, bad, md)
			}
		}
		var out bytes.Buffer
		if err := gm.Convert([]byte(md), &out); err != nil {
			t.Fatal(err)
		}
		node, err := html.Parse(&out)
		if err != nil {
			t.Fatal(err)
		}
		var got strings.Builder
		var walk func(*html.Node)
		walk = func(n *html.Node) {
			switch n.Type {
			case html.ElementNode:
				switch n.Data {
				case "html", "head", "body", "p", "ul", "li", "h2", "h3", "h4", "h5", "h6", "br":
				case "a":
					for _, a := range n.Attr {
						if a.Key == "href" && a.Val != "/people/x/" && !strings.HasPrefix(a.Val, "#L") {
							t.Fatalf("source text %q made a link to %q:\n%s", text, a.Val, md)
						}
					}
				default:
					t.Fatalf("source text %q made a <%s> element:\nMarkdown:\n%s\nHTML:\n%s", text, n.Data, md, out.String())
				}
			case html.TextNode:
				got.WriteString(n.Data)
				got.WriteByte(' ')
			case html.CommentNode:
				t.Fatalf("source text %q made an HTML comment", text)
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(node)
		// The words of the text come out as text, in order (the line
		// numbers of the block links are interleaved, so compare after
		// removing the words of the HTML that are not in the source).
		want := strings.Fields(strings.Map(visible, text))
		have := strings.Fields(strings.Map(visible, got.String()))
		k := 0
		for _, w := range have {
			if k < len(want) && w == want[k] {
				k++
			}
		}
		if k < len(want) {
			t.Fatalf("the words of %q did not all come out as text: lost %q\nMarkdown:\n%s\nHTML:\n%s", text, want[k], md, out.String())
		}
	})
}

// visible maps the characters the Markdown rendering may change
// (blanks, bullets, heading marks dropped as block structure) to spaces.
func visible(r rune) rune {
	switch {
	case r == utf8.RuneError, r == '\u00a0', r < 0x20, r == 0x7f:
		return ' '
	case strings.ContainsRune("•·–*-#▪◦", r):
		return ' '
	}
	return r
}

// wordSpans returns the spans of the blank-separated words of text.
func wordSpans(text string) []doc.Span {
	var out []doc.Span
	start := -1
	for i, r := range text {
		blank := r == ' ' || r == '\n' || r == '\t'
		switch {
		case blank && start >= 0:
			out = append(out, doc.Span{Start: start, End: i})
			start = -1
		case !blank && start < 0:
			start = i
		}
	}
	if start >= 0 {
		out = append(out, doc.Span{Start: start, End: len(text)})
	}
	return out
}
