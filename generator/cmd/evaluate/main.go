// Evaluate scores a built dossier against hand-made gold, with the rules of
// the development set's reference scorer score.py (package
// generator/internal/eval documents them), and checks the figures against
// floors.
//
// Usage:
//
//	go run ./generator/cmd/evaluate [flags] DOSSIER.json GOLDDIR [CROSS.json]
//	go run ./generator/cmd/evaluate [flags] -build DEVSETDIR
//
// The first form scores an existing data/dossier.json against the
// *.gold.json files of GOLDDIR and, when given, the cross-article gold. The
// second copies DEVSETDIR/*.txt into a temporary site root (content/, data/,
// sources/), builds the generator of the module it is run in and runs it
// there with -build=false -cache=false, then scores the result against
// DEVSETDIR/gold and DEVSETDIR/gold/CROSS.json.
//
// The flags are:
//
//	-json
//		print a JSON object: "metrics" (score.py's --json object), "ours"
//		(pair precision) and, with -per-source, "articles"
//	-per-source
//		also print one row of counts and figures an article
//	-floors FILE
//		read "metric >= value" lines (and "metric <= value" for counts that
//		must not grow); exit 1 naming every metric past its bound
//	-exclude FILE[,FILE]
//		leave these articles (e.g. d06.txt) out of the gold, the cross gold
//		and, with -build, the build; may be repeated
//	-generator BIN
//		with -build, run this generator binary instead of building
//		./generator of the current module
//
// Figures are printed one "name: value" a line, sorted, as score.py prints
// them, then a summary line, then our extra figures under a comment line.
// The exit status is 0 when every floor holds, 1 when one does not or the
// generator fails, 2 on a usage or input error.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/dossier/dossier/generator/internal/eval"
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdout, os.Stderr))
}

// config is what the command line asks for.
type config struct {
	json      bool
	perSource bool
	floors    string
	exclude   []string
	build     string // devset folder, for -build
	generator string // generator binary, for -build
	dossier   string
	gold      string
	cross     string
}

// listFlag is a repeatable, comma-separated flag.
type listFlag struct{ list *[]string }

func (l listFlag) String() string {
	if l.list == nil {
		return ""
	}
	return strings.Join(*l.list, ",")
}

func (l listFlag) Set(s string) error {
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			*l.list = append(*l.list, f)
		}
	}
	return nil
}

// errUsage marks an error in how the command was called (exit status 2).
var errUsage = errors.New("usage")

func parseFlags(args []string, stderr io.Writer) (config, error) {
	var c config
	fs := flag.NewFlagSet("evaluate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.BoolVar(&c.json, "json", false, "print a JSON object")
	fs.BoolVar(&c.perSource, "per-source", false, "also print one row an article")
	fs.StringVar(&c.floors, "floors", "", "a file of `metric >= value` lines; exit 1 when one is not met")
	fs.Var(listFlag{&c.exclude}, "exclude", "articles to leave out (comma-separated file names, repeatable)")
	fs.StringVar(&c.build, "build", "", "build the devset in `DEVSETDIR` with the generator and score it")
	fs.StringVar(&c.generator, "generator", "", "with -build, the generator `binary` to run (default: build ./generator)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: evaluate [-json] [-per-source] [-floors FILE] [-exclude FILE,...] DOSSIER.json GOLDDIR [CROSS.json]")
		fmt.Fprintln(stderr, "       evaluate [-json] [-per-source] [-floors FILE] [-exclude FILE,...] [-generator BIN] -build DEVSETDIR")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return c, err
		}
		return c, fmt.Errorf("%w: %w", errUsage, err)
	}
	rest := fs.Args()
	switch {
	case c.build != "" && len(rest) > 0:
		return c, fmt.Errorf("%w: -build takes no arguments, got %q", errUsage, rest[0])
	case c.build != "":
		c.gold = filepath.Join(c.build, "gold")
		if _, err := os.Stat(filepath.Join(c.gold, "CROSS.json")); err == nil {
			c.cross = filepath.Join(c.gold, "CROSS.json")
		}
	case len(rest) < 2 || len(rest) > 3:
		fs.Usage()
		return c, fmt.Errorf("%w: want DOSSIER.json GOLDDIR [CROSS.json]", errUsage)
	default:
		c.dossier, c.gold = rest[0], rest[1]
		if len(rest) == 3 {
			c.cross = rest[2]
		}
	}
	return c, nil
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	c, err := parseFlags(args, stderr)
	switch {
	case errors.Is(err, flag.ErrHelp):
		return 0
	case err != nil:
		fmt.Fprintf(stderr, "evaluate: %v\n", err)
		return 2
	}
	code, err := evaluate(ctx, c, stdout, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "evaluate: %v\n", err)
	}
	return code
}

// evaluate does the work; it returns the exit status and the error behind
// a status other than 0.
func evaluate(ctx context.Context, c config, stdout, stderr io.Writer) (int, error) {
	var floors []eval.Floor
	if c.floors != "" {
		f, err := os.Open(c.floors)
		if err != nil {
			return 2, fmt.Errorf("floors: %w", err)
		}
		floors, err = eval.ParseFloors(f)
		f.Close()
		if err != nil {
			return 2, fmt.Errorf("%s: %w", c.floors, err)
		}
	}
	gold, err := eval.ReadGold(c.gold)
	if err != nil {
		return 2, err
	}
	var cross *eval.Cross
	if c.cross != "" {
		if cross, err = eval.ReadCross(c.cross); err != nil {
			return 2, err
		}
	}
	eval.Exclude(gold, cross, c.exclude)
	if c.build != "" {
		tmp, err := os.MkdirTemp("", "evaluate-")
		if err != nil {
			return 2, fmt.Errorf("temporary root: %w", err)
		}
		defer os.RemoveAll(tmp)
		if err := buildDevset(ctx, c, tmp, stderr); err != nil {
			return 1, err
		}
		c.dossier = filepath.Join(tmp, "data", "dossier.json")
	}
	d, err := eval.ReadDossier(c.dossier)
	if err != nil {
		return 2, err
	}
	res := eval.Score(d, gold, cross)
	if len(c.exclude) > 0 {
		fmt.Fprintf(stderr, "evaluate: excluded %s\n", strings.Join(c.exclude, ", "))
	}
	if c.json {
		err = res.WriteJSON(stdout, c.perSource)
	} else {
		err = res.WriteText(stdout)
		if err == nil && c.perSource {
			fmt.Fprintln(stdout)
			err = res.WriteTable(stdout)
		}
	}
	if err != nil {
		return 2, fmt.Errorf("write: %w", err)
	}
	broken, err := res.Check(floors)
	if err != nil {
		return 2, fmt.Errorf("%s: %w", c.floors, err)
	}
	if len(broken) > 0 {
		return 1, fmt.Errorf("below the floors of %s:\n  %s", c.floors, strings.Join(broken, "\n  "))
	}
	return 0, nil
}

// buildDevset copies the devset's articles (less the excluded ones) into
// root/sources, makes root/content and root/data, and runs the generator
// there without Hugo and without its cache.
func buildDevset(ctx context.Context, c config, root string, stderr io.Writer) error {
	for _, d := range []string{"content", "data", "sources"} {
		if err := os.MkdirAll(filepath.Join(root, d), 0o755); err != nil {
			return fmt.Errorf("temporary root: %w", err)
		}
	}
	articles, err := filepath.Glob(filepath.Join(c.build, "*.txt"))
	if err != nil {
		return fmt.Errorf("devset: %w", err)
	}
	if len(articles) == 0 {
		return fmt.Errorf("devset %s: no *.txt articles", c.build)
	}
	skip := map[string]bool{}
	for _, e := range c.exclude {
		skip[e] = true
	}
	copied := 0
	for _, a := range articles {
		if skip[filepath.Base(a)] {
			continue
		}
		copied++
		b, err := os.ReadFile(a)
		if err != nil {
			return fmt.Errorf("devset: %w", err)
		}
		if err := os.WriteFile(filepath.Join(root, "sources", filepath.Base(a)), b, 0o644); err != nil {
			return fmt.Errorf("temporary root: %w", err)
		}
	}
	gen := c.generator
	if gen == "" {
		gen = filepath.Join(root, "generator-bin")
		cmd := exec.CommandContext(ctx, "go", "build", "-o", gen, "./generator")
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("go build ./generator (run evaluate from the module root): %w\n%s", err, out)
		}
	}
	cmd := exec.CommandContext(ctx, gen, "-sources", filepath.Join(root, "sources"), "-root", root,
		"-build=false", "-cache=false")
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("the generator failed on the devset: %w\n%s", err, out)
	}
	warnings := strings.Count(string(out), "warning:")
	fmt.Fprintf(stderr, "evaluate: built %d articles (%d generator warnings)\n", copied, warnings)
	return nil
}
