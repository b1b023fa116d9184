// Generator builds the dossier site: it reads the source documents in
// sources/, annotates them (people, quotes, dates and events, cited
// outlets), links the annotations across sources, writes front-mattered
// Markdown into content/ and the annotation graph into data/dossier.json,
// and runs Hugo (go tool hugo) to render the site into public/.
//
// Usage:
//
//	go run ./generator [flags]
//
// The flags are:
//
//	-sources DIR
//		the folder of source files (.txt, .md); default "sources"
//	-root DIR
//		the site root holding content/, data/, layouts/ and hugo.toml; default "."
//	-build=false
//		stop after writing content/ and data/; do not run Hugo
//	-public DIR
//		where Hugo writes the site; default ROOT/public
//	-cache=false
//		annotate every source again instead of reusing ROOT/.dossier-cache
//	-serve
//		preview on localhost with live reload, regenerating when a source changes
//	-port N
//		the port of the -serve preview; default 1313
//	-review
//		print what a curator should check (low-confidence attributions,
//		ambiguous names, relative dates without a publication date,
//		conflicting dates, possible non-persons, unknown publication
//		dates), each with its one-line fix, and exit: nothing is written
//
// A problem with a source is reported as file:line: message, and nothing
// is written: the site from the previous run stays as it was.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/dossier/dossier/generator/internal/annotate/people"
	"github.com/dossier/dossier/generator/internal/build"
	"github.com/dossier/dossier/generator/internal/cache"
	"github.com/dossier/dossier/generator/internal/emit"
	"github.com/dossier/dossier/generator/internal/link"
	"github.com/dossier/dossier/generator/internal/load"
)

func main() {
	stop := tuneGC()
	code := run(context.Background(), os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// config is what the command line asks for.
type config struct {
	sources string
	root    string
	public  string
	build   bool
	cache   bool // reuse the annotations of unchanged sources (ROOT/.dossier-cache)
	serve   bool // preview with hugo server, regenerating on changes (serve.go)
	port    int  // the preview's port
	review  bool // print what a curator should check and exit (emit.WriteReview)
}

// usageError is an error in how the command was called (exit status 2).
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return &usageError{fmt.Sprintf(format, args...)}
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	var c config
	fs := flag.NewFlagSet("generator", flag.ContinueOnError)
	fs.StringVar(&c.sources, "sources", "sources", "the folder of source files (.txt, .md)")
	fs.StringVar(&c.root, "root", ".", "the site root holding content/, data/, layouts/ and hugo.toml")
	fs.StringVar(&c.public, "public", "", "where Hugo writes the site (default ROOT/public)")
	fs.BoolVar(&c.build, "build", true, "run Hugo after writing content/ and data/")
	fs.BoolVar(&c.cache, "cache", true, "reuse the cached annotations of unchanged sources (ROOT/.dossier-cache)")
	fs.BoolVar(&c.serve, "serve", false, "preview the site on localhost with live reload, regenerating when a source changes")
	fs.IntVar(&c.port, "port", 1313, "the port of the -serve preview")
	fs.BoolVar(&c.review, "review", false, "print what a curator should check, with the fixes, and exit without writing or building")
	// A mistake is one line (run prints it); only -h prints the usage.
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(stderr, "usage: go run ./generator [-sources DIR] [-root DIR] [-public DIR] [-build=false]")
			fs.SetOutput(stderr)
			fs.PrintDefaults()
			return c, err
		}
		return c, usagef("%v (-h lists the flags)", err)
	}
	if fs.NArg() > 0 {
		return c, usagef("unexpected argument %q", fs.Arg(0))
	}
	for _, d := range []string{c.root, c.sources} {
		if info, err := os.Stat(d); err != nil || !info.IsDir() {
			return c, usagef("%s is not a directory", d)
		}
	}
	if c.public == "" {
		c.public = filepath.Join(c.root, "public")
	}
	return c, nil
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	c, err := parseFlags(args, stderr)
	var usage *usageError
	switch {
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, &usage):
		fmt.Fprintf(stderr, "generator: %v\n", err)
		return 2
	case err != nil:
		fmt.Fprintf(stderr, "generator: %v\n", err)
		return 1
	}
	do := generate
	if c.serve {
		do = serve
	}
	if err := do(ctx, c, stdout, stderr); err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	return 0
}

// generate runs the passes in order: load → annotate → link → emit → build.
//
// It holds the root's lock throughout (guard.go), finishes or rolls back
// the commit of a run that was killed (emit.Recover), checks that Hugo can
// run before writing anything, and turns a panic in any pass into an
// error.
func generate(ctx context.Context, c config, stdout, stderr io.Writer) (err error) {
	defer recoverPass(&err)
	unlock, err := lockRoot(c.root)
	if err != nil {
		return err
	}
	defer unlock()
	hugoDir := ""
	if c.build {
		if hugoDir, err = build.Locate(c.root); err != nil {
			return err
		}
	}
	if err := emit.Recover(c.root); err != nil {
		return err
	}
	sources, warnings, err := load.Dir(c.root, c.sources)
	if err != nil {
		reportWarnings(c.root, warnings, stderr)
		return err
	}
	reg, err := people.LoadRegistry(filepath.Join(c.root, "data", "people.yaml"))
	if err != nil {
		return err
	}

	hugo := func() error {
		if !c.build {
			return nil
		}
		return build.Hugo(ctx, build.Options{Root: c.root, Dest: c.public, Stdout: stderr, Dir: hugoDir})
	}

	// With the cache, a run whose inputs are those of the last successful
	// run, and whose files are as that run left them, has nothing to do
	// (runstate.go).
	var fingerprint string
	if c.cache {
		fingerprint = runFingerprint(c, sources)
		if prev := cache.LoadRun(c.root); prev != nil && prev.Fingerprint == fingerprint && prev.Unchanged(c.root) {
			reportWarnings(c.root, prev.Warnings, stderr)
			fmt.Fprintf(stdout, "dossier: %s; nothing changed\n", prev.Summary)
			return hugo()
		}
		if err := cache.ForgetRun(c.root); err != nil {
			fmt.Fprintln(stderr, "warning:", err)
		}
	}

	docs, cached, err := annotateCached(c.root, sources, reg, c.cache, stderr)
	defer cached()
	if err != nil {
		return err
	}
	g := link.Link(docs, reg)
	warnings = append(warnings, g.Warnings...)
	reportWarnings(c.root, warnings, stderr)
	if c.review {
		return emit.WriteReview(stdout, g)
	}

	res, err := emit.Site(g, c.root)
	if err != nil {
		return err
	}
	if c.serve {
		nudgeHugo(c.root, res.Created, stderr)
	}
	summary := fmt.Sprintf("%d sources, %d people, %d quotes, %d events", len(docs), len(g.Dossier.People), len(g.Dossier.Quotes), len(g.Dossier.Events))
	fmt.Fprintf(stdout, "dossier: %s; %d files written, %d removed\n", summary, res.Written, res.Removed)
	cached()
	if c.cache {
		saveRun(c.root, fingerprint, summary, warnings, stderr)
	}
	return hugo()
}
