package emit

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

// Manifest is the file, relative to the site root, that lists every file
// the last run generated, one path a line, sorted. Only files listed there
// are ever replaced or removed; anything else (a hand-written
// content/_index.md) is never touched. Hugo ignores files whose names
// start with a dot, so it stays out of the site.
//
// A listed file of the same size as its new contents is compared with
// them byte for byte, and left alone (its modification time too) when they
// match. Manifests written by earlier versions, with a SHA-256 before each
// path, are read too; the hashes are not needed: hashing every file cost
// more than reading back the few of the same size (at 10,000 sources,
// SHA-256 over 600 MB of pages was 8 % of the CPU time of emitting, and a
// first build has nothing to read back).
const Manifest = "content/.generated"

// owned are the folders generated files may live in.
var owned = []string{"content/", "data/", "assets/"}

// Result counts what a run generated, and how many files it wrote (new or
// changed) and removed (generated last time, not any more).
type Result struct {
	Files, Written, Removed int
	Created                 []string // the written files that did not exist before, sorted
}

// staged is one rendered file as the run keeps it: its path, and whether
// it differs from what is under the root.
type staged struct {
	path    string
	changed bool
}

// writer stages the files of one run.
type writer struct {
	root, stage string
	old         map[string]bool // the paths in the previous run's manifest
	claim       bool            // whether there was a previous run: only then are unlisted files refused

	mu   sync.Mutex
	dirs map[string]bool // staging folders already created

	// queue feeds the one goroutine that writes staged files: creating
	// files in one folder from several threads at once is slower than from
	// one (the folder is locked for each), so rendering runs on every core
	// and writing on one. writeErr is its first error, read after done.
	queue    chan pending
	done     chan struct{}
	writeErr error

	// pages recycles the buffers pages are rendered into (*pageBuffer):
	// at 10,000 sources the pages are 600 MB, and allocating each anew
	// made the garbage collector one of the largest costs of emitting.
	pages sync.Pool
}

// pageBuffer is where one page is rendered: out is the page; the rest is
// working space (see appendFrontMatter and sink.sourcePage).
type pageBuffer struct {
	out      []byte
	scratch  bytes.Buffer
	original []byte
	body     bytes.Buffer
}

// pending is a rendered file waiting to be staged; buf, if not nil, holds
// data and goes back to the pool once the file is written.
type pending struct {
	path string
	data []byte
	buf  *pageBuffer
}

// stageQueued writes the queued files into the staging folder until the
// queue is closed; after an error it only drains the queue.
func (w *writer) stageQueued() {
	defer close(w.done)
	for q := range w.queue {
		if w.writeErr == nil {
			tmp, err := w.stagePath(q.path)
			if err == nil {
				err = os.WriteFile(tmp, q.data, 0o644)
			}
			if err != nil {
				w.writeErr = fmt.Errorf("staging %s: %w", q.path, err)
			}
		}
		w.release(q.buf)
	}
}

// writeSite runs the jobs on every core and makes the generated files under
// root exactly the files they put: every new or changed file is written to
// a staging folder beside them as soon as it is rendered; only when all
// jobs have succeeded are the staged files moved into place (rename,
// atomic per file) and the files the previous run generated that are no
// longer produced removed, as a journaled commit (commit.go): on an error
// or a kill at any point, the root holds the previous run's files again
// (at once, or when the next run starts) or this run's, never a mixture.
// A file whose contents are already there is not rewritten, so its
// modification time stays and Hugo's server sees only real changes.
func writeSite(root string, js []job) (Result, error) {
	if err := Recover(root); err != nil {
		return Result{}, err
	}
	old, oldRaw, err := readManifest(root)
	if err != nil {
		return Result{}, err
	}
	stage, err := os.MkdirTemp(root, stagePrefix)
	if err != nil {
		return Result{}, fmt.Errorf("staging output: %w", err)
	}
	keepStage := false // a journal needs it
	defer func() {
		if !keepStage {
			removeAll(stage)
		}
	}()
	w := &writer{root: root, stage: stage, old: old, claim: len(old) > 0, dirs: map[string]bool{},
		queue: make(chan pending, 64), done: make(chan struct{})}
	go w.stageQueued()

	// Each job's files land in its own slot, so the result does not
	// depend on scheduling.
	out := make([][]staged, len(js))
	var (
		next    atomic.Int64
		failed  atomic.Bool
		errOnce sync.Once
		first   error
		wg      sync.WaitGroup
	)
	for range min(runtime.GOMAXPROCS(0), len(js)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for !failed.Load() {
				k := int(next.Add(1) - 1)
				if k >= len(js) {
					return
				}
				err := runJob(js[k], sink{w, &out[k]})
				if err != nil {
					errOnce.Do(func() { first = err })
					failed.Store(true)
				}
			}
		}()
	}
	wg.Wait()
	close(w.queue)
	<-w.done
	if first == nil {
		first = w.writeErr
	}
	if first != nil {
		return Result{}, first
	}

	var files []staged
	for _, fs := range out {
		files = append(files, fs...)
	}
	sort.Slice(files, func(a, b int) bool { return files[a].path < files[b].path })
	for k := 1; k < len(files); k++ {
		if files[k].path == files[k-1].path {
			return Result{}, fmt.Errorf("two generated files at %s", files[k].path)
		}
	}
	var manifest bytes.Buffer
	for _, f := range files {
		manifest.WriteString(f.path)
		manifest.WriteByte('\n')
	}

	// Everything is staged. Plan the moves, write them down in the
	// journal, then carry them out (commit.go).
	res := Result{Files: len(files)}
	c := &committer{root: root, j: journal{Stage: filepath.Base(stage), Manifest: manifest.String()}}
	plan := folderPlanner{root: root, exists: map[string]bool{}}
	for _, f := range files {
		if !f.changed {
			continue
		}
		res.Written++
		dir, covered := plan.newFolder(f.path)
		switch {
		case covered:
			res.Created = append(res.Created, f.path)
			continue
		case dir != "":
			res.Created = append(res.Created, f.path)
			c.j.Moves = append(c.j.Moves, move{Path: dir, Dir: true})
			continue
		}
		if _, err := os.Lstat(filepath.Join(root, filepath.FromSlash(f.path))); errors.Is(err, fs.ErrNotExist) {
			res.Created = append(res.Created, f.path)
		}
		c.j.Moves = append(c.j.Moves, move{Path: f.path})
	}
	for p := range old {
		if checkPath(p) != nil || !provablyGenerated(root, p) {
			continue
		}
		k := sort.Search(len(files), func(k int) bool { return files[k].path >= p })
		if k == len(files) || files[k].path != p {
			c.j.Removes = append(c.j.Removes, p)
		}
	}
	sort.Strings(c.j.Removes)
	res.Removed = len(c.j.Removes)
	if len(c.j.Moves) == 0 && len(c.j.Removes) == 0 && bytes.Equal(manifest.Bytes(), oldRaw) {
		return res, nil
	}
	if err := c.writeJournal(); err != nil {
		return Result{}, err
	}
	err = c.apply()
	if err == nil {
		err = c.finish(oldRaw)
	}
	switch {
	case errors.Is(err, errKilled):
		keepStage = true
		return Result{}, err
	case err != nil && !c.j.Committed:
		if rerr := c.rollback(); rerr != nil {
			keepStage = true // the next run rolls back from the journal
			return Result{}, errors.Join(err, rerr)
		}
		return Result{}, err
	case err != nil:
		keepStage = true // committed: the next run finishes from the journal
		return res, err
	}
	return res, nil
}

// folderPlanner finds the staged folders that do not exist under the root
// yet, to be moved into place whole: on a first build that is one rename
// for the 10,000 pages of content/sources instead of one each. Such a
// folder holds only files of this run, all of them new, so moving it is
// the same as moving its files one by one.
type folderPlanner struct {
	root   string
	exists map[string]bool // slash path of a folder → whether it is under the root
	moved  []string        // folders to move, as "path/"
}

// newFolder reports whether the staged file p is covered by a folder
// already planned to move (covered), or else returns p's outermost folder
// missing under the root (dir, now planned), or "" when p's folder exists.
func (m *folderPlanner) newFolder(p string) (dir string, covered bool) {
	for _, d := range m.moved {
		if strings.HasPrefix(p, d) {
			return "", true
		}
	}
	for i := strings.IndexByte(p, '/'); i >= 0; i = nextSlash(p, i) {
		dir := p[:i]
		exists, known := m.exists[dir]
		if !known {
			_, err := os.Lstat(filepath.Join(m.root, filepath.FromSlash(dir)))
			exists = err == nil
			m.exists[dir] = exists
		}
		if exists {
			continue
		}
		m.exists[dir] = true
		m.moved = append(m.moved, dir+"/")
		return dir, false
	}
	return "", false
}

// nextSlash returns the index of the slash after the one at i in p, or -1.
func nextSlash(p string, i int) int {
	j := strings.IndexByte(p[i+1:], '/')
	if j < 0 {
		return -1
	}
	return i + 1 + j
}

// runJob runs one job, turning a panic into an error (naming the page
// when the panic came from rendering one: see sink.render), so that a bug
// met by one source fails the run with a message instead of ending the
// program from a worker goroutine.
func runJob(j job, s sink) (err error) {
	defer func() {
		if p := recover(); p != nil {
			if pe, ok := p.(pagePanic); ok {
				err = fmt.Errorf("internal error while rendering %s: %v", pe.path, pe.value)
				return
			}
			err = fmt.Errorf("internal error while rendering: %v", p)
		}
	}()
	return j(s)
}

// pagePanic is a panic met while rendering the file at path.
type pagePanic struct {
	path  string
	value any
}

// namePanic re-raises a panic as a pagePanic naming p.
func namePanic(p string) {
	if v := recover(); v != nil {
		if _, ok := v.(pagePanic); ok {
			panic(v)
		}
		panic(pagePanic{p, v})
	}
}

// A sink receives the files a job renders.
type sink struct {
	w   *writer
	out *[]staged
}

// put takes one rendered file: its slash-separated path relative to the
// site root and its contents, which it does not keep.
func (s sink) put(p string, data []byte) error {
	f, err := s.w.put(p, data)
	if err == nil {
		*s.out = append(*s.out, f)
	}
	return err
}

// page renders a Markdown page (see appendPage) and puts it at p.
func (s sink) page(p string, front any, body string) error {
	return s.render(p, func(dst []byte, buf *pageBuffer) ([]byte, error) {
		return appendPage(dst, &buf.scratch, front, body)
	})
}

// sourcePage renders a source's page and puts it at p: body writes its
// text. Its original, the largest part of the page by far, is a file of
// its own beside it (see jobs).
func (s sink) sourcePage(p string, front sourceFront, body func(*bytes.Buffer)) error {
	return s.render(p, func(dst []byte, buf *pageBuffer) ([]byte, error) {
		buf.body.Reset()
		body(&buf.body)
		b, err := appendFrontMatter(dst, &buf.scratch, front)
		if err != nil {
			return dst, fmt.Errorf("encoding front matter: %w", err)
		}
		return appendBody(b, buf.body.Bytes()), nil
	})
}

// render puts at p the file appendFile appends to dst, in a recycled
// buffer whose working space appendFile may use.
func (s sink) render(p string, appendFile func(dst []byte, buf *pageBuffer) ([]byte, error)) error {
	defer namePanic(p)
	buf, _ := s.w.pages.Get().(*pageBuffer)
	if buf == nil {
		buf = new(pageBuffer)
	}
	var err error
	if buf.out, err = appendFile(buf.out[:0], buf); err != nil {
		s.w.release(buf)
		return fmt.Errorf("%s: %w", p, err)
	}
	f, err := s.w.putBuffer(p, buf.out, buf)
	if err == nil {
		*s.out = append(*s.out, f)
	}
	return err
}

// release returns buf to the pool. Buffers grown by a rare huge page
// are dropped rather than kept for every later one.
func (w *writer) release(buf *pageBuffer) {
	const keep = 1 << 20
	if buf != nil && cap(buf.out) <= keep && buf.scratch.Cap() <= keep && cap(buf.original) <= keep && buf.body.Cap() <= keep {
		w.pages.Put(buf)
	}
}

// stream takes one file that write renders piece by piece, for a file too
// large to hold in memory at once.
func (s sink) stream(p string, write func(io.Writer) error) error {
	defer namePanic(p)
	f, err := s.w.stream(p, write)
	if err == nil {
		*s.out = append(*s.out, f)
	}
	return err
}

// put checks one rendered file against the previous run and queues it for
// staging if it is new or changed. It is called from every worker at once;
// data must not change afterwards.
func (w *writer) put(p string, data []byte) (staged, error) {
	return w.putBuffer(p, data, nil)
}

// putBuffer is put for data held in buf, which it releases when the file
// is not queued and the staging goroutine releases after writing it.
func (w *writer) putBuffer(p string, data []byte, buf *pageBuffer) (staged, error) {
	f := staged{path: p}
	if err := checkPath(p); err != nil {
		w.release(buf)
		return f, err
	}
	changed, err := w.changed(p, int64(len(data)), func() (io.Reader, error) { return bytes.NewReader(data), nil })
	if err != nil || !changed {
		w.release(buf)
		return f, err
	}
	f.changed = true
	w.queue <- pending{p, data, buf}
	return f, nil
}

// stream stages the file write writes, unless it turns out unchanged.
// A file of the previous run is compared with what write writes as the
// bytes come (diffWriter): nothing is staged while they match, so an
// unchanged export of hundreds of megabytes costs a read of the old file,
// not a write and a read back.
func (w *writer) stream(p string, write func(io.Writer) error) (staged, error) {
	f := staged{path: p}
	if err := checkPath(p); err != nil {
		return f, err
	}
	dst := filepath.Join(w.root, filepath.FromSlash(p))
	if w.old[p] {
		if info, err := os.Lstat(dst); err == nil && info.Mode().IsRegular() {
			if old, err := os.Open(dst); err == nil {
				return w.streamAgainst(f, old, write)
			}
		}
	}
	tmp, err := w.stagePath(p)
	if err != nil {
		return f, err
	}
	file, err := os.Create(tmp)
	if err != nil {
		return f, fmt.Errorf("staging %s: %w", p, err)
	}
	n := &countingWriter{w: file}
	err = write(n)
	if cerr := file.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("staging %s: %w", p, cerr)
	}
	if err != nil {
		return f, err
	}
	changed, err := w.changed(p, n.n, func() (io.Reader, error) { return os.Open(tmp) })
	if err != nil {
		return f, err
	}
	if f.changed = changed; !changed {
		os.Remove(tmp)
	}
	return f, nil
}

// streamAgainst is stream for a file the previous run wrote, open as old.
func (w *writer) streamAgainst(f staged, old *os.File, write func(io.Writer) error) (staged, error) {
	d := &diffWriter{old: old, stage: func() (*os.File, error) {
		tmp, err := w.stagePath(f.path)
		if err != nil {
			return nil, err
		}
		return os.Create(tmp)
	}}
	err := write(d)
	if err == nil {
		err = d.finish()
	}
	if cerr := d.close(); err == nil {
		err = cerr
	}
	if err != nil {
		return f, fmt.Errorf("staging %s: %w", f.path, err)
	}
	f.changed = d.file != nil
	return f, nil
}

// diffWriter compares the bytes written to it with those of old and stages
// nothing while they agree. At the first difference (or when one ends
// before the other) it creates the staging file, copies into it the prefix
// that agreed, and from then on writes through.
type diffWriter struct {
	old     *os.File                 // the previous run's file; nil once diverged
	stage   func() (*os.File, error) // creates the staging file
	file    *os.File                 // the staging file, once diverged
	matched int64                    // bytes that agreed with old
	buf     []byte
}

func (d *diffWriter) Write(p []byte) (int, error) {
	if d.file == nil {
		if cap(d.buf) < len(p) {
			d.buf = make([]byte, len(p))
		}
		b := d.buf[:len(p)]
		n, _ := io.ReadFull(d.old, b)
		if n == len(p) && bytes.Equal(b, p) {
			d.matched += int64(n)
			return len(p), nil
		}
		if err := d.diverge(); err != nil {
			return 0, err
		}
	}
	return d.file.Write(p)
}

// finish diverges when old holds more than was written.
func (d *diffWriter) finish() error {
	if d.file != nil {
		return nil
	}
	var one [1]byte
	if n, _ := d.old.Read(one[:]); n == 0 {
		return nil // the same bytes, the same length
	}
	return d.diverge()
}

// diverge creates the staging file and copies the prefix that agreed.
func (d *diffWriter) diverge() error {
	file, err := d.stage()
	if err != nil {
		return err
	}
	d.file = file
	if _, err := d.old.Seek(0, io.SeekStart); err != nil {
		return err
	}
	if _, err := io.CopyN(file, d.old, d.matched); err != nil {
		return err
	}
	return nil
}

// close closes both files.
func (d *diffWriter) close() error {
	d.old.Close()
	if d.file == nil {
		return nil
	}
	return d.file.Close()
}

// changed reports whether the file p, of size bytes, differs from what is
// under the root; data gives its contents when they must be compared. It
// refuses a new path where a file the generator did not write exists.
func (w *writer) changed(p string, size int64, data func() (io.Reader, error)) (bool, error) {
	dst := filepath.Join(w.root, filepath.FromSlash(p))
	info, statErr := os.Lstat(dst)
	switch {
	case !w.old[p]:
		if statErr == nil && w.claim {
			// A file holding exactly what the generator would write is
			// taken over: it is what a run killed by an earlier version
			// (with no journal) left half-moved.
			if info.Mode().IsRegular() && info.Size() == size {
				if same, err := w.same(dst, data); err == nil && same {
					return false, nil
				}
			}
			return false, fmt.Errorf("%s exists and was not generated; move it away or delete it so the generator can own it", p)
		}
		return true, nil
	case statErr != nil || !info.Mode().IsRegular() || info.Size() != size:
		return true, nil
	}
	same, err := w.same(dst, data)
	if err != nil {
		return true, nil // unreadable: write it again
	}
	return !same, nil
}

// same reports whether the file at dst holds what data gives.
func (w *writer) same(dst string, data func() (io.Reader, error)) (bool, error) {
	r, err := data()
	if err != nil {
		return false, err
	}
	if c, ok := r.(io.Closer); ok {
		defer c.Close()
	}
	return sameContents(dst, r)
}

// sameContents reports whether the file at path holds exactly what r
// reads, comparing a block at a time.
func sameContents(path string, r io.Reader) (bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return false, err
	}
	defer f.Close()
	const block = 32 << 10
	var a, b [block]byte
	for {
		n, errA := io.ReadFull(f, a[:])
		m, errB := io.ReadFull(r, b[:])
		if !bytes.Equal(a[:n], b[:m]) {
			return false, nil
		}
		endA := errA == io.EOF || errA == io.ErrUnexpectedEOF
		endB := errB == io.EOF || errB == io.ErrUnexpectedEOF
		switch {
		case errA != nil && !endA:
			return false, errA
		case errB != nil && !endB:
			return false, errB
		case endA || endB:
			return endA == endB, nil
		}
	}
}

// stagePath returns where p is staged, its folder created.
func (w *writer) stagePath(p string) (string, error) {
	tmp := filepath.Join(w.stage, filepath.FromSlash(p))
	if err := w.mkdir(filepath.Dir(tmp)); err != nil {
		return "", fmt.Errorf("staging %s: %w", p, err)
	}
	return tmp, nil
}

// countingWriter counts the bytes written through it.
type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// mkdir creates a staging folder the first time it is asked for.
func (w *writer) mkdir(dir string) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.dirs[dir] {
		return nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	w.dirs[dir] = true
	return nil
}

// provablyGenerated reports whether the file p, listed in the previous
// manifest and not generated now, is one the generator can have written,
// and so may be removed: a path of the shape of a generated file, and for
// a page, one that opens with the JSON front matter every generated page
// has. A manifest edited by hand or by another tool to list
// content/_index.md, data/people.yaml or assets/css/main.css must never
// make the generator delete them.
func provablyGenerated(root, p string) bool {
	dir, name := path.Split(p)
	switch dir {
	case "content/sources/", "content/people/":
		if name != "_index.md" && !slugFile.MatchString(name) {
			return false
		}
	case "content/timeline/", "content/quotes/", "content/outlets/", "content/data/", "content/data/annotations/", "content/review/":
		if name != "_index.md" && !slugFile.MatchString(name) {
			return false
		}
	default:
		// A page bundle: a source's page and its original, a person's
		// page and their mentions in context, a timeline or quotes page
		// and its list.
		d := strings.TrimSuffix(dir, "/")
		i := strings.LastIndexByte(d, '/')
		section, bundle := d[:max(i, 0)], d[i+1:]
		if i < 0 || !bundleSlug.MatchString(bundle) {
			return p == "data/dossier.json" || p == "assets/css/original.css"
		}
		switch section {
		case "content/sources":
			if name != "index.md" && name != OriginalFile {
				return false
			}
		case "content/people":
			if name != "index.md" && name != PersonContextFile {
				return false
			}
		case "content/timeline", "content/quotes":
			if name != "index.md" && name != "events.json" && name != "quotes.json" {
				return false
			}
		default:
			return false
		}
	}
	if !strings.HasSuffix(name, ".md") {
		return true
	}
	f, err := os.Open(filepath.Join(root, filepath.FromSlash(p)))
	if err != nil {
		return errors.Is(err, fs.ErrNotExist) // gone already: nothing to prove
	}
	defer f.Close()
	var first [1]byte
	n, _ := f.Read(first[:])
	return n == 1 && first[0] == '{'
}

// slugFile matches the names of generated files in a section.
var slugFile = regexp.MustCompile(`^[a-z0-9][a-z0-9.-]*\.(?:md|json|ics|jsonld|csv)$`)

// bundleSlug matches the folder of a generated page bundle.
var bundleSlug = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

// checkPath refuses a path that could land outside the generated folders.
func checkPath(p string) error {
	clean := path.Clean(p)
	if clean != p || strings.HasPrefix(p, "/") || strings.Contains(p, "..") || strings.Contains(p, "\\") {
		return fmt.Errorf("refusing to write %q: not a clean relative path", p)
	}
	if dir, name := path.Split(p); name == "index.md" && (dir == "content/sources/" || dir == "content/people/") {
		// slug keeps ids from being "index"; a curated id could still be.
		return fmt.Errorf("refusing to write %q: Hugo would take it for the section's bundle and drop every other page; the id index is reserved", p)
	}
	for _, o := range owned {
		if strings.HasPrefix(p, o) {
			return nil
		}
	}
	return fmt.Errorf("refusing to write %q: outside %s", p, strings.Join(owned, ", "))
}

// readManifest reads the previous run's manifest: the set of paths it
// lists, from either format (see Manifest). It returns the raw bytes too,
// so an unchanged manifest is not rewritten.
func readManifest(root string) (map[string]bool, []byte, error) {
	b, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(Manifest)))
	if errors.Is(err, fs.ErrNotExist) {
		return map[string]bool{}, nil, nil
	}
	if err != nil {
		return nil, nil, fmt.Errorf("reading %s: %w", Manifest, err)
	}
	m := map[string]bool{}
	for l := range strings.SplitSeq(string(b), "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		const hashed = 64 // hex SHA-256, then two spaces
		if len(l) > hashed+2 && l[hashed:hashed+2] == "  " && isHex(l[:hashed]) {
			l = l[hashed+2:]
		}
		m[l] = true
	}
	return m, b, nil
}

func isHex(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
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

// Generated lists the files the last run generated under root, the
// manifest among them, sorted.
func Generated(root string) ([]string, error) {
	m, raw, err := readManifest(root)
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(m)+1)
	for p := range m {
		out = append(out, p)
	}
	if raw != nil {
		out = append(out, Manifest)
	}
	sort.Strings(out)
	return out, nil
}
