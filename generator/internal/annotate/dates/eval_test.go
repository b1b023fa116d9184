package dates

import (
	"encoding/json"
	"github.com/dossier/dossier/generator/internal/annotate/people"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/dossier/dossier/generator/internal/doc"
)

// Targets on the evaluation corpus (testdata/).
const (
	targetExprP   = 0.90
	targetExprR   = 0.90
	targetNorm    = 0.95
	targetMergeF1 = 0.90
	targetMergeP  = 0.95 // merging different happenings is worse than leaving one split
)

type evalCorpus struct {
	Articles []struct {
		ID        string     `json:"id"`
		File      string     `json:"file"`
		Published string     `json:"published"`
		People    [][]string `json:"people"`
		Dates     []struct {
			Text      string `json:"text"`
			Value     string `json:"value"`
			Precision string `json:"precision"`
		} `json:"dates"`
	} `json:"articles"`
	Events []struct {
		Name    string   `json:"name"`
		Reports []string `json:"reports"`
	} `json:"events"`
}

// loadEval reads the evaluation corpus and annotates its people by hand
// (every listed form, longest first), as people.Find would.
func loadEval(tb testing.TB) (*evalCorpus, []*doc.Annotated, [][]string) {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "expected.json"))
	if err != nil {
		tb.Fatal(err)
	}
	var c evalCorpus
	if err := json.Unmarshal(b, &c); err != nil {
		tb.Fatalf("expected.json: %v", err)
	}
	var docs []*doc.Annotated
	var ids [][]string
	for _, art := range c.Articles {
		text, err := os.ReadFile(filepath.Join("testdata", art.File))
		if err != nil {
			tb.Fatal(err)
		}
		src := &doc.Source{ID: art.ID, File: art.File, Text: string(text), FirstLine: 1, Published: art.Published}
		a := &doc.Annotated{Source: src}
		var pid []string
		type form struct {
			s string
			p int
		}
		var forms []form
		for p, names := range art.People {
			a.People = append(a.People, doc.Person{Name: names[0], Aliases: names[1:]})
			pid = append(pid, people.Slug(names[0]))
			for _, n := range names {
				forms = append(forms, form{n, p})
			}
		}
		sort.SliceStable(forms, func(i, j int) bool { return len(forms[i].s) > len(forms[j].s) })
		taken := make([]bool, len(src.Text))
		for _, f := range forms {
			for off := 0; ; {
				i := strings.Index(src.Text[off:], f.s)
				if i < 0 {
					break
				}
				st, en := off+i, off+i+len(f.s)
				off = en
				if taken[st] || taken[en-1] {
					continue
				}
				for k := st; k < en; k++ {
					taken[k] = true
				}
				a.Mentions = append(a.Mentions, doc.Mention{Span: doc.Span{Start: st, End: en}, Person: f.p, Form: f.s})
			}
		}
		sort.Slice(a.Mentions, func(i, j int) bool { return a.Mentions[i].Start < a.Mentions[j].Start })
		docs = append(docs, a)
		ids = append(ids, pid)
	}
	return &c, docs, ids
}

func TestEvaluation(t *testing.T) {
	c, docs, ids := loadEval(t)
	var predicted, gold, matched, normOK int
	for i, art := range c.Articles {
		a := docs[i]
		a.Dates, a.Reports = Find(a)
		want := map[string]int{}
		for k, d := range art.Dates {
			want[d.Text] = k
		}
		got := map[string]bool{}
		for _, d := range a.Dates {
			text := a.Source.Slice(d.Span)
			predicted++
			k, ok := want[text]
			if !ok || got[text] {
				t.Logf("%s: extra expression %q -> %s %s", art.ID, text, d.Value, d.Precision)
				continue
			}
			got[text] = true
			matched++
			w := art.Dates[k]
			if d.Value == w.Value && string(d.Precision) == w.Precision {
				normOK++
			} else {
				t.Logf("%s: %q normalized to %s %s, want %s %s", art.ID, text, d.Value, d.Precision, w.Value, w.Precision)
			}
		}
		gold += len(art.Dates)
		for _, d := range art.Dates {
			if !got[d.Text] {
				t.Logf("%s: missed %q", art.ID, d.Text)
			}
		}
	}
	p := float64(matched) / float64(max(predicted, 1))
	r := float64(matched) / float64(max(gold, 1))
	norm := float64(normOK) / float64(max(matched, 1))

	// pairwise merge quality over the reports named in the gold events
	goldOf := map[string]int{}
	for e, ev := range c.Events {
		for _, r := range ev.Reports {
			goldOf[r] = e
		}
	}
	predOf := map[string]int{}
	for e, ev := range mergeEvents(docs, ids) {
		for _, r := range ev.Reports {
			key := r.Source + ":" + r.Text
			if _, ok := predOf[key]; !ok {
				predOf[key] = e
			}
		}
		t.Logf("event %s %s %s (%d reports, %d conflicts)", ev.ID, ev.Date, ev.Precision, len(ev.Reports), len(ev.Conflicts))
		for _, r := range ev.Reports {
			t.Logf("    %s %q %s: %s", r.Source, r.Text, r.Date, r.Summary)
		}
	}
	var keys []string
	for k := range goldOf {
		keys = append(keys, k)
		if _, ok := predOf[k]; !ok {
			t.Logf("gold report %q has no predicted report", k)
		}
	}
	sort.Strings(keys)
	var tp, fp, fn int
	for i := range keys {
		for j := i + 1; j < len(keys); j++ {
			pi, iok := predOf[keys[i]]
			pj, jok := predOf[keys[j]]
			same := iok && jok && pi == pj
			gsame := goldOf[keys[i]] == goldOf[keys[j]]
			switch {
			case same && gsame:
				tp++
			case same:
				fp++
				t.Logf("wrongly merged: %q + %q", keys[i], keys[j])
			case gsame:
				fn++
				t.Logf("not merged: %q + %q", keys[i], keys[j])
			}
		}
	}
	mp := float64(tp) / float64(max(tp+fp, 1))
	mr := float64(tp) / float64(max(tp+fn, 1))
	f1 := 0.0
	if mp+mr > 0 {
		f1 = 2 * mp * mr / (mp + mr)
	}
	t.Logf("temporal expressions: precision %.3f (%d/%d), recall %.3f (%d/%d); normalization accuracy %.3f (%d/%d)",
		p, matched, predicted, r, matched, gold, norm, normOK, matched)
	t.Logf("event merge (pairwise): precision %.3f, recall %.3f, F1 %.3f (tp %d, fp %d, fn %d)", mp, mr, f1, tp, fp, fn)
	if p < targetExprP || r < targetExprR || norm < targetNorm || f1 < targetMergeF1 || mp < targetMergeP {
		t.Errorf("below target: expression P %.3f (%.2f) R %.3f (%.2f), normalization %.3f (%.2f), merge F1 %.3f (%.2f) P %.3f (%.2f)",
			p, targetExprP, r, targetExprR, norm, targetNorm, f1, targetMergeF1, mp, targetMergeP)
	}
}

func BenchmarkFindAndMerge(b *testing.B) {
	_, docs, ids := loadEval(b)
	seeds, _ := filepath.Glob("../../../../sources/*.txt")
	for _, f := range seeds {
		text, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		body := string(text)
		if strings.HasPrefix(body, "---\n") {
			if end := strings.Index(body[4:], "\n---\n"); end >= 0 {
				body = body[4+end+5:]
			}
		}
		docs = append(docs, &doc.Annotated{Source: &doc.Source{ID: filepath.Base(f), Text: body, FirstLine: 1, Published: "2016-12-13"}})
		ids = append(ids, nil)
	}
	size := 0
	for _, a := range docs {
		size += len(a.Source.Text)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, a := range docs {
			a.Warnings = nil
			a.Dates, a.Reports = Find(a)
		}
		mergeEvents(docs, ids)
	}
}

func BenchmarkFind(b *testing.B) {
	_, docs, _ := loadEval(b)
	size := 0
	for _, a := range docs {
		size += len(a.Source.Text)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, a := range docs {
			a.Warnings = nil
			a.Dates, a.Reports = Find(a)
		}
	}
}
