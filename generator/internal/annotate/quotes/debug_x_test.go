package quotes

import (
	"fmt"
	textlayer "github.com/dossier/dossier/generator/internal/text"
	"os"
	"sort"
	"testing"

	"github.com/dossier/dossier/generator/internal/annotate/people"
	"github.com/dossier/dossier/generator/internal/doc"
)

func TestXDebug(t *testing.T) {
	f := os.Getenv("XDEV")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	src := &doc.Source{ID: "x", Text: string(b)}
	a := &doc.Annotated{Source: src}
	a.People, a.Mentions, _ = people.Find(src, nil)
	sort.SliceStable(a.Mentions, func(i, j int) bool { return a.Mentions[i].Start < a.Mentions[j].Start })
	raw := pairQuotes(src.Text, paragraphs(textlayer.Read(src.Text)), lex())
	info := describePeople(a, lex(), raw)
	for i, p := range a.People {
		fmt.Printf("%d %s %c %v\n", i, p.Name, info[i].gender, info[i].roles)
	}
	name := func(p int) string {
		if p < 0 {
			return "-"
		}
		return a.People[p].Name
	}
	qs, _ := Find(a)
	for _, q := range qs {
		fmt.Printf("Q %q %s %s %v\n", Text(src, q)[:min(40, len(Text(src, q)))], q.Kind, name(q.Speaker), q.Why)
	}
}

func TestXGroupDebug(t *testing.T) {
	if os.Getenv("XGRP") == "" {
		t.Skip()
	}
	c := loadCorpus(t)
	var docs []*doc.Annotated
	for _, file := range c.files {
		a := c.docs[file]
		a.Quotes, a.Citations = Find(a)
		docs = append(docs, a)
	}
	groups := Group(docs)
	for i, d := range docs {
		for j, q := range d.Quotes {
			sp := "-"
			if q.Speaker >= 0 {
				sp = d.People[q.Speaker].Name
			}
			fmt.Printf("%s %s | %s | %s | %q %v\n", d.Source.ID, groups[i][j], q.Kind, sp, Text(d.Source, q), q.Why.Rules)
		}
	}
}

func TestXSeedGroups(t *testing.T) {
	if os.Getenv("XSEED") == "" {
		t.Skip()
	}
	docs := loadSeeds(t)
	for _, a := range docs {
		a.Quotes, a.Citations = Find(a)
	}
	groups := Group(docs)
	for i, d := range docs {
		for j, q := range d.Quotes {
			if q.Kind != doc.Speech {
				continue
			}
			sp := "-"
			if q.Speaker >= 0 {
				sp = d.People[q.Speaker].Name
			}
			fmt.Printf("%s %s | %s | %.70q\n", d.Source.ID[:3], groups[i][j], sp, Text(d.Source, q))
		}
	}
}

func TestXSim(t *testing.T) {
	if os.Getenv("XSIM") == "" {
		t.Skip()
	}
	g := &grouper{ids: map[string]uint32{}}
	mk := func(s string) gitem {
		it := gitem{toks: normWords(words(s)), speaker: []string{"roe"}, unit: -1}
		g.fill(&it)
		return it
	}
	a, b := mk(os.Getenv("XA")), mk(os.Getenv("XB"))
	ok, sc := similar(&a, &b)
	fmt.Println(a.toks, b.toks, len(a.content), len(b.content), intersect(a.content, b.content), intersect(a.bigrams, b.bigrams), intersect(a.long, b.long), ok, sc)
}
