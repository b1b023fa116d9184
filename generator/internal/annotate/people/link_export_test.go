package people

import "github.com/dossier/dossier/generator/internal/doc"

// LinkPeople is link.LinkPeople, the linking of people across sources,
// set by linkhook_test.go: package link imports this one, so only the
// external test package may import link, and this package's tests of the
// linking (golden, evaluation, rules) reach it from there. It returns the
// ids ([i][j] for docs[i].People[j]), the entries' builder and the
// warnings.
var LinkPeople func([]*doc.Annotated, *Registry) (ids [][]string, entries func() []doc.PersonEntry, warnings []string)

// Linked is what LinkIDs returns: link.LinkedPeople's fields.
type Linked struct {
	IDs      [][]string
	Entries  func() []doc.PersonEntry
	Warnings []string
}

// LinkIDs links the people of docs across sources: link.LinkPeople.
func LinkIDs(docs []*doc.Annotated, reg *Registry) *Linked {
	ids, entries, warnings := LinkPeople(docs, reg)
	return &Linked{ids, entries, warnings}
}
