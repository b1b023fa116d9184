package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"
)

// LockFile is the file, in the site root, that a run holds locked while it
// writes the root (content/, data/, the cache, public/), so that two
// generators never write one root at once. The lock is the system's
// (flock): a killed run's lock goes with its process.
const LockFile = ".dossier-lock"

// WarningsFile is where, in the site root, a run writes its full list of
// warnings when there are too many to print.
const WarningsFile = ".dossier-warnings.txt"

// maxPrintedWarnings is how many warnings are printed one per line; above
// it, the terminal gets a count by kind and the file the list.
const maxPrintedWarnings = 30

// errLocked is the error of a root another generator holds.
type errLocked struct {
	root string
	pid  int
}

func (e *errLocked) Error() string {
	if e.pid > 0 {
		return fmt.Sprintf("another generator (pid %d) is writing %s; wait for it to finish", e.pid, e.root)
	}
	return fmt.Sprintf("another generator is writing %s; wait for it to finish", e.root)
}

// lockRoot takes the root's lock, or fails at once naming the generator
// that holds it. unlock releases it.
func lockRoot(root string) (unlock func(), err error) {
	path := filepath.Join(root, LockFile)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("locking %s: %w", root, err)
	}
	if err := flock(f); err != nil {
		b, _ := io.ReadAll(io.LimitReader(f, 32))
		f.Close()
		if errors.Is(err, errWouldBlock) {
			pid, _ := strconv.Atoi(strings.TrimSpace(string(b)))
			return nil, &errLocked{root: root, pid: pid}
		}
		return nil, fmt.Errorf("locking %s: %w", root, err)
	}
	if err := f.Truncate(0); err == nil {
		f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	}
	return func() { f.Close() }, nil
}

// recoverPass turns a panic in a pass into a one-line error naming the
// pass (the innermost function of the generator's packages in the stack)
// and, where the pass knows it, the source. It must be deferred by the
// function that runs the passes, before anything is written: a panic
// never reaches the commit (emit writes only after every page rendered).
func recoverPass(err *error) {
	p := recover()
	if p == nil {
		return
	}
	where := ""
	for l := range strings.SplitSeq(string(debug.Stack()), "\n") {
		if i := strings.Index(l, "/generator/internal/"); i >= 0 && !strings.HasPrefix(l, "\t") && !strings.Contains(l, "/internal/parallel.") {
			where = " in " + strings.TrimSuffix(l[i+len("/generator/internal/"):], "(...)")
			if j := strings.IndexByte(where, '('); j > 0 {
				where = where[:j]
			}
			break
		}
	}
	msg := strings.Join(strings.Fields(fmt.Sprint(p)), " ")
	*err = fmt.Errorf("generator: internal error%s: %s (nothing was written; please report it with the source that triggers it)", where, msg)
}

// warningKind is a warning with what varies between warnings of one kind
// (the file and line it starts with, quoted text, numbers) taken out.
var (
	warningPlace  = regexp.MustCompile(`^(?:"(?:[^"\\]|\\.)*"|[^ :]+)(?::\d+)?: `)
	warningQuoted = regexp.MustCompile(`"(?:[^"\\]|\\.)*"`)
	warningNumber = regexp.MustCompile(`\d+`)
)

func warningKind(w string) string {
	k := warningPlace.ReplaceAllString(w, "")
	k = warningQuoted.ReplaceAllString(k, `"…"`)
	return warningNumber.ReplaceAllString(k, "N")
}

// reportWarnings prints the run's warnings: one a line when they are few;
// else a count by kind, most frequent first, with the full list written
// to ROOT/.dossier-warnings.txt. A run with few warnings removes the file
// an earlier run left.
func reportWarnings(root string, warnings []string, stderr io.Writer) {
	path := filepath.Join(root, WarningsFile)
	if len(warnings) <= maxPrintedWarnings {
		for _, w := range warnings {
			fmt.Fprintln(stderr, "warning:", w)
		}
		os.Remove(path)
		return
	}
	count := map[string]int{}
	for _, w := range warnings {
		count[warningKind(w)]++
	}
	kinds := make([]string, 0, len(count))
	for k := range count {
		kinds = append(kinds, k)
	}
	sort.Slice(kinds, func(a, b int) bool {
		if count[kinds[a]] != count[kinds[b]] {
			return count[kinds[a]] > count[kinds[b]]
		}
		return kinds[a] < kinds[b]
	})
	const shown = 10
	for i, k := range kinds {
		if i == shown {
			fmt.Fprintf(stderr, "warning: … and %d more kinds\n", len(kinds)-shown)
			break
		}
		fmt.Fprintf(stderr, "warning: %d× %s\n", count[k], k)
	}
	var b strings.Builder
	for _, w := range warnings {
		b.WriteString(w)
		b.WriteByte('\n')
	}
	tmp := path + ".tmp"
	err := os.WriteFile(tmp, []byte(b.String()), 0o644)
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		fmt.Fprintf(stderr, "warning: %d warnings; writing the list: %v\n", len(warnings), err)
		return
	}
	fmt.Fprintf(stderr, "warning: %d warnings in all; the full list is in %s\n", len(warnings), path)
}
