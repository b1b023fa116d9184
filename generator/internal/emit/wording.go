package emit

import (
	"strings"
	"unicode"

	"github.com/dossier/dossier/generator/internal/doc"
)

// A wordRun is a stretch of one source's own wording of a quotation, as the
// quotes page prints it.
type wordRun struct {
	Op   string `json:"op"` // "same", "own" or "gap"
	Text string `json:"text"`
}

// The kinds of wordRun.
const (
	runSame = "same" // another wording of the quote has these words at this place
	runOwn  = "own"  // no other wording compared has them: this source's alone
	runGap  = "gap"  // "…": the source's words between two parts (an attribution) are left out
)

// maxCompared bounds how many other wordings one wording is compared
// with, so a quote repeated by thousands of sources costs a few diffs per
// wording, not one per pair.
const maxCompared = 16

// A wording is one source's words of a quotation: its parts' words, and
// before which words the source's text between two parts was left out.
type wording struct {
	words []string
	gapAt map[int]bool // word index → a gap comes before it
}

// newWording returns the wording of q in src. Two parts are joined by a gap
// when the text between them holds a word (an attribution, "he said"), and
// run on when it holds only quotation marks, punctuation and space (a
// quotation that continues in the next paragraph).
func newWording(src *doc.Source, q doc.Quote) wording {
	parts := q.Parts
	if len(parts) == 0 {
		parts = []doc.Span{q.Span}
	}
	w := wording{}
	for k, p := range parts {
		if k > 0 && hasLetter(src.Text[parts[k-1].End:p.Start]) {
			if w.gapAt == nil {
				w.gapAt = map[int]bool{}
			}
			w.gapAt[len(w.words)] = true
		}
		w.words = append(w.words, strings.Fields(src.Text[p.Start:p.End])...)
	}
	return w
}

func hasLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// text returns the wording as printed: words joined by spaces, a gap as "…".
func (w wording) text() string {
	var b strings.Builder
	for i, word := range w.words {
		if w.gapAt[i] {
			b.WriteString(" …")
		}
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(word)
	}
	return b.String()
}

// compareWordings returns, for each wording, its own words in runs: the
// words some other wording has at the same place (by wordDiff, which
// ignores case, punctuation and apostrophe style) are "same", the rest
// "own", with the gaps between parts where the source has them.
//
// Wordings that read alike word for word (as wordDiff reads them: case,
// punctuation and apostrophes aside) are compared once: a quote repeated
// by a thousand sources in a handful of wordings costs a handful of diffs,
// not a thousand. A wording that two sources share has every word "same"
// (another wording has it, at the same place); the others are each
// compared with at most maxCompared of the other distinct wordings.
func compareWordings(ws []wording) [][]wordRun {
	joined := make([]string, len(ws))
	keys := make([]string, len(ws))        // what a wording compares by
	first := make(map[string]int, len(ws)) // key → index in distinct
	var distinct []int                     // the first wording of each key
	copies := make([]int, 0, len(ws))      // by distinct key: how many wordings have it
	for k, w := range ws {
		joined[k] = strings.Join(w.words, " ")
		keys[k] = strings.Join(diffKeys(w.words), " ")
		if d, ok := first[keys[k]]; ok {
			copies[d]++
			continue
		}
		first[keys[k]] = len(distinct)
		distinct = append(distinct, k)
		copies = append(copies, 1)
	}
	sharedOf := make([][]bool, len(distinct))
	for d, k := range distinct {
		shared := make([]bool, len(ws[k].words))
		sharedOf[d] = shared
		if copies[d] > 1 {
			for i := range shared {
				shared[i] = true
			}
			continue
		}
		compared := 0
		for e, j := range distinct {
			if e == d || compared == maxCompared {
				continue
			}
			compared++
			at := 0 // the next word of ws[k]
			for _, op := range wordDiff(joined[j], joined[k]) {
				n := len(strings.Fields(op.Text))
				switch op.Kind {
				case diffEqual:
					for i := at; i < at+n && i < len(shared); i++ {
						shared[i] = true
					}
					at += n
				case diffInsert:
					at += n
				}
			}
		}
	}
	out := make([][]wordRun, len(ws))
	for k, w := range ws {
		shared := sharedOf[first[keys[k]]]
		var runs []wordRun
		for i, word := range w.words {
			if w.gapAt[i] {
				runs = append(runs, wordRun{Op: runGap, Text: "…"})
			}
			op := runOwn
			if shared[i] {
				op = runSame
			}
			if n := len(runs); n > 0 && runs[n-1].Op == op {
				runs[n-1].Text += " " + word
				continue
			}
			runs = append(runs, wordRun{Op: op, Text: word})
		}
		out[k] = runs
	}
	return out
}
