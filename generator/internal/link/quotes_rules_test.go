package link

import (
	"strings"
	"testing"
)

// TestQuoteGroupRules keeps two grouping rules, with invented articles: a
// saying quoted inside another speaker's quote right after a reporting
// verb ("They called the levy a tax on ordinary savers") is the same
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
			head("One", "2026-03-06") + "Judge Ada Lund called the levy \"a tax on ordinary savers\" and struck it down.\n",
			head("Two", "2026-03-10") + "\u201cThe judges saw it for what it was. They called the levy a tax on ordinary savers, and I agree,\u201d Ben Okoro wrote on his blog.\n",
		}, "a tax on ordinary savers", "The judges saw", [2]int{0, 1}, true},
		{"different-speakers-alike-words-stay-apart", []string{
			head("One", "2026-03-06") + "Judge Ada Lund called the levy \"a tax on ordinary savers\" and struck it down.\n",
			head("Two", "2026-03-10") + "\u201cThis is a tax on ordinary savers and I will repeal it,\u201d Ben Okoro wrote on his blog.\n",
		}, "a tax on ordinary savers", "This is a tax", [2]int{0, 1}, false},
		{"later-part-quoted-alone", []string{
			head("One", "2026-02-17") + "\"Everyone keeps asking me why the bridge is shut,\" Mayor Ada Lund said. \"It is shut because the cables have frayed. That is the whole story.\"\n",
			head("Two", "2026-02-23") + "Asked about it on the radio, Mayor Ada Lund said: \"The bridge is shut because the cables have frayed.\"\n",
		}, "Everyone keeps asking", "The bridge is shut", [2]int{0, 1}, false},
		{"later-part-quoted-alone-joins-that-part", []string{
			head("One", "2026-02-17") + "\"Everyone keeps asking me why the bridge is shut,\" Mayor Ada Lund said. \"It is shut because the cables have frayed. That is the whole story.\"\n",
			head("Two", "2026-02-23") + "Asked about it on the radio, Mayor Ada Lund said: \"The bridge is shut because the cables have frayed.\"\n",
		}, "It is shut because", "The bridge is shut", [2]int{0, 1}, true},
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
