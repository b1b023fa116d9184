package emit

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Manifest is the file, relative to the site root, that lists every file
// the last run generated. Only files listed there are ever replaced or
// removed; anything else (a hand-written content/_index.md) is never touched.
// Hugo ignores files whose names start with a dot, so it stays out of the site.
const Manifest = "content/.generated"

// owned are the folders generated files may live in.
var owned = []string{"content/", "data/", "assets/"}

// Write makes the files under root exactly files: it stages every new or
// changed file in a temporary folder beside them, and only when all are
// staged moves them into place (rename, atomic per file) and removes the
// files the previous run generated that are no longer produced. On an
// error before the move, nothing under root has changed. It reports how
// many files were written and removed.
func Write(root string, files Files) (written, removed int, err error) {
	old, err := readManifest(root)
	if err != nil {
		return 0, 0, err
	}
	for _, p := range files.Paths() {
		if err := checkPath(p); err != nil {
			return 0, 0, err
		}
		if !old[p] {
			if _, err := os.Lstat(filepath.Join(root, filepath.FromSlash(p))); err == nil && len(old) > 0 {
				return 0, 0, fmt.Errorf("%s exists and was not generated; move it away or delete it so the generator can own it", p)
			}
		}
	}

	stage, err := os.MkdirTemp(root, ".dossier-stage-")
	if err != nil {
		return 0, 0, fmt.Errorf("staging output: %w", err)
	}
	defer os.RemoveAll(stage)

	var changed []string
	for _, p := range files.Paths() {
		dst := filepath.Join(root, filepath.FromSlash(p))
		if cur, err := os.ReadFile(dst); err == nil && bytes.Equal(cur, files[p]) {
			continue
		}
		tmp := filepath.Join(stage, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(tmp), 0o755); err != nil {
			return 0, 0, fmt.Errorf("staging %s: %w", p, err)
		}
		if err := os.WriteFile(tmp, files[p], 0o644); err != nil {
			return 0, 0, fmt.Errorf("staging %s: %w", p, err)
		}
		changed = append(changed, p)
	}
	var manifest bytes.Buffer
	for _, p := range files.Paths() {
		manifest.WriteString(p)
		manifest.WriteByte('\n')
	}

	// Everything is staged; from here on, move into place.
	for _, p := range changed {
		dst := filepath.Join(root, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return written, removed, fmt.Errorf("writing %s: %w", p, err)
		}
		if err := os.Rename(filepath.Join(stage, filepath.FromSlash(p)), dst); err != nil {
			return written, removed, fmt.Errorf("writing %s: %w", p, err)
		}
		written++
	}
	for p := range old {
		if _, keep := files[p]; keep || checkPath(p) != nil {
			continue
		}
		dst := filepath.Join(root, filepath.FromSlash(p))
		if err := os.Remove(dst); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return written, removed, fmt.Errorf("removing stale %s: %w", p, err)
		}
		removed++
		removeEmptyParents(root, filepath.Dir(dst))
	}
	mpath := filepath.Join(root, filepath.FromSlash(Manifest))
	if err := os.MkdirAll(filepath.Dir(mpath), 0o755); err != nil {
		return written, removed, err
	}
	if err := os.WriteFile(mpath, manifest.Bytes(), 0o644); err != nil {
		return written, removed, fmt.Errorf("writing %s: %w", Manifest, err)
	}
	return written, removed, nil
}

// checkPath refuses a path that could land outside the generated folders.
func checkPath(p string) error {
	clean := filepath.ToSlash(filepath.Clean(filepath.FromSlash(p)))
	if clean != p || strings.HasPrefix(p, "/") || strings.Contains(p, "..") {
		return fmt.Errorf("refusing to write %q: not a clean relative path", p)
	}
	for _, o := range owned {
		if strings.HasPrefix(p, o) {
			return nil
		}
	}
	return fmt.Errorf("refusing to write %q: outside %s", p, strings.Join(owned, ", "))
}

func readManifest(root string) (map[string]bool, error) {
	b, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(Manifest)))
	if errors.Is(err, fs.ErrNotExist) {
		return map[string]bool{}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", Manifest, err)
	}
	m := map[string]bool{}
	for _, l := range strings.Split(string(b), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			m[l] = true
		}
	}
	return m, nil
}

// removeEmptyParents removes dir and its parents while they are empty,
// stopping at the owned top-level folders.
func removeEmptyParents(root, dir string) {
	for {
		rel, err := filepath.Rel(root, dir)
		if err != nil || strings.Count(filepath.ToSlash(rel), "/") < 1 {
			return
		}
		if os.Remove(dir) != nil {
			return
		}
		dir = filepath.Dir(dir)
	}
}
