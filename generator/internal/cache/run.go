package cache

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/dossier/dossier/generator/internal/doc"
)

// RunFile is where a successful run records what it was made from and
// what it wrote, relative to the site root (inside the cache folder).
const RunFile = Dir + "/run.json"

// Run is what a successful run leaves for the next one: a fingerprint of
// everything its output depends on, what it reported, and the size and
// modification time of every file it generated. A next run with the same
// fingerprint whose files are all as recorded has nothing to do: the same
// inputs give the same bytes (the output is deterministic), and the files
// are the ones this run left.
type Run struct {
	Fingerprint string     `json:"fingerprint"`
	Summary     string     `json:"summary"`  // what the run printed about the dossier
	Warnings    []string   `json:"warnings"` // what it warned about, to be warned about again
	Files       []FileStat `json:"files"`
}

// FileStat is one generated file as a run left it.
type FileStat struct {
	Path    string `json:"p"` // slash-separated, relative to the root
	Size    int64  `json:"s"`
	ModTime int64  `json:"t"` // nanoseconds since the epoch
}

// Fingerprint digests everything a run's output depends on besides the
// generator itself: the cache Version and the executable (as cache keys
// do), the people registry's bytes, every source's file, id, content hash
// and date, in load order, and the given settings (the sources folder).
func Fingerprint(registry []byte, sources []*doc.Source, settings ...string) string {
	h := sha256.New()
	io.WriteString(h, Version+"\x00run\x00")
	h.Write(executableDigest())
	h.Write([]byte{0})
	fmt.Fprintf(h, "%d\x00", len(registry))
	h.Write(registry)
	for _, s := range settings {
		io.WriteString(h, s)
		h.Write([]byte{0})
	}
	fmt.Fprintf(h, "%d\x00", len(sources))
	for _, src := range sources {
		for _, s := range []string{src.File, src.ID, src.Hash, src.Published} {
			io.WriteString(h, s)
			h.Write([]byte{0})
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}

// LoadRun reads the record of the previous successful run; an absent or
// unreadable one is nil: the run then does its work.
func LoadRun(root string) *Run {
	b, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(RunFile)))
	if err != nil {
		return nil
	}
	var r Run
	if json.Unmarshal(b, &r) != nil || r.Fingerprint == "" {
		return nil
	}
	return &r
}

// Unchanged reports whether every file r lists is still as r recorded it.
func (r *Run) Unchanged(root string) bool {
	if len(r.Files) == 0 {
		return false
	}
	for _, f := range r.Files {
		info, err := os.Lstat(filepath.Join(root, filepath.FromSlash(f.Path)))
		if err != nil || !info.Mode().IsRegular() || info.Size() != f.Size || info.ModTime().UnixNano() != f.ModTime {
			return false
		}
	}
	return true
}

// Stat records the files at paths as they are now.
func Stat(root string, paths []string) ([]FileStat, error) {
	out := make([]FileStat, 0, len(paths))
	for _, p := range paths {
		info, err := os.Lstat(filepath.Join(root, filepath.FromSlash(p)))
		if err != nil {
			return nil, err
		}
		out = append(out, FileStat{Path: p, Size: info.Size(), ModTime: info.ModTime().UnixNano()})
	}
	return out, nil
}

// SaveRun records r for the next run, atomically.
func SaveRun(root string, r *Run) error {
	b, err := json.Marshal(r)
	if err != nil {
		return err
	}
	p := filepath.Join(root, filepath.FromSlash(RunFile))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	tmp := filepath.Join(filepath.Dir(p), ".tmp-run.json")
	if err := os.WriteFile(tmp, b, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, p)
}

// ForgetRun removes the record of the previous run, before a run changes
// anything it lists.
func ForgetRun(root string) error {
	err := os.Remove(filepath.Join(root, filepath.FromSlash(RunFile)))
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return err
}
