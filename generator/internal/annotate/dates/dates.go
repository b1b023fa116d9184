// Package dates finds temporal expressions, normalizes them against the
// publication date, turns dated statements into event reports, and merges
// reports of the same happening across sources into events.
package dates

import "github.com/dossier/dossier/generator/internal/doc"

// InferPublished infers a publication date from the text when the front
// matter gives none, and says on what basis; "" when nothing supports one.
func InferPublished(src *doc.Source) (date, basis string) {
	return "", ""
}

// Find returns the temporal expressions of a (whose People and Mentions are
// found) and the event reports built on them, both in text order.
func Find(a *doc.Annotated) (dates []doc.Date, reports []doc.Report) {
	return nil, nil
}

// Merge merges the reports of all sources into events. personIDs[i][j] is the
// dossier-wide id of docs[i].People[j]. Events are sorted by date, then id.
func Merge(docs []*doc.Annotated, personIDs [][]string) []doc.EventEntry {
	return nil
}
