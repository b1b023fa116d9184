package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sync"

	"github.com/dossier/dossier/generator/internal/annotate"
	"github.com/dossier/dossier/generator/internal/annotate/people"
	"github.com/dossier/dossier/generator/internal/cache"
	"github.com/dossier/dossier/generator/internal/doc"
)

// annotateCached annotates the sources on every core like annotateAll, but
// reuses the annotations cached under root for sources that have not
// changed (see package cache), stores the new ones, and prunes entries no
// source uses any more. With useCache false it annotates everything and
// touches no cache. It shows progress on a terminal. A cache that cannot
// be written is a warning, not an error.
func annotateCached(root string, sources []*doc.Source, reg *people.Registry, useCache bool, stderr io.Writer) []*doc.Annotated {
	var c *cache.Cache
	if useCache {
		registry, err := os.ReadFile(filepath.Join(root, "data", "people.yaml"))
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			fmt.Fprintln(stderr, "warning: annotation cache off:", err)
		} else if c, err = cache.Open(root, registry); err != nil {
			fmt.Fprintln(stderr, "warning: annotation cache off:", err)
			c = nil
		}
	}
	prog := startProgress(stderr, "annotating", len(sources))
	docs := make([]*doc.Annotated, len(sources))
	var (
		mu       sync.Mutex
		putError error
	)
	work := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				docs[i] = annotateOne(c, sources[i], reg, func(err error) {
					mu.Lock()
					putError = cmpOr(putError, err)
					mu.Unlock()
				})
				prog.Add(1)
			}
		}()
	}
	for i := range sources {
		work <- i
	}
	close(work)
	wg.Wait()
	prog.Finish()
	if c != nil {
		if putError != nil {
			fmt.Fprintln(stderr, "warning:", putError)
		}
		if _, err := c.Prune(); err != nil {
			fmt.Fprintln(stderr, "warning:", err)
		}
	}
	return docs
}

// annotateOne returns src's cached annotation, or annotates it and caches
// the result (reporting a failure to store it through fail).
func annotateOne(c *cache.Cache, src *doc.Source, reg *people.Registry, fail func(error)) *doc.Annotated {
	if c == nil {
		return annotate.Source(src, reg)
	}
	k := c.Key(src)
	if a, ok := c.Get(k, src); ok {
		return a
	}
	a := annotate.Source(src, reg)
	if err := c.Put(k, a); err != nil {
		fail(err)
	}
	return a
}

// cmpOr returns the first non-nil error.
func cmpOr(a, b error) error {
	if a != nil {
		return a
	}
	return b
}
