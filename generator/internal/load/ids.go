package load

import (
	"github.com/dossier/dossier/generator/internal/doc"
	"github.com/dossier/dossier/generator/internal/slug"
)

// uniqueID returns id for s if no earlier source took it; otherwise id with
// the first six hex digits of the hash of s's bytes (then "-2", "-3"… in
// the unlikely case that is taken too). A source that shares another's
// date, outlet and title so gets an id from its own content, not from how
// many came before it: adding or removing one never renames another.
func uniqueID(id string, s *doc.Source, taken map[string]bool) string {
	if !taken[id] || len(s.Hash) < 6 {
		return slug.Unique(id, taken)
	}
	return slug.Unique(id+"-"+s.Hash[:6], taken)
}
