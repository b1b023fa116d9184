package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/dossier/dossier/generator/internal/cache"
	"github.com/dossier/dossier/generator/internal/doc"
	"github.com/dossier/dossier/generator/internal/emit"
)

// A rebuild with nothing changed: generate records, after every
// successful run with the cache, a fingerprint of the run's inputs (the
// generator, the registry, every source's path, id, hash and date) and
// the size and modification time of every file it generated
// (cache.RunFile). The next run loads the sources (it must read them to
// know they are unchanged), and if the fingerprint is the same and every
// generated file is as recorded, it skips annotating, linking and
// emitting: the output is deterministic, so they would write the same
// bytes. Anything else — a source or the registry changed, a generated
// file edited, removed or touched, another generator — runs as usual.

// runFingerprint is the fingerprint of a run of c over sources.
func runFingerprint(c config, sources []*doc.Source) string {
	registry, _ := os.ReadFile(filepath.Join(c.root, "data", "people.yaml")) // absent: nil
	dir, err := filepath.Abs(c.sources)
	if err != nil {
		dir = c.sources
	}
	return cache.Fingerprint(registry, sources, "sources="+dir)
}

// saveRun records a successful run; failing to is a warning (the next run
// then does all its work).
func saveRun(root, fingerprint, summary string, warnings []string, stderr io.Writer) {
	err := func() error {
		paths, err := emit.Generated(root)
		if err != nil {
			return err
		}
		files, err := cache.Stat(root, paths)
		if err != nil {
			return err
		}
		if warnings == nil {
			warnings = []string{}
		}
		return cache.SaveRun(root, &cache.Run{Fingerprint: fingerprint, Summary: summary, Warnings: warnings, Files: files})
	}()
	if err != nil {
		fmt.Fprintln(stderr, "warning: recording the run:", err)
	}
}
