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

// annotateCached annotates the sources on every core (the result keeps
// the sources' order, so the output does not depend on scheduling) and
// reuses the annotations cached under root for sources that have not
// changed (see package cache), stores the new ones, and prunes entries no
// source uses any more. With useCache false it annotates everything and
// touches no cache. It shows progress on a terminal. A cache that cannot
// be written is a warning, not an error.
//
// New entries are encoded where they are annotated, before the caller
// links them (link writes its resolved ids onto the annotations, which
// must not reach the cache), and written by a goroutine of their own while
// the caller goes on linking and emitting (creating thousands of small
// files is slow on some file systems); finish waits for it, prunes the
// cache and reports any failure.
//
// An annotator's internal error on a source (a panic turned into an error
// by annotate.Source) is returned, the first in file order, after the other
// sources are done.
func annotateCached(root string, sources []*doc.Source, reg *people.Registry, useCache bool, stderr io.Writer) (docs []*doc.Annotated, finish func(), err error) {
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
	docs = make([]*doc.Annotated, len(sources))
	errs := make([]error, len(sources))
	var putError error
	type put struct {
		k   cache.Key
		e   cache.Encoded
		err error // from encoding: not written, reported
	}
	puts := make(chan put, 256)
	written := make(chan struct{})
	go func() {
		defer close(written)
		for p := range puts {
			err := p.err
			if err == nil {
				err = c.Write(p.k, p.e)
			}
			if err != nil {
				putError = cmpOr(putError, err)
			}
		}
	}()
	work := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				docs[i], errs[i] = annotateOne(c, sources[i], reg, func(k cache.Key, e cache.Encoded, err error) { puts <- put{k, e, err} })
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
	close(puts)
	finish = sync.OnceFunc(func() {
		<-written
		if c != nil {
			if putError != nil {
				fmt.Fprintln(stderr, "warning:", putError)
			}
			if _, err := c.Prune(); err != nil {
				fmt.Fprintln(stderr, "warning:", err)
			}
		}
	})
	return docs, finish, firstError(errs)
}

// firstError returns the first non-nil error of errs, or nil.
func firstError(errs []error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// annotateOne returns src's cached annotation, or annotates it and hands
// the result, encoded (or the encoding's error), to store, to be cached.
func annotateOne(c *cache.Cache, src *doc.Source, reg *people.Registry, store func(cache.Key, cache.Encoded, error)) (*doc.Annotated, error) {
	if c == nil {
		return annotate.Source(src, reg)
	}
	k := c.Key(src)
	if a, ok := c.Get(k, src); ok {
		return a, nil
	}
	a, err := annotate.Source(src, reg)
	if err != nil {
		return nil, err
	}
	e, err := c.Encode(a)
	store(k, e, err)
	return a, nil
}

// cmpOr returns the first non-nil error.
func cmpOr(a, b error) error {
	if a != nil {
		return a
	}
	return b
}
