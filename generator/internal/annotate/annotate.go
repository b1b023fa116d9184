// Package annotate reads a source once (package text: lines and their
// roles, paragraphs, sentences, tokens) and runs the annotators over that
// reading, in order: people first (quotes and dates refer to them), then
// quotes and cited outlets, then dates and event reports; a citation of
// the source's own outlet is then dropped.
//
// An annotator that panics on a source does not take the run down with a
// stack trace: Source returns an error naming the source and the
// annotator ("sources/x.txt: internal error in dates: …"), so the caller
// can stop before anything is written.
package annotate

import (
	"fmt"

	"github.com/dossier/dossier/generator/internal/annotate/dates"
	"github.com/dossier/dossier/generator/internal/annotate/people"
	"github.com/dossier/dossier/generator/internal/annotate/quotes"
	"github.com/dossier/dossier/generator/internal/doc"
	"github.com/dossier/dossier/generator/internal/slug"
	"github.com/dossier/dossier/generator/internal/text"
)

// Source annotates src. The annotation's Published and Outlet are src's
// own, or inferred from the text when the front matter did not give them
// (src is left as loaded).
func Source(src *doc.Source, reg *people.Registry) (a *doc.Annotated, err error) {
	a = &doc.Annotated{Source: src, Published: src.Published, PublishedBasis: src.PublishedBasis,
		Outlet: src.Outlet, OutletBasis: src.OutletBasis}
	if err := guard(src, "text", func() { a.Reading = text.Read(src.Text) }); err != nil {
		return nil, err
	}
	if err := guard(src, "people", func() { a.People, a.Mentions, a.Warnings = people.FindReading(src, a.Reading, reg) }); err != nil {
		return nil, err
	}
	if err := guard(src, "quotes", func() { a.Quotes, a.Citations = quotes.Find(a) }); err != nil {
		return nil, err
	}
	// The dates pass infers a missing publication date and outlet (neither
	// people nor quotes read them) from the tokens it reads the dates from.
	if err := guard(src, "dates", func() { a.Dates, a.Reports = dates.FindInferring(a) }); err != nil {
		return nil, err
	}
	a.Citations = dropOwnOutlet(a.Citations, a.Outlet)
	// The reading served the annotators; no later pass reads it, and kept
	// for every source it would hold the tokens of the whole corpus (about
	// eight times the text) until the run ends.
	a.Reading = nil
	return a, nil
}

// dropOwnOutlet removes the citations of the source's own outlet: "the
// mayor told the Gazette" in the Gazette is how it says it asked, not a
// source of information it cites. Names fold as the outlets page folds
// them (slug.Outlet). The outlet is known
// only after the dates pass, which may infer it from the text.
func dropOwnOutlet(cs []doc.Citation, outlet string) []doc.Citation {
	own := slug.Outlet(outlet)
	if own == "" {
		return cs
	}
	kept := cs[:0]
	for _, c := range cs {
		if slug.Outlet(c.Outlet) != own {
			kept = append(kept, c)
		}
	}
	if len(kept) == 0 {
		return nil
	}
	return kept
}

// guard runs one annotator and turns a panic into an error naming the
// source and the annotator.
func guard(src *doc.Source, pass string, f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: internal error in %s: %v", src.File, pass, r)
		}
	}()
	f()
	return nil
}
