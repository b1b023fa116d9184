package dates

import "github.com/dossier/dossier/generator/internal/doc"

// InferPublished infers a publication date from the text when the front
// matter gives none, and says on what basis; "" when nothing supports one.
func InferPublished(src *doc.Source) (date, basis string) {
	return "", ""
}

// Merge merges the reports of all sources into events. personIDs[i][j] is the
// dossier-wide id of docs[i].People[j]. Events are sorted by date, then id.
func Merge(docs []*doc.Annotated, personIDs [][]string) []doc.EventEntry {
	return nil
}
