package link

import (
	"strings"
	"testing"
)

// TestQuoteGroupRules keeps two grouping rules, with invented articles: a
// saying quoted inside another speaker's quote right after a reporting
// verb ("It called this scheme a tax on ordinary savers") is the same
// utterance as the original speaker's (reported-inside-quote), though the
// speakers differ; and a quote alike on its own to the later part of a
// split quotation, sharing with the first part only its restated subject,
// quotes that part alone: the first part stays out of its group.
func TestQuoteGroupRules(t *testing.T) {
	head := func(title, pub string) string {
		return "---\ntitle: " + title + "\npublished: " + pub + "\n---\n"
	}
	tests := []struct {
		rule   string
		texts  []string
		a, b   string // the starts of two quotes
		source [2]int // the sources of a and b
		same   bool
	}{
		{"reported-inside-quote", []string{
			head("One", "2026-03-06") + "Writing for the court, Judge Ada Lund called the levy \"a tax on ordinary savers\" and struck it down.\n",
			head("Two", "2026-03-10") + "\u201cThe court was clear,\u201d Senator Ben Okoro told the chamber. \u201cIt called this scheme a tax on ordinary savers. The minister calls it prudence.\u201d\n",
		}, "a tax on ordinary savers", "It called this scheme", [2]int{0, 1}, true},
		{"different-speakers-alike-words-stay-apart", []string{
			head("One", "2026-03-06") + "Judge Ada Lund said the levy had become \"a tax on ordinary savers, paid by people who never chose it.\"\n",
			head("Two", "2026-03-10") + "\u201cThis is a tax on ordinary savers and I will repeal it,\u201d Senator Ben Okoro told the chamber.\n",
		}, "a tax on ordinary savers", "This is a tax", [2]int{0, 1}, false},
		{"later-part-quoted-alone", []string{
			head("One", "2026-02-17") + "\"People keep asking me why the ferry was late,\" Mayor Ada Lund said. \"It was late because the tide turned early. I will not pretend otherwise.\"\n",
			head("Two", "2026-02-23") + "Asked about it on the radio, Mayor Ada Lund said: \"The ferry was late because the tide turned early.\"\n",
		}, "People keep asking", "The ferry was late", [2]int{0, 1}, false},
		{"later-part-quoted-alone-joins-that-part", []string{
			head("One", "2026-02-17") + "\"People keep asking me why the ferry was late,\" Mayor Ada Lund said. \"It was late because the tide turned early. I will not pretend otherwise.\"\n",
			head("Two", "2026-02-23") + "Asked about it on the radio, Mayor Ada Lund said: \"The ferry was late because the tide turned early.\"\n",
		}, "It was late because", "The ferry was late", [2]int{0, 1}, true},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			g := build(t, tt.texts...)
			group := func(src int, start string) string {
				d := g.Docs[src]
				for _, q := range d.Quotes {
					if strings.HasPrefix(d.Source.Slice(q.Span), start) {
						return q.Group
					}
				}
				var all []string
				for _, q := range d.Quotes {
					all = append(all, d.Source.Slice(q.Span))
				}
				t.Fatalf("no quote %q in source %d: %q", start, src, all)
				return ""
			}
			ga, gb := group(tt.source[0], tt.a), group(tt.source[1], tt.b)
			if (ga == gb) != tt.same {
				t.Errorf("groups %q and %q: same = %v, want %v", ga, gb, ga == gb, tt.same)
			}
		})
	}
}
