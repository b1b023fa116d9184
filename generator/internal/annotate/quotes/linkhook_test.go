package quotes_test

import (
	"github.com/dossier/dossier/generator/internal/annotate/quotes"
	"github.com/dossier/dossier/generator/internal/link"
)

// The tests of package quotes that group quotes across sources call link's
// grouping through quotes.LinkGroup (link_export_test.go).
func init() { quotes.LinkGroup = link.GroupQuotes }
