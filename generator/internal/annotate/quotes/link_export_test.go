package quotes

import "github.com/dossier/dossier/generator/internal/doc"

// LinkGroup is link.GroupQuotes, the grouping of quotes across sources,
// set by linkhook_test.go: package link imports this one, so only the
// external test package may import link, and this package's tests of the
// grouping (golden, seeds, evaluation) reach it from there.
var LinkGroup func([]*doc.Annotated) [][]string

// Group groups the quotes of docs across sources: link.GroupQuotes.
func Group(docs []*doc.Annotated) [][]string { return LinkGroup(docs) }
