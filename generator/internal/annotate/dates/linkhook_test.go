package dates_test

import (
	"github.com/dossier/dossier/generator/internal/annotate/dates"
	"github.com/dossier/dossier/generator/internal/doc"
	"github.com/dossier/dossier/generator/internal/link"
)

// The tests of package dates that need people linked across sources call
// link through the hooks of link_export_test.go.
func init() {
	dates.LinkPersonIDs = func(docs []*doc.Annotated) [][]string { return link.LinkPeople(docs, nil).IDs }
	dates.LinkMerge = func(docs []*doc.Annotated, personIDs [][]string) ([]doc.EventEntry, [][]string) {
		return link.PrepareEvents(docs).Merge(personIDs)
	}
}
