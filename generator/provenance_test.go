package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// attr returns the value of an attribute of n, and whether it has it.
func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// hasClass reports whether n has the class c.
func hasClass(n *html.Node, c string) bool {
	v, _ := attr(n, "class")
	for _, f := range strings.Fields(v) {
		if f == c {
			return true
		}
	}
	return false
}

// focusable reports whether n or an element inside it takes keyboard focus.
func focusable(n *html.Node) bool {
	if n.Type == html.ElementNode {
		if _, ok := attr(n, "tabindex"); ok {
			return true
		}
		if _, ok := attr(n, "href"); ok && n.Data == "a" {
			return true
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if focusable(c) {
			return true
		}
	}
	return false
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// checkProvenance checks every source page of a built site: each
// annotation sits in a span.ann with its note in data-why (the CSS
// tooltip), takes keyboard focus, says "(low confidence)" to screen
// readers when it is low, and has its footnote in the why list.
func checkProvenance(t *testing.T, s *site) (annotations int) {
	t.Helper()
	for p, b := range s.files {
		if !strings.HasPrefix(p, "sources/") || p == "sources/index.html" || !strings.HasSuffix(p, ".html") {
			continue
		}
		node, err := html.Parse(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		anns, notes := 0, 0
		var walk func(*html.Node)
		walk = func(n *html.Node) {
			if n.Type == html.ElementNode && n.Data == "span" && hasClass(n, "ann") && n.Parent != nil && !hasClass(n.Parent, "legend") {
				anns++
				if v, _ := attr(n, "data-why"); !strings.Contains(v, "confidence ") {
					t.Errorf("%s: annotation %q: data-why = %q", p, textOf(n), v)
				}
				if !focusable(n) {
					t.Errorf("%s: annotation %q takes no keyboard focus", p, textOf(n))
				}
				if hasClass(n, "low") != strings.Contains(textOf(n), "(low confidence)") {
					t.Errorf("%s: annotation %q: low confidence is not said to screen readers", p, textOf(n))
				}
			}
			if n.Type == html.ElementNode && n.Data == "li" {
				if id, _ := attr(n, "id"); strings.HasPrefix(id, "why-") {
					notes++
				}
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(node)
		if anns != notes {
			t.Errorf("%s: %d annotations, %d footnotes", p, anns, notes)
		}
		annotations += anns
	}
	return annotations
}

func TestProvenanceAndReview(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a site with Hugo")
	}
	root := newSite(t, fixtures(t, "internal/emit/testdata/sources")...)
	// An undated source, for the review.
	if err := os.WriteFile(filepath.Join(root, "sources", "undated.txt"), []byte("Harbor notes\n\nEngineer Cleo Varga inspected the pier on Tuesday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// -review prints and writes nothing.
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"-review", "-root", root, "-sources", filepath.Join(root, "sources")}, &stdout, &stderr)
	if code != 0 {
		t.Fatalf("-review: exit %d: %s", code, &stderr)
	}
	for _, want := range []string{"dossier review:", "== Unknown publication dates (", "sources/undated.txt: no publication date", "fix: sources/undated.txt, front matter: published: YYYY-MM-DD", "sources/undated.txt:3: “Tuesday” cannot be dated"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("-review output lacks %q:\n%s", want, &stdout)
		}
	}
	if _, err := os.Stat(filepath.Join(root, "content", "sources")); err == nil {
		t.Error("-review wrote content/")
	}
	if _, err := os.Stat(filepath.Join(root, "public")); err == nil {
		t.Error("-review built the site")
	}

	// A curator renames a person: the old URL must still lead to them.
	if err := os.MkdirAll(filepath.Join(root, "data"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "data", "people.yaml"), []byte("people:\n  - id: elena-m-ruiz\n    name: Elena M. Ruiz\n    aliases: [Elena Ruiz, Ruiz]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	generateSite(t, root)
	s := readSite(t, filepath.Join(root, "public"))
	s.mustHave(t, "people/elena-m-ruiz/index.html")
	if old := s.text(t, "people/elena-ruiz/index.html"); !isAlias([]byte(old)) || !strings.Contains(old, "/people/elena-m-ruiz/") {
		t.Errorf("the old URL of a renamed person does not redirect to the new one:\n%s", old)
	}
	s.mustHave(t, "review/index.html", "data/index.html", "dossier.json", "dossier.schema.json", "data/people.csv", "data/timeline.json")
	s.checkLinks(t)
	if n := checkProvenance(t, s); n == 0 {
		t.Error("no annotations with provenance")
	}
	review := s.text(t, "review/index.html")
	for _, want := range []string{"Unknown publication dates", "sources/undated.txt", "published: YYYY-MM-DD"} {
		if !strings.Contains(review, want) {
			t.Errorf("review page lacks %q", want)
		}
	}
	data := s.text(t, "data/index.html")
	for _, want := range []string{`href="/data/dossier.json"`, `href="/data/events.csv"`, `href="/timeline/dossier.ics"`, "KB"} {
		if !strings.Contains(data, want) {
			t.Errorf("data page lacks %q", want)
		}
	}
}
