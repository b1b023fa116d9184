package quotes

import (
	textlayer "github.com/dossier/dossier/generator/internal/text"
	"reflect"
	"testing"

	"github.com/dossier/dossier/generator/internal/doc"
)

// oldAppendCitations is appendCitations as it was before the cue words
// became word classes: it looks them up in the maps. It is the reference
// FuzzCitations holds appendCitations to.
func oldAppendCitations(cs []doc.Citation, text string, toks []token, a *doc.Annotated, l *lexicon) []doc.Citation {
	for i := 0; i < len(toks); i++ {
		if t := &toks[i]; t.kind != tWord || !t.cap {
			continue
		}
		name, end, known := matchOutlet(text, toks, i, l)
		if end == i {
			continue
		}
		prev, next := wordAt(toks, i-1), wordAt(toks, end)
		prev2 := wordAt(toks, i-2)
		if prev == "the" { // "according to the Springfield Herald"
			prev, prev2 = prev2, wordAt(toks, i-3)
		}
		cited := false
		switch {
		case prev == "to" && prev2 == "according":
			cited = true
		case citeBefore[prev] && (known.name != "" && (!known.ambiguous || strongBefore[prev]) || strongBefore[prev] && outletLike(toks[i:end], l) ||
			prev == "with" && prev2 == "interview" && outletLike(toks[i:end], l)):
			cited = prev != "to" || citeToVerb(prev2)
			if prev == "with" {
				cited = prev2 == "interview" || prev2 == "conversation" || prev2 == "sat" || prev2 == "spoke"
			}
			if prev == "by" {
				cited = prev2 == "obtained" || prev2 == "reported" || prev2 == "published" || prev2 == "first"
			}
		case citeAfter[next]:
			cited = known.name != "" || outletLike(toks[i:end], l)
			verb, k := next, end
			for citeAdverbs[verb] && k+1 < len(toks) {
				k++
				verb = wordAt(toks, k)
			}
			if citeAdverbs[verb] || !citeAfter[verb] {
				cited = false
			}
			if verb == "can" {
				cited = cited && (wordAt(toks, k+1) == "confirm" || wordAt(toks, k+1) == "reveal")
			}
		}
		if known.ambiguous && !(next == "reports" || next == "reported" || strongBefore[prev]) {
			cited = false
		}
		if !cited {
			if known.name != "" {
				i = end - 1 // a known outlet not cited here: skip its words
			}
			continue
		}
		cs = append(cs, doc.Citation{Span: doc.Span{Start: toks[i].start, End: toks[end-1].end}, Outlet: name})
		i = end - 1
	}
	return cs
}

// checkCitations tokenizes each paragraph of a's text as Find does and
// compares the citations appendCitations and oldAppendCitations find; it
// returns how many they found.
func checkCitations(t *testing.T, a *doc.Annotated) (found int) {
	t.Helper()
	l := lex()
	text := a.Source.Text
	reading := textlayer.Read(text)
	paras := paragraphs(reading)
	raw := pairQuotes(text, paras, l)
	nesting(raw)
	lc := &lowerer{l: l}
	for _, p := range paras {
		var top []int
		for k := range raw {
			if raw[k].depth == 0 && raw[k].outer.End > p.start && raw[k].outer.Start < p.end {
				top = append(top, k)
			}
		}
		toks := tokenize(reading, p, a.Mentions, raw, top, nil, lc)
		got, want := appendCitations(nil, text, toks, a, l), oldAppendCitations(nil, text, toks, a, l)
		for k := range got {
			// The old implementation records no provenance: compare
			// without it, and check every citation has its frame.
			if len(got[k].Why.Rules) != 2 || got[k].Why.Confidence == "" {
				t.Fatalf("citation %v: why %v", got[k], got[k].Why)
			}
			got[k].Why = doc.Why{}
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("paragraph %q: citations %v, want %v", text[p.start:p.end], got, want)
		}
		found += len(got)
	}
	return found
}

var citationCases = []string{
	"According to the Springfield Herald, it rained. A spokesman told KTLA that it did.",
	"TMZ however said so. TMZ has learned it. The Herald can confirm it. NPR can reveal more.",
	"In an interview with TheWrap, she spoke. He sat down with the BBC. It was obtained by Reuters.",
	"The Times reports that Roe left. Fox News reported it first. Per CNN, nothing. Speaking to The Sun, Roe said.",
}

func TestCitationsMatchOld(t *testing.T) {
	found := 0
	for _, text := range citationCases {
		found += checkCitations(t, annotate("c", text, "", testPeople))
	}
	for _, a := range benchDocs(t, 40) {
		found += checkCitations(t, a)
	}
	if found < 10 {
		t.Errorf("%d citations found: the comparison checks little", found)
	}
	t.Logf("%d citations", found)
}

// FuzzCitations holds appendCitations to oldAppendCitations on any text.
//
//	go test ./generator/internal/annotate/quotes -run '^$' -fuzz FuzzCitations -fuzztime 30s
func FuzzCitations(f *testing.F) {
	for _, s := range citationCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkCitations(t, annotate("f", text, "", testPeople))
	})
}
