// Package build runs Hugo over the site root. Hugo is a tool dependency of
// the module (go.mod's tool directive), run as `go tool hugo`, never
// imported.
package build

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Options configures a Hugo run.
type Options struct {
	Root   string    // the site root: hugo.toml, content/, data/, layouts/
	Dest   string    // the output folder; replaced whole only when Hugo succeeds
	Stdout io.Writer // Hugo's output is streamed here (nil: discarded)
	Dir    string    // where to run `go tool hugo`: a folder of the module (see Module); "" is the current folder
	// Usage, when not nil, receives what the Hugo process used (for benchmarks).
	Usage *Usage
}

// Usage is what a Hugo run cost: its CPU time and the peak resident set
// size of the largest process (`go tool` and the Hugo it runs), where
// /usr/bin/time can report it.
type Usage struct {
	User, System time.Duration
	PeakRSS      int64 // bytes; 0 where the system does not report it
}

// Hugo builds the site from opts.Root into opts.Dest. It builds into a
// temporary folder beside Dest and swaps it in only on success, so a
// failed build leaves the previous site as it was. Any warning Hugo prints
// fails the build: a clean site builds without any.
//
// Pages dated in the future (a source published after the build day) and
// expired ones are built too: the dossier publishes every source.
//
// When Dest is a symbolic link (to a web root), the folder it points to is
// replaced and the link stays. The swap is one atomic exchange of the two
// folders where the system has it (Linux), so there is never a moment
// without a Dest. Once the new site is in place, failing to remove the old
// one (read-only files in it) is a warning: the build succeeded.
func Hugo(ctx context.Context, opts Options) error {
	dest, err := filepath.Abs(opts.Dest)
	if err != nil {
		return err
	}
	root, err := filepath.Abs(opts.Root)
	if err != nil {
		return err
	}
	if info, err := os.Lstat(dest); err == nil && info.Mode()&fs.ModeSymlink != 0 {
		target, err := filepath.EvalSymlinks(dest)
		if err != nil {
			return fmt.Errorf("hugo: %s is a symbolic link that does not resolve: %w", dest, err)
		}
		dest = target
	}
	if err := os.MkdirAll(filepath.Dir(dest), 0o755); err != nil {
		return err
	}
	removeLeftovers(dest)
	tmp, err := makeTemp(dest)
	if err != nil {
		return fmt.Errorf("hugo: %w", err)
	}
	defer removeAll(tmp)

	args := []string{"tool", "hugo", "build",
		"--source", root, "--destination", tmp, "--logLevel", "warn", "--noBuildLock",
		"--buildFuture", "--buildExpired"}
	if u := netlifyURL(os.Getenv); u != "" {
		args = append(args, "--baseURL", u+"/")
	}
	cmd := exec.CommandContext(ctx, "go", args...)
	if hugoCommand != nil {
		cmd = exec.CommandContext(ctx, hugoCommand[0], append(hugoCommand[1:], tmp)...)
	}
	cmd.Dir = opts.Dir
	cmd.Env = memoryLimits(os.Environ())
	var timed string // where /usr/bin/time writes Hugo's usage (see measured)
	if opts.Usage != nil {
		cmd, timed = measured(ctx, cmd, tmp)
		if timed != "" {
			defer os.Remove(timed)
		}
	}
	out := opts.Stdout
	if out == nil {
		out = io.Discard
	}
	log := &logScanner{w: out}
	cmd.Stdout, cmd.Stderr = log, log
	err = cmd.Run()
	if opts.Usage != nil && cmd.ProcessState != nil {
		*opts.Usage = usage(cmd.ProcessState, timed)
	}
	if err != nil {
		return fmt.Errorf("hugo failed: %w%s", err, log.summary())
	}
	if log.count > 0 {
		return fmt.Errorf("hugo printed %d warning(s); a clean site builds without any%s", log.count, log.summary())
	}
	old, err := publish(tmp, dest)
	if err != nil {
		return err
	}
	if old != "" && !removeOld(old) {
		fmt.Fprintf(out, "warning: the previous site, moved to %s, could not be removed entirely\n", old)
	}
	return nil
}

// Hugo's memory is bounded unless the environment says otherwise: Hugo
// keeps rendered content, parsed Markdown and unmarshalled data in caches
// it sizes to a quarter of the machine's memory (HUGO_MEMORYLIMIT, in GB),
// and Go lets the heap grow to twice what is live. On a big machine a big
// dossier then took gigabytes it did not need; on a small one (a CI
// runner) it would not fit. With these limits Hugo evicts from its caches
// earlier and the collector runs harder near the limit, for a few percent
// more CPU time (docs/benchmarks.md).
const (
	HugoCacheLimit = "0.5"     // HUGO_MEMORYLIMIT: Hugo's caches, GB
	HugoHeapLimit  = "1536MiB" // GOMEMLIMIT: Hugo's whole heap, a soft limit
)

// memoryLimits returns env with the defaults above for the variables it
// does not set.
func memoryLimits(env []string) []string {
	set := map[string]bool{}
	for _, kv := range env {
		if k, _, ok := strings.Cut(kv, "="); ok {
			set[k] = true
		}
	}
	if !set["HUGO_MEMORYLIMIT"] {
		env = append(env, "HUGO_MEMORYLIMIT="+HugoCacheLimit)
	}
	if !set["GOMEMLIMIT"] {
		env = append(env, "GOMEMLIMIT="+HugoHeapLimit)
	}
	return env
}

// makeTemp creates the folder Hugo builds into, beside dest, with the
// permissions of a folder made under the current umask (os.MkdirTemp
// would make it 0700, and the published site unreadable by a web server).
func makeTemp(dest string) (string, error) {
	for {
		tmp := filepath.Join(filepath.Dir(dest), tempPrefix(dest)+strconv.FormatUint(rand.Uint64(), 36))
		err := os.Mkdir(tmp, 0o777)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return tmp, err
	}
}

// publish puts the folder tmp in dest's place and returns where the
// previous dest now is ("" when there was none, or it is gone).
func publish(tmp, dest string) (string, error) {
	if _, err := os.Lstat(dest); err == nil {
		switch err := exchange(tmp, dest); {
		case err == nil:
			return tmp, nil
		case !errors.Is(err, errNoExchange):
			return "", fmt.Errorf("replacing %s: %w", dest, err)
		}
	}
	// No atomic exchange: two renames, with a moment without dest between
	// them.
	old := dest + ".old"
	removeAll(old)
	if err := os.Rename(dest, old); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return "", fmt.Errorf("replacing %s: %w", dest, err)
	}
	if err := os.Rename(tmp, dest); err != nil {
		os.Rename(old, dest)
		return "", fmt.Errorf("replacing %s: %w", dest, err)
	}
	return old, nil
}

// tempPrefix starts the names of the build folders beside dest.
func tempPrefix(dest string) string { return "." + filepath.Base(dest) + "-dossier-" }

// removeLeftovers removes the build folders of killed runs beside dest:
// those named by tempPrefix, and those of earlier versions (".public-"
// and digits, from os.MkdirTemp), and dest.old. The caller must be the
// only generator writing dest.
func removeLeftovers(dest string) {
	entries, _ := os.ReadDir(filepath.Dir(dest))
	old := "." + filepath.Base(dest) + "-"
	for _, e := range entries {
		name := e.Name()
		digits, isOld := strings.CutPrefix(name, old)
		ours := strings.HasPrefix(name, tempPrefix(dest)) ||
			isOld && digits != "" && strings.Trim(digits, "0123456789") == "" ||
			name == filepath.Base(dest)+".old"
		if ours && e.IsDir() {
			removeAll(filepath.Join(filepath.Dir(dest), name))
		}
	}
}

// removeAll removes a folder of ours, making read-only folders in it
// writable first if that is what stops it, and reports whether it is gone.
func removeAll(dir string) bool {
	if os.RemoveAll(dir) == nil {
		return true
	}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.IsDir() {
			os.Chmod(p, 0o700)
		}
		return nil
	})
	return os.RemoveAll(dir) == nil
}

// netlifyURL returns the address a Netlify build publishes to, so that
// the sitemap, canonical links and social previews are absolute: URL, the
// site's main address, in production, and DEPLOY_PRIME_URL, the deploy's
// own, in previews and branch deploys. Outside Netlify (NETLIFY unset) it
// returns "" and hugo.toml's relative baseURL applies.
func netlifyURL(getenv func(string) string) string {
	if getenv("NETLIFY") != "true" {
		return ""
	}
	u := getenv("URL")
	if p := getenv("DEPLOY_PRIME_URL"); p != "" && getenv("CONTEXT") != "production" {
		u = p
	}
	if !strings.HasPrefix(u, "https://") && !strings.HasPrefix(u, "http://") {
		return ""
	}
	return strings.TrimSuffix(u, "/")
}

// logScanner passes Hugo's output through, counting WARN and ERROR lines
// and keeping them for the error message.
type logScanner struct {
	mu      sync.Mutex
	w       io.Writer
	partial bytes.Buffer
	lines   []string
	count   int
}

func (l *logScanner) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.w.Write(p)
	l.partial.Write(p)
	for {
		line, err := l.partial.ReadString('\n')
		if err != nil {
			l.partial.Reset()
			l.partial.WriteString(line)
			return len(p), nil
		}
		if strings.HasPrefix(line, "WARN") || strings.HasPrefix(line, "ERROR") {
			l.count++
			l.lines = append(l.lines, strings.TrimSpace(line))
		}
	}
}

func (l *logScanner) summary() string {
	if len(l.lines) == 0 {
		return ""
	}
	return "\n\t" + strings.Join(l.lines, "\n\t")
}

// removeOld removes the previous site once the new one is in place
// (a variable so that tests can make it fail, as a read-only site would
// for a user who is not root).
var removeOld = removeAll

// hugoCommand, when set (by tests), runs instead of Hugo, with the
// destination folder as its last argument.
var hugoCommand []string

// errNoExchange is exchange's answer where folders cannot be swapped atomically.
var errNoExchange = errors.New("atomic exchange not supported")
