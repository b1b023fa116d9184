// Package build runs Hugo over the site root. Hugo is a tool dependency of
// the module (go.mod's tool directive), run as `go tool hugo`, never
// imported.
package build

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
)

// Options configures a Hugo run.
type Options struct {
	Root   string    // the site root: hugo.toml, content/, data/, layouts/
	Dest   string    // the output folder; replaced whole only when Hugo succeeds
	Stdout io.Writer // Hugo's output is streamed here (nil: discarded)
}

// Hugo builds the site from opts.Root into opts.Dest. It builds into a
// temporary folder beside Dest and swaps it in only on success, so a
// failed build leaves the previous site as it was. Any warning Hugo prints
// fails the build: a clean site builds without any.
func Hugo(ctx context.Context, opts Options) error {
	dest, err := filepath.Abs(opts.Dest)
	if err != nil {
		return err
	}
	root, err := filepath.Abs(opts.Root)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(dest), 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(filepath.Dir(dest), "."+filepath.Base(dest)+"-")
	if err != nil {
		return fmt.Errorf("hugo: %w", err)
	}
	defer os.RemoveAll(tmp)

	args := []string{"tool", "hugo", "build",
		"--source", root, "--destination", tmp, "--logLevel", "warn", "--noBuildLock"}
	if u := netlifyURL(os.Getenv); u != "" {
		args = append(args, "--baseURL", u+"/")
	}
	cmd := exec.CommandContext(ctx, "go", args...)
	out := opts.Stdout
	if out == nil {
		out = io.Discard
	}
	log := &logScanner{w: out}
	cmd.Stdout, cmd.Stderr = log, log
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("hugo failed: %w%s", err, log.summary())
	}
	if log.count > 0 {
		return fmt.Errorf("hugo printed %d warning(s); a clean site builds without any%s", log.count, log.summary())
	}
	old := dest + ".old"
	os.RemoveAll(old)
	if err := os.Rename(dest, old); err != nil && !os.IsNotExist(err) {
		return fmt.Errorf("replacing %s: %w", dest, err)
	}
	if err := os.Rename(tmp, dest); err != nil {
		os.Rename(old, dest)
		return fmt.Errorf("replacing %s: %w", dest, err)
	}
	return os.RemoveAll(old)
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
