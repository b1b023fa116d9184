package dates

import (
	"testing"

	"github.com/dossier/dossier/generator/internal/doc"
)

// TestTenseAtExpressionPastSentence keeps the shapes that made tenseAt
// slice past the end of a sentence: an embedded post's signature line whose
// date runs beyond the sentence the splitter gave it.
func TestTenseAtExpressionPastSentence(t *testing.T) {
	for _, text := range []string{
		"Ola Berg, who sat in the gallery, posted during the break:\n\nThe board has to explain those hours. The town is watching.\n— Ola Berg (@OlaBerg) September 19, 2023\n\n2:40 p.m.\nA council member spoke.",
		"We will be there.\n— Ada Lund (@adalund) March 3, 2021",
		"— Ada Lund (@adalund) March 3,\n2021",
	} {
		a := &doc.Annotated{Source: &doc.Source{ID: "t", Text: text, FirstLine: 1, Published: "2023-09-19"}}
		Find(a) // must not panic
		a.Source.Published = ""
		FindInferring(a)
	}
}
