package emit

import (
	"reflect"
	"testing"

	"github.com/dossier/dossier/generator/internal/doc"
)

// Every paragraph's first line of the original leads back to its
// paragraph; a cited line inside a paragraph leads back to where that
// paragraph starts and is marked cited (a tab stop), once however often
// it is cited.
func TestBackLinks(t *testing.T) {
	src := &doc.Source{
		Text:      "First paragraph,\nits second line.\n\n- an item\n\nLast one\nwith a cited line.\n",
		FirstLine: 3,
	}
	got := backLinks(blocks(src, false), []int{4, 8, 4, 6})
	want := []backLink{
		{Line: 3, Para: 3},
		{Line: 4, Para: 3, Cited: true}, // inside the first paragraph, cited twice
		{Line: 6, Para: 6, Cited: true}, // a list item is a paragraph
		{Line: 8, Para: 8, Cited: true},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("backLinks =\n%+v\nwant\n%+v", got, want)
	}
	if got := backLinks(blocks(src, false), []int{1}); len(got) != 3 {
		t.Errorf("a cited line before the first paragraph: got %+v, want the three paragraph starts only", got)
	}
}
