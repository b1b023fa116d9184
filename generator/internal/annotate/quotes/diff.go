package quotes

import "strings"

// DiffKind says how a run of words differs between two wordings.
type DiffKind string

// The kinds of diff run.
const (
	DiffEqual  DiffKind = "equal"  // in both wordings
	DiffInsert DiffKind = "insert" // only in the second wording
	DiffDelete DiffKind = "delete" // only in the first wording
)

// DiffOp is one run of words of a word-level difference.
type DiffOp struct {
	Kind DiffKind
	Text string // the words as written (the first wording's for equal runs), joined by spaces
}

// maxDiffCells bounds the dynamic-programming table; longer texts are shown
// as one deletion and one insertion around their common prefix and suffix.
const maxDiffCells = 1 << 20

// Diff returns a word-level difference between two wordings of a quote.
// Words compare without case, punctuation or apostrophe style, so "We’ve"
// equals "We've," and only real changes show.
func Diff(a, b string) []DiffOp {
	aw, bw := strings.Fields(a), strings.Fields(b)
	ak, bk := diffKeys(aw), diffKeys(bw)
	var ops []DiffOp
	emit := func(k DiffKind, w []string) {
		if len(w) == 0 {
			return
		}
		t := strings.Join(w, " ")
		if n := len(ops); n > 0 && ops[n-1].Kind == k {
			ops[n-1].Text += " " + t
			return
		}
		ops = append(ops, DiffOp{Kind: k, Text: t})
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
	emit(DiffEqual, aw[:p])
	am, bm := ak[p:len(ak)-s], bk[p:len(bk)-s]
	amw, bmw := aw[p:len(aw)-s], bw[p:len(bw)-s]
	if len(am)*len(bm) > maxDiffCells {
		emit(DiffDelete, amw)
		emit(DiffInsert, bmw)
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
				emit(DiffEqual, amw[i:i+1])
				i++
				j++
			case i < n && (j == m || at(i+1, j) >= at(i, j+1)):
				emit(DiffDelete, amw[i:i+1])
				i++
			default:
				emit(DiffInsert, bmw[j:j+1])
				j++
			}
		}
	}
	emit(DiffEqual, aw[len(aw)-s:])
	return ops
}

func diffKeys(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = strings.Join(words(w), "")
	}
	return out
}
