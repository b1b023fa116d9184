package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// isJSONLD reports whether n is a schema.org data block: a script element
// of type application/ld+json with no src, in the head. Such a block is
// data, not code (browsers never run it, and the site's CSP allows no
// scripts); checkJSONLD checks that its content is JSON.
func isJSONLD(n *html.Node) bool {
	if n.Data != "script" || n.Parent == nil || n.Parent.Data != "head" {
		return false
	}
	typ := ""
	for _, a := range n.Attr {
		switch a.Key {
		case "type":
			typ = a.Val
		default:
			return false
		}
	}
	return typ == "application/ld+json"
}

// jsonLDBlocks returns the decoded JSON-LD blocks of an HTML page, and
// fails on a script of any other kind or a block that is not JSON.
func jsonLDBlocks(t *testing.T, p string, b []byte) []map[string]any {
	t.Helper()
	node, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("%s: %v", p, err)
	}
	var out []map[string]any
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "script" {
			if !isJSONLD(n) {
				t.Errorf("%s: a script that is not a JSON-LD block in the head", p)
			}
			var text strings.Builder
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				text.WriteString(c.Data)
			}
			var v map[string]any
			if err := json.Unmarshal([]byte(text.String()), &v); err != nil {
				t.Errorf("%s: JSON-LD block: %v", p, err)
			}
			out = append(out, v)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(node)
	return out
}

// checkJSONLD parses every JSON-LD block of a built site and checks the
// kinds of thing each page describes: a NewsArticle on every source page,
// a Person on every person page, Events on the timeline, Quotations with
// their source and speaker.
func checkJSONLD(t *testing.T, s *site) {
	t.Helper()
	count := map[string]int{}
	for p, b := range s.files {
		if !strings.HasSuffix(p, ".html") {
			continue
		}
		types := map[string]bool{}
		for _, block := range jsonLDBlocks(t, p, b) {
			if block["@context"] != "https://schema.org" {
				t.Errorf("%s: @context = %v", p, block["@context"])
			}
			items := []any{block}
			if g, ok := block["@graph"].([]any); ok {
				items = g
			}
			for _, it := range items {
				m, _ := it.(map[string]any)
				typ, _ := m["@type"].(string)
				types[typ] = true
				count[typ]++
				if typ == "Quotation" {
					if based, _ := m["isBasedOn"].(map[string]any); based == nil || based["@id"] == nil || m["text"] == nil {
						t.Errorf("%s: Quotation without its text or source: %v", p, m)
					}
					if sp, ok := m["spokenByCharacter"].(map[string]any); ok && sp["name"] == "" {
						t.Errorf("%s: Quotation speaker without a name", p)
					}
				}
				if typ == "Event" && m["startDate"] == nil {
					t.Errorf("%s: Event without a startDate", p)
				}
			}
		}
		switch {
		case strings.HasPrefix(p, "sources/") && p != "sources/index.html" && !types["NewsArticle"]:
			t.Errorf("%s: no NewsArticle", p)
		case strings.HasPrefix(p, "people/") && p != "people/index.html" && !types["Person"] && !isAlias(b):
			t.Errorf("%s: no Person", p)
		case isTimelinePage(p, b) && !types["Event"]:
			t.Errorf("%s: no Event", p)
		}
	}
	if count["NewsArticle"] == 0 || count["Person"] == 0 {
		t.Errorf("JSON-LD found: %v", count)
	}
}

// isTimelinePage reports whether p lists events: the timeline, or, when
// it is split, one of its pages (the first then only links them).
func isTimelinePage(p string, b []byte) bool {
	if p == "timeline/index.html" {
		return !bytes.Contains(b, []byte(`<ul class="parts">`))
	}
	return strings.HasPrefix(p, "timeline/") && strings.Count(p, "/") == 2 && strings.HasSuffix(p, "/index.html")
}

// isAlias reports whether a page is one of Hugo's alias redirects.
func isAlias(b []byte) bool { return bytes.Contains(b, []byte(`http-equiv="refresh"`)) }

// TestJSONLDCannotBreakOut builds a source whose title, outlet and text
// try to close the JSON-LD script element and open one of their own.
func TestJSONLDCannotBreakOut(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a site with Hugo")
	}
	const payload = `</script><script>alert(1)</script>`
	root := newSite(t)
	src := "---\ntitle: \"Harbor vote " + payload + "\"\noutlet: \"Gazette " + payload + "\"\npublished: 2021-04-06\n---\n" +
		"Mayor Ada Lund met engineer Ben Okafor on Monday.\n\n“We will open the bridge " + payload + " in May,” Lund said.\n"
	if err := os.WriteFile(filepath.Join(root, "sources", "a.txt"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	generateSite(t, root)
	s := readSite(t, filepath.Join(root, "public"))
	checkJSONLD(t, s)
	found := false
	for p, b := range s.files {
		if !strings.HasSuffix(p, ".html") {
			continue
		}
		checkInert(t, p, b)
		for _, block := range jsonLDBlocks(t, p, b) {
			j, _ := json.Marshal(block)
			if strings.Contains(string(j), `Harbor vote \u003c/script\u003e`) {
				found = true // the title is in the block, as text
			}
		}
	}
	if !found {
		t.Error("no JSON-LD block holds the title")
	}
}
