package dates

import "github.com/dossier/dossier/generator/internal/doc"

// LinkPersonIDs is link.LinkPeople's ids, [i][j] for docs[i].People[j],
// set by linkhook_test.go: package link imports this one, so only the
// external test package may import link, and this package's tests that
// merge reports with linked people reach it from there.
var LinkPersonIDs func(docs []*doc.Annotated) [][]string

// LinkMerge is link.PrepareEvents(docs).Merge(personIDs), the merging of
// reports into events across sources, set by linkhook_test.go.
var LinkMerge func(docs []*doc.Annotated, personIDs [][]string) ([]doc.EventEntry, [][]string)

// prepared is what Prepare returns: the documents, merged when Merge is
// called.
type prepared struct{ docs []*doc.Annotated }

// Prepare and Merge are link.PrepareEvents and PreparedEvents.Merge.
func Prepare(docs []*doc.Annotated) prepared { return prepared{docs} }

// Merge merges the prepared documents' reports into events.
func (p prepared) Merge(personIDs [][]string) ([]doc.EventEntry, [][]string) {
	return LinkMerge(p.docs, personIDs)
}
