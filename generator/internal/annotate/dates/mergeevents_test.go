package dates

import "github.com/dossier/dossier/generator/internal/doc"

// mergeEvents is the whole merge as link runs it (link.PrepareEvents,
// then PreparedEvents.Merge, through the hooks of link_export_test.go),
// keeping the events.
func mergeEvents(docs []*doc.Annotated, personIDs [][]string) []doc.EventEntry {
	events, _ := Prepare(docs).Merge(personIDs)
	return events
}
