package main

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"os/signal"
	"path"
	"path/filepath"
	"strconv"
	"syscall"
	"time"

	"github.com/dossier/dossier/generator/internal/build"
	"github.com/dossier/dossier/generator/internal/load"
)

// pollInterval is how often -serve looks at the sources folder.
const pollInterval = 500 * time.Millisecond

// serve generates content/ and data/, runs `go tool hugo server` (which
// renders in memory and reloads open pages when content/ or data/ change)
// on localhost, and regenerates whenever a source file is added, removed or
// changed, until interrupted. A bad source is reported and the previous
// content stays, so the preview keeps working while the file is fixed.
func serve(ctx context.Context, c config, stdout, stderr io.Writer) error {
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()

	c.build = false
	regenerate := func() {
		if err := generate(ctx, c, stdout, stderr); err != nil {
			fmt.Fprintln(stderr, err)
			fmt.Fprintln(stderr, "serve: fix the source; the site shows the last good build")
		}
	}
	last, err := sourcesSignature(c.sources)
	if err != nil {
		return err
	}
	regenerate()

	root, err := filepath.Abs(c.root)
	if err != nil {
		return err
	}
	hugoDir, err := build.Locate(c.root)
	if err != nil {
		return err
	}
	// Hugo's server renders in memory but still writes some files (static
	// ones, the development build's) to its destination: give it a folder
	// of its own, so that ROOT/public stays the published site.
	preview, err := os.MkdirTemp("", "dossier-preview-")
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	defer os.RemoveAll(preview)
	hugo := exec.CommandContext(ctx, "go", "tool", "hugo", "server",
		"--source", root, "--destination", preview, "--buildFuture", "--buildExpired",
		"--bind", "127.0.0.1", "--port", strconv.Itoa(c.port),
		"--noBuildLock", "--logLevel", "warn", "--disableFastRender")
	hugo.Dir = hugoDir
	hugo.Stdout, hugo.Stderr = stdout, stderr
	hugo.Cancel = func() error { return hugo.Process.Signal(os.Interrupt) }
	hugo.WaitDelay = 5 * time.Second
	if err := hugo.Start(); err != nil {
		return fmt.Errorf("serve: starting hugo: %w", err)
	}
	fmt.Fprintf(stderr, "serve: http://127.0.0.1:%d/ — watching %s (Ctrl-C stops)\n", c.port, c.sources)
	exited := make(chan error, 1)
	go func() { exited <- hugo.Wait() }()

	tick := time.NewTicker(pollInterval)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			<-exited
			return nil
		case err := <-exited:
			if ctx.Err() != nil {
				return nil
			}
			return fmt.Errorf("serve: hugo server stopped: %w", cmpOr(err, errors.New("exited")))
		case <-tick.C:
			sig, err := sourcesSignature(c.sources)
			if err != nil {
				fmt.Fprintln(stderr, "serve:", err)
				continue
			}
			if sig != last {
				last = sig
				fmt.Fprintln(stderr, "serve: sources changed; regenerating")
				regenerate()
			}
		}
	}
}

// sourcesSignature digests the names, sizes and modification times of the
// source files: cheap enough to poll, and it changes when a file is added,
// removed, renamed or written.
func sourcesSignature(dir string) (uint64, error) {
	files, err := load.Files(dir)
	if err != nil {
		return 0, err
	}
	h := fnv.New64a()
	for _, f := range files {
		info, err := os.Stat(f)
		if err != nil {
			fmt.Fprintf(h, "%s\x00missing\x00", f)
			continue
		}
		fmt.Fprintf(h, "%s\x00%d\x00%d\x00", f, info.Size(), info.ModTime().UnixNano())
	}
	return h.Sum64(), nil
}

// nudgeHugo rewrites, in place and unchanged, the files a run created,
// after Hugo has taken in the run's batch of changes. Hugo's server
// (v0.165) reports a page that arrives by rename among other changes
// ("Source changed") but does not add it to the site; a later plain write
// to the file does. The generator moves files into place by rename (so a
// page is never seen half-written), hence the nudge.
func nudgeHugo(root string, created []string, stderr io.Writer) {
	if len(created) == 0 {
		return
	}
	// A page bundle's files (its original.txt) before its page: Hugo
	// rebuilds a page when its index.md is written, and must find the
	// page's resources there by then.
	ordered := make([]string, 0, len(created))
	for _, pages := range []bool{false, true} {
		for _, p := range created {
			if base := path.Base(p); (base == "index.md" || base == "_index.md") == pages {
				ordered = append(ordered, p)
			}
		}
	}
	go func() {
		time.Sleep(nudgeDelay)
		for _, p := range ordered {
			path := filepath.Join(root, filepath.FromSlash(p))
			b, err := os.ReadFile(path)
			if err == nil {
				err = os.WriteFile(path, b, 0o644)
			}
			if err != nil && !errors.Is(err, fs.ErrNotExist) {
				fmt.Fprintln(stderr, "warning: serve:", err)
			}
		}
	}()
}

// nudgeDelay is how long nudgeHugo waits: longer than Hugo's server takes to
// gather a batch of file events and rebuild a small site.
const nudgeDelay = 1500 * time.Millisecond
