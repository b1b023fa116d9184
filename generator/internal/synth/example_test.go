package synth_test

import (
	"fmt"

	"github.com/dossier/dossier/generator/internal/synth"
)

func ExampleCorpus() {
	files := synth.Corpus(synth.Options{N: 2, Seed: 1})
	fmt.Println(len(files), files[0].Name != files[1].Name)
	// Output: 2 true
}
