package emit

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// Journal is the file, relative to the site root, that describes a commit
// in progress: the staging folder, every move and removal, and the new
// manifest. It is written (atomically) before anything under the root
// changes, marked committed once every file is in place, and removed when
// the commit is complete. A run that finds it finishes the commit of a run
// that was killed (if it was marked committed) or rolls it back to the
// previous run's files (otherwise), so an interrupted run leaves either
// the old site or the new one, never a mixture that later runs refuse.
//
// A file a commit replaces or removes is first moved into the staging
// folder's .old/ tree, so rolling back is moving it back.
const Journal = ".dossier-commit"

// stagePrefix starts the name of every staging folder under the root. A
// folder so named that no journal refers to was left by a killed run and
// is removed by the next.
const stagePrefix = ".dossier-stage-"

// backupDir is the folder, inside a staging folder, where replaced and
// removed files wait until the commit is complete.
const backupDir = ".old"

// journal is the contents of Journal.
type journal struct {
	Stage     string   `json:"stage"`    // the staging folder's name, under the root
	Manifest  string   `json:"manifest"` // the new manifest
	Moves     []move   `json:"moves"`    // staged → root, in order
	Removes   []string `json:"removes"`  // files of the previous run not generated any more
	Committed bool     `json:"committed"`
}

// move is one rename from the staging folder into the root: a file, or a
// whole folder that did not exist under the root.
type move struct {
	Path string `json:"path"`
	Dir  bool   `json:"dir,omitempty"`
}

// commitStep, when set (by tests), is called before each rename of a
// commit with the number of renames done so far. An error fails the
// commit there (as a full disk would); errKilled stops it there as if the
// process had been killed: no rollback, no clean-up.
var commitStep func(n int) error

// errKilled is what commitStep returns to simulate a killed process.
var errKilled = errors.New("killed")

// committer carries out one journal.
type committer struct {
	root string
	j    journal
	n    int // renames done
}

func (c *committer) stage() string { return filepath.Join(c.root, c.j.Stage) }

func (c *committer) staged(p string) string {
	return filepath.Join(c.stage(), filepath.FromSlash(p))
}

func (c *committer) backup(p string) string {
	return filepath.Join(c.stage(), backupDir, filepath.FromSlash(p))
}

func (c *committer) dst(p string) string { return filepath.Join(c.root, filepath.FromSlash(p)) }

// rename is moveOrCopy, counted, and interruptible by commitStep.
func (c *committer) rename(from, to string) error {
	if commitStep != nil {
		if err := commitStep(c.n); err != nil {
			return err
		}
	}
	c.n++
	return moveOrCopy(from, to)
}

// moveOrCopy renames from to to. Where they are on different file systems (a
// data/ that is a mount point or a link to another disk: "invalid
// cross-device link"), it copies instead: a file into a temporary file
// beside to, renamed into place, so that to is never half-written; a
// folder file by file. Then it removes from.
func moveOrCopy(from, to string) error {
	err := os.Rename(from, to)
	if !errors.Is(err, syscall.EXDEV) {
		return err
	}
	info, err := os.Lstat(from)
	if err != nil {
		return err
	}
	if info.IsDir() {
		if err := os.MkdirAll(to, 0o755); err != nil {
			return err
		}
		entries, err := os.ReadDir(from)
		if err != nil {
			return err
		}
		for _, e := range entries {
			if err := moveOrCopy(filepath.Join(from, e.Name()), filepath.Join(to, e.Name())); err != nil {
				return err
			}
		}
		return os.Remove(from)
	}
	src, err := os.Open(from)
	if err != nil {
		return err
	}
	defer src.Close()
	tmp, err := os.CreateTemp(filepath.Dir(to), ".dossier-tmp-")
	if err != nil {
		return err
	}
	_, err = io.Copy(tmp, src)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), info.Mode().Perm())
	}
	if err == nil {
		err = os.Rename(tmp.Name(), to)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return os.Remove(from)
}

// writeJournal saves the journal atomically.
func (c *committer) writeJournal() error {
	b, err := json.Marshal(&c.j)
	if err != nil {
		return err
	}
	tmp := filepath.Join(c.stage(), ".journal")
	f, err := os.Create(tmp)
	if err != nil {
		return fmt.Errorf("writing %s: %w", Journal, err)
	}
	_, err = f.Write(b)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = moveOrCopy(tmp, filepath.Join(c.root, Journal))
	}
	if err != nil {
		return fmt.Errorf("writing %s: %w", Journal, err)
	}
	return nil
}

// apply moves every staged file into place and the stale files out of it,
// keeping what it replaces in the backup tree. On an error the caller
// rolls back.
func (c *committer) apply() error {
	made := map[string]bool{}
	mkdir := func(dir string) error {
		if made[dir] {
			return nil
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		made[dir] = true
		return nil
	}
	for _, m := range c.j.Moves {
		dst := c.dst(m.Path)
		if err := mkdir(filepath.Dir(dst)); err != nil {
			return fmt.Errorf("writing %s: %w", m.Path, err)
		}
		if !m.Dir {
			if _, err := os.Lstat(dst); err == nil {
				if err := mkdir(filepath.Dir(c.backup(m.Path))); err != nil {
					return fmt.Errorf("writing %s: %w", m.Path, err)
				}
				if err := c.rename(dst, c.backup(m.Path)); err != nil {
					return fmt.Errorf("writing %s: %w", m.Path, err)
				}
			}
		}
		if err := c.rename(c.staged(m.Path), dst); err != nil {
			return fmt.Errorf("writing %s: %w", m.Path, err)
		}
	}
	for _, p := range c.j.Removes {
		dst := c.dst(p)
		if _, err := os.Lstat(dst); errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err := mkdir(filepath.Dir(c.backup(p))); err != nil {
			return fmt.Errorf("removing stale %s: %w", p, err)
		}
		if err := c.rename(dst, c.backup(p)); err != nil {
			return fmt.Errorf("removing stale %s: %w", p, err)
		}
	}
	return nil
}

// finish completes a commit whose files are all in place: it marks the
// journal committed, writes the manifest, removes the journal and the
// staging folder (with the replaced files) and the folders the removed
// files leave empty.
func (c *committer) finish(oldManifest []byte) error {
	if !c.j.Committed {
		c.j.Committed = true
		if err := c.writeJournal(); err != nil {
			return err
		}
	}
	if commitStep != nil {
		if err := commitStep(c.n); err != nil {
			return err
		}
	}
	if c.j.Manifest != string(oldManifest) {
		if err := os.MkdirAll(c.stage(), 0o755); err != nil {
			return fmt.Errorf("writing %s: %w", Manifest, err)
		}
		if err := writeManifest(c.root, c.stage(), []byte(c.j.Manifest)); err != nil {
			return err
		}
	}
	if err := os.Remove(filepath.Join(c.root, Journal)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("removing %s: %w", Journal, err)
	}
	for _, p := range c.j.Removes {
		removeEmptyParents(c.root, filepath.Dir(c.dst(p)))
	}
	removeAll(c.stage())
	return nil
}

// rollback undoes whatever part of the journal was carried out, newest
// first: removed files come back from the backup tree, moved files go back
// into the staging folder and the files they replaced come back. It may
// run again after being interrupted itself.
func (c *committer) rollback() error {
	exists := func(p string) bool { _, err := os.Lstat(p); return err == nil }
	var errs []error
	restore := func(p string) {
		if b := c.backup(p); exists(b) {
			dst := c.dst(p)
			if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
				errs = append(errs, err)
				return
			}
			if err := moveOrCopy(b, dst); err != nil {
				errs = append(errs, err)
			}
		}
	}
	for i := len(c.j.Removes) - 1; i >= 0; i-- {
		restore(c.j.Removes[i])
	}
	for i := len(c.j.Moves) - 1; i >= 0; i-- {
		m := c.j.Moves[i]
		staged, dst := c.staged(m.Path), c.dst(m.Path)
		if !exists(staged) && exists(dst) {
			if err := os.MkdirAll(filepath.Dir(staged), 0o755); err != nil {
				errs = append(errs, err)
				continue
			}
			if err := moveOrCopy(dst, staged); err != nil {
				errs = append(errs, err)
				continue
			}
		}
		if m.Dir {
			continue
		}
		if exists(c.backup(m.Path)) {
			restore(m.Path)
		} else {
			removeEmptyParents(c.root, filepath.Dir(dst))
		}
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("rolling back the interrupted commit in %s (%s): %w", c.root, Journal, err)
	}
	if err := os.Remove(filepath.Join(c.root, Journal)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	removeAll(c.stage())
	return nil
}

// Recover finishes or rolls back the commit of a run that was killed (see
// Journal), and removes the staging folders killed runs left. The caller
// must be the only generator writing root.
func Recover(root string) error {
	b, err := os.ReadFile(filepath.Join(root, Journal))
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return fmt.Errorf("reading %s: %w", Journal, err)
	default:
		c := &committer{root: root}
		if err := json.Unmarshal(b, &c.j); err != nil || !c.j.valid() {
			return fmt.Errorf("%s: damaged journal of an interrupted commit; remove it and check content/ and data/ (git status)", filepath.Join(root, Journal))
		}
		if c.j.Committed {
			_, old, err := readManifest(root)
			if err != nil {
				return err
			}
			if err := c.finish(old); err != nil {
				return fmt.Errorf("finishing the interrupted commit in %s: %w", root, err)
			}
		} else if err := c.rollback(); err != nil {
			return err
		}
	}
	entries, err := os.ReadDir(root)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), stagePrefix) && e.IsDir() {
			removeAll(filepath.Join(root, e.Name()))
		}
	}
	return nil
}

// valid checks a journal read from disk: its staging folder is one of
// ours, and every path is one the generator may write.
func (j *journal) valid() bool {
	if !strings.HasPrefix(j.Stage, stagePrefix) || strings.ContainsAny(j.Stage, `/\`) {
		return false
	}
	for _, m := range j.Moves {
		p := m.Path
		if m.Dir {
			p += "/x" // a folder, perhaps a top-level one ("content")
		}
		if checkPath(p) != nil {
			return false
		}
	}
	for _, p := range j.Removes {
		if checkPath(p) != nil {
			return false
		}
	}
	return true
}

// writeManifest replaces the manifest atomically, through a file in dir.
func writeManifest(root, dir string, manifest []byte) error {
	mpath := filepath.Join(root, filepath.FromSlash(Manifest))
	if err := os.MkdirAll(filepath.Dir(mpath), 0o755); err != nil {
		return fmt.Errorf("writing %s: %w", Manifest, err)
	}
	tmp := filepath.Join(dir, ".generated")
	if err := os.WriteFile(tmp, manifest, 0o644); err != nil {
		return fmt.Errorf("writing %s: %w", Manifest, err)
	}
	if err := moveOrCopy(tmp, mpath); err != nil {
		return fmt.Errorf("writing %s: %w", Manifest, err)
	}
	return nil
}

// removeAll removes a folder of ours, making read-only folders in it
// writable first if that is what stops it.
func removeAll(dir string) {
	if os.RemoveAll(dir) == nil {
		return
	}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.IsDir() {
			os.Chmod(p, 0o700)
		}
		return nil
	})
	os.RemoveAll(dir)
}
