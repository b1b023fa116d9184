package emit

import (
	"strings"
	"unicode"
)

// diffKind says how a run of words differs between two wordings.
type diffKind string

// The kinds of diff run.
const (
	diffEqual  diffKind = "equal"  // in both wordings
	diffInsert diffKind = "insert" // only in the second wording
	diffDelete diffKind = "delete" // only in the first wording
)

// diffOp is one run of words of a word-level difference.
type diffOp struct {
	Kind diffKind
	Text string // the words as written (the first wording's for equal runs), joined by spaces
}

// maxDiffCells bounds the dynamic-programming table; longer texts are shown
// as one deletion and one insertion around their common prefix and suffix.
const maxDiffCells = 1 << 20

// wordDiff returns a word-level difference between two wordings of a quote.
// Words compare without case, punctuation or apostrophe style, so "We’ve"
// equals "We've," and only real changes show.
func wordDiff(a, b string) []diffOp {
	aw, bw := strings.Fields(a), strings.Fields(b)
	ak, bk := diffKeys(aw), diffKeys(bw)
	var ops []diffOp
	emit := func(k diffKind, w []string) {
		if len(w) == 0 {
			return
		}
		t := strings.Join(w, " ")
		if n := len(ops); n > 0 && ops[n-1].Kind == k {
			ops[n-1].Text += " " + t
			return
		}
		ops = append(ops, diffOp{Kind: k, Text: t})
	}
	// Common prefix and suffix.
	p := 0
	for p < len(ak) && p < len(bk) && ak[p] == bk[p] {
		p++
	}
	s := 0
	for s < len(ak)-p && s < len(bk)-p && ak[len(ak)-1-s] == bk[len(bk)-1-s] {
		s++
	}
	emit(diffEqual, aw[:p])
	am, bm := ak[p:len(ak)-s], bk[p:len(bk)-s]
	amw, bmw := aw[p:len(aw)-s], bw[p:len(bw)-s]
	if len(am)*len(bm) > maxDiffCells {
		emit(diffDelete, amw)
		emit(diffInsert, bmw)
	} else {
		// lcs[i][j] is the LCS length of am[i:] and bm[j:].
		n, m := len(am), len(bm)
		lcs := make([]int32, (n+1)*(m+1))
		at := func(i, j int) int32 { return lcs[i*(m+1)+j] }
		for i := n - 1; i >= 0; i-- {
			for j := m - 1; j >= 0; j-- {
				v := max(at(i+1, j), at(i, j+1))
				if am[i] == bm[j] {
					v = at(i+1, j+1) + 1
				}
				lcs[i*(m+1)+j] = v
			}
		}
		i, j := 0, 0
		for i < n || j < m {
			switch {
			case i < n && j < m && am[i] == bm[j]:
				emit(diffEqual, amw[i:i+1])
				i++
				j++
			case i < n && (j == m || at(i+1, j) >= at(i, j+1)):
				emit(diffDelete, amw[i:i+1])
				i++
			default:
				emit(diffInsert, bmw[j:j+1])
				j++
			}
		}
	}
	emit(diffEqual, aw[len(aw)-s:])
	return ops
}

func diffKeys(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = diffKey(w)
	}
	return out
}

// diffKey is the form a word compares by: its letters and digits, lower
// case; apostrophes (curly or straight) and other punctuation dropped.
func diffKey(w string) string {
	var b strings.Builder
	for _, r := range w {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}
