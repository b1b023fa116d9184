package dates

import "github.com/dossier/dossier/generator/internal/doc"

// mergeEvents is the whole merge as link runs it: Prepare, then
// Prepared.Merge, keeping the events.
func mergeEvents(docs []*doc.Annotated, personIDs [][]string) []doc.EventEntry {
	events, _ := Prepare(docs).Merge(personIDs)
	return events
}
