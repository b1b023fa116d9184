// Package annotate runs the annotators over one source, in order: people
// first (quotes and dates refer to them), then quotes and cited outlets,
// then dates and event reports.
package annotate

import (
	"github.com/dossier/dossier/generator/internal/annotate/dates"
	"github.com/dossier/dossier/generator/internal/annotate/people"
	"github.com/dossier/dossier/generator/internal/annotate/quotes"
	"github.com/dossier/dossier/generator/internal/doc"
)

// Source annotates src. It infers src.Published from the text when the front
// matter did not give it.
func Source(src *doc.Source, reg *people.Registry) *doc.Annotated {
	a := &doc.Annotated{Source: src}
	a.People, a.Mentions, a.Warnings = people.Find(src, reg)
	a.Quotes, a.Citations = quotes.Find(a)
	// The dates pass infers a missing publication date (neither people nor
	// quotes read it) from the tokens it reads the dates from.
	a.Dates, a.Reports = dates.FindInferring(a)
	return a
}
