package emit

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/dossier/dossier/generator/internal/doc"
)

// kwicWholeLine is kwic as it was, finding the ends of the whole line: the
// reference the bounded one must agree with.
func kwicWholeLine(src *doc.Source, sp doc.Span, width int) (before, after string) {
	text := src.Text
	ls := strings.LastIndexByte(text[:sp.Start], '\n') + 1
	le := strings.IndexByte(text[sp.End:], '\n')
	if le < 0 {
		le = len(text)
	} else {
		le += sp.End
	}
	before = text[ls:sp.Start]
	if len(before) > width {
		cut := len(before) - width
		if i := strings.IndexByte(before[cut:], ' '); i >= 0 {
			cut += i + 1
		}
		before = "…" + before[cut:]
	}
	after = text[sp.End:le]
	if len(after) > width {
		cut := width
		if i := strings.LastIndexByte(after[:cut], ' '); i > 0 {
			cut = i
		}
		after = after[:cut] + "…"
	}
	return strings.TrimLeft(before, " \t"), strings.TrimRight(after, " \t")
}

func TestKWICAgrees(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	alphabet := "ab \n\t"
	for trial := range 5000 {
		b := make([]byte, r.IntN(120))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		src := &doc.Source{Text: string(b)}
		start := r.IntN(len(b) + 1)
		sp := doc.Span{Start: start, End: start + r.IntN(len(b)-start+1)}
		width := r.IntN(20)
		gb, ga := kwic(src, sp, width)
		wb, wa := kwicWholeLine(src, sp, width)
		if gb != wb || ga != wa {
			t.Fatalf("trial %d: kwic(%q, %v, %d) = %q, %q; want %q, %q", trial, b, sp, width, gb, ga, wb, wa)
		}
	}
}

// BenchmarkKWICLongLine takes 10,000 contexts on one 2 MB line; a kwic
// that scans the whole line for each took seconds (go test
// ./generator/internal/emit -run '^$' -bench KWICLongLine).
func BenchmarkKWICLongLine(b *testing.B) {
	src := &doc.Source{Text: strings.Repeat("Ada Lund met Tom Lee. ", 100_000)}
	for b.Loop() {
		for k := range 10_000 {
			off := k * 22 * 10
			kwic(src, doc.Span{Start: off, End: off + 8}, 70)
		}
	}
}
