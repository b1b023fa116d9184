package people_test

import (
	"github.com/dossier/dossier/generator/internal/annotate/people"
	"github.com/dossier/dossier/generator/internal/doc"
	"github.com/dossier/dossier/generator/internal/link"
)

// The tests of package people that link people across sources call
// link's linking through people.LinkPeople (link_export_test.go).
func init() {
	people.LinkPeople = func(docs []*doc.Annotated, reg *people.Registry) ([][]string, func() []doc.PersonEntry, []string) {
		l := link.LinkPeople(docs, reg)
		return l.IDs, l.Entries, l.Warnings
	}
}
