package main

// The hostile corpus: sources that try to inject markup, links, scripts,
// shortcodes and templates into the site, and sources that are broken in
// every way a scraped file can be. See TestHostileCorpus, TestBadInputs and
// TestDeterministic.

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// hostileText is a body that tries everything at once. Each line is also
// checked to appear, literally, in the text of the source's page.
const hostileText = `Anna Berg met Tom Lee on Monday, March 1, 2021.

<script>alert("xss-script")</script>
<img src=x onerror="alert('xss-img')"> <iframe src="https://evil.example/"></iframe>
<b id="pwned">bold?</b> <svg onload=alert(1)></svg> <a href="javascript:alert(2)">click</a>
# Not a heading in a text file
---
[click me](javascript:alert('xss-link')) ![pixel](https://evil.example/p.png) <https://evil.example/auto>
| col a | col b |
|-------|-------|
<!-- a hidden comment -->
{{< highlight go >}}shortcode{{< /highlight >}} {{% notice %}}x{{% /notice %}}
{{ .Site.Title }} {{ range .Site.Pages }}{{ .Title }}{{ end }} {{/* comment */}}
&lt;entity&gt; &amp; &#x3C;script&#x3E; *emphasis* __strong__ ` + "`code`" + ` ~~strike~~

    indented code block

“<em>quoted markup</em>,” said Anna Berg. "{{< x >}}," Lee replied.
`

// hostileFront is front matter whose values carry the same payloads.
const hostileFront = `---
title: "<script>alert('xss-title')</script> {{< x >}} [t](javascript:alert(3)) {{ .Title }}"
outlet: "<b>Outlet</b> {{% y %}}"
published: 2021-03-02
url: "https://example.com/?q=<script>&x={{"
note: "<script>alert('xss-extra')</script>"
---
`

func TestHostileCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a site with Hugo")
	}
	root, stderr := hostileSite(t)
	if !strings.Contains(stderr, `unknown front matter field "note" (kept)`) {
		t.Errorf("no warning for the unknown field; stderr:\n%s", stderr)
	}
	site := readSite(t, filepath.Join(root, "public"))
	site.checkLinks(t)

	for p, b := range site.files {
		if !strings.HasSuffix(p, ".html") {
			if bytes.Contains(bytes.ToLower(b), []byte("<script")) {
				t.Errorf("%s carries a <script> tag", p)
			}
			continue
		}
		checkInert(t, p, b)
	}

	// The payloads are shown as text, literally.
	pages := 0
	for p := range site.files {
		if !strings.HasPrefix(p, "sources/") || p == "sources/index.html" || !strings.HasSuffix(p, "/index.html") {
			continue
		}
		pages++
		text := pageText(t, site.files[p])
		for _, line := range strings.Split(hostileText, "\n") {
			line = strings.TrimSpace(line)
			if line == "" || line == "---" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "|-") {
				continue // block structure (a Markdown heading, a rule) is layout, not text
			}
			if !strings.Contains(text, strings.Join(strings.Fields(line), " ")) {
				t.Errorf("%s: the text does not show %q literally", p, line)
			}
		}
	}
	if pages != 3 {
		t.Errorf("%d source pages; want 3", pages)
	}
	title := "<script>alert('xss-title')</script> {{< x >}} [t](javascript:alert(3)) {{ .Title }}"
	found := false
	for p, b := range site.files {
		if strings.HasSuffix(p, ".html") && strings.Contains(pageText(t, b), title) {
			found = true
		}
	}
	if !found {
		t.Errorf("no page shows the hostile title literally")
	}
}

// hostileSite builds the hostile corpus into a new site and returns its
// root and the generator's standard error.
func hostileSite(t *testing.T) (root, stderr string) {
	t.Helper()
	root = newSite(t)
	write := func(name, content string) {
		if err := os.WriteFile(filepath.Join(root, "sources", name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("hostile.txt", hostileFront+hostileText)
	write("hostile-md.md", "---\ntitle: Markdown source\npublished: 2021-03-03\n---\n# A heading <script>alert('xss-h')</script>\n\n"+hostileText)
	write("plain.txt", hostileText) // no front matter: the title comes from the text
	return root, generateSite(t, root)
}

// checkInert fails if the HTML page has an element, attribute or link
// that the hostile text could have injected: scripts, event handlers,
// javascript: links, frames, images, SVG, forms, or the marked elements.
func checkInert(t *testing.T, p string, b []byte) {
	t.Helper()
	node, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		t.Errorf("%s: %v", p, err)
		return
	}
	// The people graph and the time axis are the SVGs the generator draws:
	// an <svg class="graph"> or <svg class="axis"> of shapes, links to
	// people and to entries of the page, and text only.
	graphOK := map[string]bool{"g": true, "line": true, "circle": true, "rect": true, "a": true, "text": true, "title": true}
	var walk func(n *html.Node, annotated bool)
	walk = func(n *html.Node, annotated bool) {
		if n.Type == html.ElementNode && n.Data == "svg" && n.Namespace == "svg" && len(n.Attr) > 0 && n.Attr[0].Key == "class" && (n.Attr[0].Val == "graph" || n.Attr[0].Val == "axis") {
			var inGraph func(*html.Node)
			inGraph = func(n *html.Node) {
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					if c.Type == html.ElementNode && !graphOK[c.Data] {
						t.Errorf("%s: a drawn SVG has a <%s> element", p, c.Data)
					}
					if c.Type == html.ElementNode {
						for _, a := range c.Attr {
							if strings.HasPrefix(a.Key, "on") || a.Key == "style" || strings.Contains(a.Key, "href") && !strings.HasPrefix(a.Val, "/people/") && !strings.HasPrefix(a.Val, "#") {
								t.Errorf("%s: a drawn SVG's <%s> has %s=%q", p, c.Data, a.Key, a.Val)
							}
						}
					}
					inGraph(c)
				}
			}
			inGraph(n)
			return
		}
		if n.Type == html.ElementNode {
			switch {
			case isJSONLD(n): // schema.org data, checked by checkJSONLD (jsonld_test.go)
			case n.Data == "script":
				t.Errorf("%s: injected <%s> element", p, n.Data)
			}
			switch n.Data {
			case "iframe", "img", "svg", "math", "object", "embed", "form", "input", "base", "style", "frame":
				t.Errorf("%s: injected <%s> element", p, n.Data)
			case "table", "pre", "hr", "em", "strong", "b", "code", "del", "blockquote", "h1":
				// The layout uses these around the text (the original is a
				// table of lines); inside the annotated text they can only
				// have come from the source.
				if annotated {
					t.Errorf("%s: the annotated text has a <%s> element", p, n.Data)
				}
			}
			for _, a := range n.Attr {
				v := strings.ToLower(strings.TrimSpace(a.Val))
				switch {
				case strings.HasPrefix(a.Key, "on"):
					t.Errorf("%s: <%s> has an event handler %s=%q", p, n.Data, a.Key, a.Val)
				case (a.Key == "href" || a.Key == "src" || a.Key == "action") && (strings.HasPrefix(v, "javascript:") || strings.HasPrefix(v, "data:") || strings.HasPrefix(v, "vbscript:")):
					t.Errorf("%s: <%s %s=%q>", p, n.Data, a.Key, a.Val)
				case a.Key == "id" && a.Val == "pwned":
					t.Errorf("%s: injected element with id pwned", p)
				case (a.Key == "href" || a.Key == "src") && strings.Contains(v, "evil.example"):
					t.Errorf("%s: <%s %s=%q> came from the text", p, n.Data, a.Key, a.Val)
				case a.Key == "id" && a.Val == "annotated":
					annotated = true
				}
			}
		}
		if n.Type == html.CommentNode && strings.Contains(n.Data, "hidden comment") {
			t.Errorf("%s: the text's HTML comment became a comment", p)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, annotated)
		}
	}
	walk(node, false)
}

// pageText returns the text of an HTML page with blanks collapsed.
func pageText(t *testing.T, b []byte) string {
	t.Helper()
	node, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			sb.WriteString(n.Data)
		}
		if n.Type == html.ElementNode && (n.Data == "p" || n.Data == "li" || n.Data == "br" || n.Data == "div" || strings.HasPrefix(n.Data, "h")) {
			sb.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(node)
	return strings.Join(strings.Fields(sb.String()), " ")
}
