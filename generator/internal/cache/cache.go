// Package cache keeps the annotation of each source between runs, so that
// rebuilding after one source changed annotates only that source.
//
// An entry is keyed by a SHA-256 of: the generator's cache Version, a
// digest of the running executable (any change to the code or to the
// annotators' embedded lexicons builds a different binary, so entries made
// by other code are never used), the curated people registry's bytes, and
// the source's content hash (doc.Source.Hash, over the whole file,
// front matter included), file path, id and front-matter date. Entries are
// gob files, each opened by a SHA-256 of the rest, in ROOT/.dossier-cache/
// (git-ignored); a run removes the entries it did not use (Prune), so the
// folder holds one entry per source.
//
// A cache is safe for concurrent use. A damaged or unreadable entry is a
// miss, never an error: the cache can only make a run faster.
package cache

import (
	"bytes"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/dossier/dossier/generator/internal/doc"
)

// Version is bumped whenever the meaning of a cached annotation changes
// in a way the executable digest would not catch.
const Version = "dossier-cache-3" // 2: entries open with a checksum; 3: unresolved relative dates

// Dir is the cache folder, relative to the site root.
const Dir = ".dossier-cache"

// Cache is the annotation cache of one site root.
type Cache struct {
	dir  string
	salt []byte // version, executable and registry digest

	mu   sync.Mutex
	used map[string]bool // keys read or written by this run

	hits, misses atomic.Int64
}

// Key identifies one source's annotation.
type Key string

// Open opens (creating it if needed) the cache under root. registry is the
// people registry's bytes (nil when there is none).
func Open(root string, registry []byte) (*Cache, error) {
	dir := filepath.Join(root, Dir)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("annotation cache: %w", err)
	}
	h := sha256.New()
	io.WriteString(h, Version+"\x00")
	h.Write(executableDigest())
	h.Write([]byte{0})
	h.Write(registry)
	return &Cache{dir: dir, salt: h.Sum(nil), used: map[string]bool{}}, nil
}

// executableDigest hashes the running program, once per process.
var executableDigest = sync.OnceValue(func() []byte {
	exe, err := os.Executable()
	if err != nil {
		return nil
	}
	f, err := os.Open(exe)
	if err != nil {
		return nil
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return nil
	}
	return h.Sum(nil)
})

// Key returns src's cache key.
func (c *Cache) Key(src *doc.Source) Key {
	h := sha256.New()
	h.Write(c.salt)
	for _, s := range []string{src.Hash, src.File, src.ID, src.Published} {
		io.WriteString(h, s)
		h.Write([]byte{0})
	}
	return Key(hex.EncodeToString(h.Sum(nil)))
}

// entry is what is stored: the annotation without its source, with the
// publication date and outlet annotation settled on.
type entry struct {
	Published, PublishedBasis string
	Outlet, OutletBasis       string
	People                    []doc.Person
	Mentions                  []doc.Mention
	Quotes                    []doc.Quote
	Dates                     []doc.Date
	Reports                   []doc.Report
	Citations                 []doc.Citation
	Unresolved                []doc.Span
	Warnings                  []string
}

func (c *Cache) path(k Key) string { return filepath.Join(c.dir, string(k)+".gob") }

func (c *Cache) use(k Key) {
	c.mu.Lock()
	c.used[string(k)] = true
	c.mu.Unlock()
}

// Get returns the cached annotation of src under key k, attached to src, or
// false.
func (c *Cache) Get(k Key, src *doc.Source) (*doc.Annotated, bool) {
	c.use(k)
	b, err := os.ReadFile(c.path(k))
	if err != nil {
		c.misses.Add(1)
		return nil, false
	}
	// An entry is the SHA-256 of its gob, then the gob: an entry damaged
	// or edited (even at the same length, where the decoder would read
	// it happily) is a miss.
	sum := sha256.Size
	if len(b) < sum || sha256.Sum256(b[sum:]) != [sha256.Size]byte(b[:sum]) {
		c.misses.Add(1)
		return nil, false
	}
	var e entry
	if err := gob.NewDecoder(bytes.NewReader(b[sum:])).Decode(&e); err != nil || !e.valid(len(src.Text)) {
		c.misses.Add(1)
		return nil, false
	}
	c.hits.Add(1)
	return &doc.Annotated{
		Source: src, People: e.People, Mentions: e.Mentions, Quotes: e.Quotes,
		Dates: e.Dates, Reports: e.Reports, Citations: e.Citations, Unresolved: e.Unresolved, Warnings: e.Warnings,
		Published: e.Published, PublishedBasis: e.PublishedBasis, Outlet: e.Outlet, OutletBasis: e.OutletBasis,
	}, true
}

// valid checks an entry's spans and indexes against a text of n bytes, so
// that a damaged entry can never make a later pass index out of range.
func (e *entry) valid(n int) bool {
	in := func(s doc.Span) bool { return s.Start >= 0 && s.Start <= s.End && s.End <= n }
	for _, m := range e.Mentions {
		if !in(m.Span) || m.Person < 0 || m.Person >= len(e.People) {
			return false
		}
	}
	for _, q := range e.Quotes {
		if !in(q.Span) || !in(q.Outer) || q.Speaker >= len(e.People) {
			return false
		}
		for _, p := range q.Parts {
			if !in(p) {
				return false
			}
		}
	}
	for _, d := range e.Dates {
		if !in(d.Span) {
			return false
		}
	}
	for _, r := range e.Reports {
		if !in(r.Span) || r.Date < 0 || r.Date >= len(e.Dates) {
			return false
		}
		for _, p := range r.People {
			if p < 0 || p >= len(e.People) {
				return false
			}
		}
	}
	for _, u := range e.Unresolved {
		if !in(u) {
			return false
		}
	}
	for _, ct := range e.Citations {
		if !in(ct.Span) {
			return false
		}
	}
	return true
}

// Put stores a's annotation under key k: Encode, then Write.
func (c *Cache) Put(k Key, a *doc.Annotated) error {
	e, err := c.Encode(a)
	if err != nil {
		return err
	}
	return c.Write(k, e)
}

// Encoded is an annotation encoded for the cache, ready to be written.
type Encoded struct{ b []byte }

// Encode encodes a's per-source annotation. It reads a, so it must run
// before the link pass writes its resolved ids onto the annotations
// (doc.Person.ID and the like): an entry then holds none of them, and
// encoding never races with link. Write may run later, on another
// goroutine.
func (c *Cache) Encode(a *doc.Annotated) (Encoded, error) {
	e := entry{
		Published: a.Published, PublishedBasis: a.PublishedBasis, Outlet: a.Outlet, OutletBasis: a.OutletBasis,
		People: a.People, Mentions: a.Mentions, Quotes: a.Quotes, Dates: a.Dates,
		Reports: a.Reports, Citations: a.Citations, Unresolved: a.Unresolved, Warnings: a.Warnings,
	}
	var buf bytes.Buffer
	buf.Write(make([]byte, sha256.Size)) // the checksum, filled in below
	if err := gob.NewEncoder(&buf).Encode(&e); err != nil {
		return Encoded{}, fmt.Errorf("annotation cache: encoding %s: %w", a.Source.File, err)
	}
	sum := sha256.Sum256(buf.Bytes()[sha256.Size:])
	copy(buf.Bytes(), sum[:])
	return Encoded{buf.Bytes()}, nil
}

// Write stores an encoded annotation under key k. It writes a temporary
// file and renames it, so a reader never sees half an entry.
func (c *Cache) Write(k Key, e Encoded) error {
	c.use(k)
	tmp, err := os.CreateTemp(c.dir, ".tmp-")
	if err != nil {
		return fmt.Errorf("annotation cache: %w", err)
	}
	_, werr := tmp.Write(e.b)
	cerr := tmp.Close()
	if err := errors.Join(werr, cerr); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("annotation cache: %w", err)
	}
	if err := os.Rename(tmp.Name(), c.path(k)); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("annotation cache: %w", err)
	}
	return nil
}

// Prune removes the entries this run did not use (sources removed or
// changed, entries of other generator versions) and stray temporary files.
func (c *Cache) Prune() (removed int, err error) {
	entries, err := os.ReadDir(c.dir)
	if err != nil {
		return 0, fmt.Errorf("annotation cache: %w", err)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	var errs []error
	for _, de := range entries {
		name := de.Name()
		key, isEntry := strings.CutSuffix(name, ".gob")
		if (isEntry && c.used[key]) || de.IsDir() {
			continue
		}
		if !isEntry && !strings.HasPrefix(name, ".tmp-") {
			continue // not ours
		}
		if err := os.Remove(filepath.Join(c.dir, name)); err != nil && !errors.Is(err, fs.ErrNotExist) {
			errs = append(errs, err)
			continue
		}
		removed++
	}
	return removed, errors.Join(errs...)
}

// Stats reports how many lookups hit and missed.
func (c *Cache) Stats() (hits, misses int) {
	return int(c.hits.Load()), int(c.misses.Load())
}
