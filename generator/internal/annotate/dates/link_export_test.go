package dates

import "github.com/dossier/dossier/generator/internal/doc"

// LinkPersonIDs is link.LinkPeople's ids, [i][j] for docs[i].People[j],
// set by linkhook_test.go: package link imports this one, so only the
// external test package may import link, and this package's tests that
// merge reports with linked people reach it from there.
var LinkPersonIDs func(docs []*doc.Annotated) [][]string
