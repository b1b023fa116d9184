// Package load reads source files into doc.Source values.
//
// A source is a plain-text (.txt) or Markdown (.md) file, optionally opened
// by front matter in YAML (---), TOML (+++) or JSON (;;; or a bare object),
// parsed with github.com/adrg/frontmatter. Loading normalizes the text: a
// UTF-8 byte-order mark is dropped, CRLF and lone CR become LF, and text
// that is not valid UTF-8 is decoded as Windows-1252 (the usual encoding of
// such files) unless it looks binary, which is an error. Line numbers are
// kept: Source.FirstLine is the file line where the body starts, so a
// citation's line is the line an editor shows.
//
// Known front-matter fields are title, outlet, published (YYYY-MM-DD), url
// and id (a slug to use instead of the derived one). Unknown fields are kept
// in Source.Extra and reported as warnings.
package load

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/adrg/frontmatter"

	"github.com/dossier/dossier/generator/internal/doc"
	"github.com/dossier/dossier/generator/internal/slug"
	"github.com/dossier/dossier/generator/internal/text"
)

// MaxSize is the largest source file accepted, in bytes.
const MaxSize = 64 << 20

// An Error is a problem with one source file, at a line when one applies.
type Error struct {
	File string // as given to the loader: "sources/x.txt"
	Line int    // 1-based; 0 when the problem is the whole file
	Err  error
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", Quote(e.File), e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", Quote(e.File), e.Err)
}

// Quote returns a file name for a message: as it is when it is plain
// printable text, else quoted in Go syntax, so that a name holding a
// newline or a terminal escape cannot forge a line of output.
func Quote(name string) string {
	for _, r := range name {
		if !unicode.IsPrint(r) && r != ' ' || r == '"' {
			return strconv.Quote(name)
		}
	}
	return name
}

func (e *Error) Unwrap() error { return e.Err }

// Files lists the source files in dir: every regular file (or symbolic link
// to one inside dir) whose name ends in .txt or .md, sorted by name.
// Sub-directories and hidden files are skipped. See List.
func Files(dir string) ([]string, error) {
	files, _, err := List(dir)
	return files, err
}

// List is Files with warnings: a source is never read from outside dir,
// so a symbolic link whose target resolves outside it is an error naming
// the link, and a name ending in .txt or .md that is not a regular file (a
// named pipe, a device) is skipped with a warning. The paths returned for
// links are the links' own.
func List(dir string) (files, warnings []string, err error) {
	return list(dir, func(path string) string { return path })
}

// list is List, naming each file in messages by name(path).
func list(dir string, name func(path string) string) (files, warnings []string, err error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil, fmt.Errorf("reading sources: %w", err)
	}
	real, err := filepath.EvalSymlinks(dir)
	if err == nil {
		real, err = filepath.Abs(real)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("reading sources: %w", err)
	}
	var errs []error
	for _, e := range entries {
		base := e.Name()
		ext := strings.ToLower(filepath.Ext(base))
		if strings.HasPrefix(base, ".") || (ext != ".txt" && ext != ".md") {
			continue
		}
		path := filepath.Join(dir, base)
		if e.Type()&fs.ModeSymlink != 0 {
			target, err := filepath.EvalSymlinks(path)
			if err == nil {
				target, err = filepath.Abs(target)
			}
			if err != nil {
				errs = append(errs, &Error{File: name(path), Err: fmt.Errorf("cannot read: %w", err)})
				continue
			}
			if rel, err := filepath.Rel(real, target); err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
				errs = append(errs, &Error{File: name(path), Err: fmt.Errorf("symbolic link to %q, outside the sources folder; copy the file in instead", target)})
				continue
			}
		}
		info, err := os.Stat(path) // follows symbolic links
		if err != nil {
			errs = append(errs, &Error{File: name(path), Err: fmt.Errorf("cannot read: %w", err)})
			continue
		}
		switch {
		case info.IsDir():
			continue
		case !info.Mode().IsRegular():
			warnings = append(warnings, fmt.Sprintf("%s: not a regular file (%v); skipped", Quote(name(path)), info.Mode().Type()))
			continue
		}
		files = append(files, path)
	}
	if len(errs) > 0 {
		return nil, warnings, errors.Join(errs...)
	}
	sort.Strings(files)
	return files, warnings, nil
}

// File reads one source file. name is the path recorded in Source.File
// (relative to the site root, slash-separated). It reads only a regular
// file (opening a named pipe would block), and at most one byte more than
// MaxSize.
func File(path, name string) (*doc.Source, []string, error) {
	f, err := openRegular(path)
	if err != nil {
		return nil, nil, &Error{File: name, Err: err}
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, nil, &Error{File: name, Err: err}
	}
	if !info.Mode().IsRegular() {
		return nil, nil, &Error{File: name, Err: fmt.Errorf("not a regular file (%v)", info.Mode().Type())}
	}
	if info.Size() > MaxSize {
		return nil, nil, &Error{File: name, Err: fmt.Errorf("file is %d bytes; the limit is %d", info.Size(), MaxSize)}
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxSize+1))
	if err != nil {
		return nil, nil, &Error{File: name, Err: err}
	}
	if len(data) > MaxSize {
		return nil, nil, &Error{File: name, Err: fmt.Errorf("file is more than %d bytes; the limit is %d", MaxSize, MaxSize)}
	}
	return Bytes(data, name)
}

// Bytes parses the contents of one source file named name. It returns the
// source and warnings (unknown front-matter fields, a re-encoded file).
func Bytes(data []byte, name string) (*doc.Source, []string, error) {
	sum := sha256.Sum256(data)
	var warnings []string
	text, decoded, err := decode(data)
	if err != nil {
		return nil, nil, &Error{File: name, Err: err}
	}
	if decoded {
		warnings = append(warnings, fmt.Sprintf("%s: not valid UTF-8; decoded as Windows-1252", Quote(name)))
	}

	meta := map[string]any{}
	opener := firstNonEmptyLine(text)
	var body []byte
	if opener.text == "{" {
		body, err = bareJSON(text, opener.line, meta)
		if err != nil {
			return nil, nil, &Error{File: name, Line: opener.line, Err: err}
		}
	} else if body, err = frontmatter.Parse(strings.NewReader(text), &meta); err != nil {
		return nil, nil, frontMatterError(name, opener.line, err)
	}
	if len(body) == len(text) && isOpener(opener.text) {
		return nil, nil, &Error{File: name, Line: opener.line, Err: fmt.Errorf("front matter opened with %q is never closed", opener.text)}
	}
	// The body is a suffix of text; the lines before it are front matter.
	firstLine := 1 + strings.Count(text[:len(text)-len(body)], "\n")

	src := &doc.Source{
		File:      name,
		Text:      string(body),
		FirstLine: firstLine,
		Hash:      hex.EncodeToString(sum[:]),
	}
	if err := applyMeta(src, meta, text, &warnings); err != nil {
		return nil, nil, err
	}
	if strings.TrimSpace(src.Text) == "" {
		return nil, nil, &Error{File: name, Err: fmt.Errorf("no text after the front matter")}
	}
	if src.Title == "" {
		src.Title = titleFromText(src.Text)
	}
	return src, warnings, nil
}

// bareJSON reads front matter that is a bare JSON object, opened by a
// line "{", into meta and returns the body after it. The object ends where
// JSON says it does, on a line of its own or not; the line after it may be
// blank (that blank line is not body) or the body's first line (the
// front-matter library wants a blank line there, and took a whole file
// for body when it was missing).
func bareJSON(text string, openerLine int, meta map[string]any) ([]byte, error) {
	start := strings.IndexByte(text, '{')
	dec := json.NewDecoder(strings.NewReader(text[start:]))
	if err := dec.Decode(&meta); err != nil {
		var syntax *json.SyntaxError
		if errors.As(err, &syntax) {
			line := openerLine + strings.Count(text[start:start+int(min(syntax.Offset, int64(len(text)-start)))], "\n")
			return nil, fmt.Errorf("front matter: JSON at line %d: %v", line, err)
		}
		return nil, fmt.Errorf("front matter: %v", err)
	}
	end := start + int(dec.InputOffset())
	rest := text[end:]
	nl := strings.IndexByte(rest, '\n')
	if nl < 0 {
		nl = len(rest)
	}
	if strings.TrimSpace(rest[:nl]) != "" {
		return nil, fmt.Errorf("front matter: text after the JSON object's closing } on its line")
	}
	rest = rest[min(nl+1, len(rest)):]
	if nl := strings.IndexByte(rest, '\n'); nl >= 0 && strings.TrimSpace(rest[:nl]) == "" {
		rest = rest[nl+1:]
	}
	return []byte(rest), nil
}

// frontMatterError reports a front-matter parse error on one line, at the
// file line the decoder names ("yaml: line 2: …" counts from the line
// after the opener), else at the opener.
func frontMatterError(name string, openerLine int, err error) error {
	msg := strings.Join(strings.Fields(err.Error()), " ")
	line := max(openerLine, 1)
	if m := decoderLine.FindStringSubmatch(msg); m != nil {
		if n, convErr := strconv.Atoi(m[1]); convErr == nil && n > 0 && n < 1<<20 {
			line += n
		}
	}
	return &Error{File: name, Line: line, Err: fmt.Errorf("front matter: %s", msg)}
}

var decoderLine = regexp.MustCompile(`\bline (\d+)\b`)

// decode returns data as normalized UTF-8 text, reporting whether it had
// to be decoded from Windows-1252.
func decode(data []byte) (string, bool, error) {
	// A file saved twice by a tool that adds a byte order mark starts
	// with two (or more); none of them is text.
	for bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) {
		data = data[3:]
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return "", false, fmt.Errorf("binary file (contains NUL bytes); sources must be text")
	}
	decoded := false
	if !utf8.Valid(data) {
		data = windows1252(data)
		decoded = true
	}
	s := string(data)
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	if n := controlBytes(s); n*100 > len(s)+100 {
		return "", false, fmt.Errorf("binary file (%d control characters); sources must be text", n)
	}
	return dropControls(s), decoded, nil
}

// dropControls removes the characters that are not text but instructions
// to a terminal or to bidirectional layout: C0 controls other than tab,
// newline and form feed, DEL, C1 controls, and the bidirectional
// embeddings, overrides, isolates and marks (U+202E would show a name
// reversed), and U+FEFF, which is a byte order mark wherever it stands
// (after front matter, or in a file pasted into another) and not text.
// Removing them keeps every line where it was.
func dropControls(s string) string {
	k := strings.IndexFunc(s, isControl)
	if k < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:k])
	for _, r := range s[k:] {
		if !isControl(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isControl(r rune) bool {
	switch {
	case r < 0x20:
		return r != '\t' && r != '\n' && r != '\f'
	case r < 0x7f:
		return false
	case r <= 0x9f:
		return true // DEL and C1
	}
	switch r {
	case '\u061c', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e',
		'\u2066', '\u2067', '\u2068', '\u2069', '\ufeff':
		return true
	}
	return false
}

// controlBytes counts C0 control characters other than tab, newline and form feed.
func controlBytes(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 && c != '\t' && c != '\n' && c != '\f' {
			n++
		}
	}
	return n
}

// cp1252 maps the bytes 0x80–0x9F of Windows-1252 to Unicode; the other
// bytes above 0x7F are Latin-1.
var cp1252 = [32]rune{
	'€', '\u0081', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u008d', 'Ž', '\u008f',
	'\u0090', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u009d', 'ž', 'Ÿ',
}

func windows1252(data []byte) []byte {
	out := make([]byte, 0, len(data)+len(data)/8)
	for _, c := range data {
		switch {
		case c < 0x80:
			out = append(out, c)
		case c < 0xA0:
			out = utf8.AppendRune(out, cp1252[c-0x80])
		default:
			out = utf8.AppendRune(out, rune(c))
		}
	}
	return out
}

type numberedLine struct {
	text string
	line int
}

// firstStoryLine returns the first non-empty line of s that the text layer
// does not read as metadata (byline, header, credit, timestamp,
// boilerplate), looking at the first few lines only; else the first
// non-empty line.
func firstStoryLine(s string) string {
	first := firstNonEmptyLine(s).text
	head := s
	if len(head) > 2048 {
		head = head[:2048]
		if i := strings.LastIndexByte(head, '\n'); i > 0 {
			head = head[:i]
		}
	}
	tx := text.Read(head)
	seen := 0
	for _, l := range tx.Lines {
		if strings.TrimSpace(head[l.Start:l.End]) == "" {
			continue
		}
		if !l.Role.Meta() {
			return head[l.Start:l.End]
		}
		if seen++; seen >= 4 {
			break
		}
	}
	return first
}

func firstNonEmptyLine(s string) numberedLine {
	for i, l := range strings.Split(s, "\n") {
		if t := strings.TrimSpace(l); t != "" {
			return numberedLine{t, i + 1}
		}
		if i > 1000 {
			break
		}
	}
	return numberedLine{}
}

func isOpener(line string) bool {
	switch line {
	case "---", "+++", ";;;", "---yaml", "---toml", "---json":
		return true
	}
	return false
}

// applyMeta copies known front-matter fields into src, keeps the others in
// src.Extra, and checks their values.
func applyMeta(src *doc.Source, meta map[string]any, text string, warnings *[]string) error {
	var unknown []string
	for key, v := range meta {
		fail := func(format string, args ...any) error {
			return &Error{File: src.File, Line: fieldLine(text, src.FirstLine, key), Err: fmt.Errorf("front matter %q: "+format, append([]any{key}, args...)...)}
		}
		switch strings.ToLower(key) {
		case "title", "outlet", "url", "id":
			s, ok := v.(string)
			if !ok {
				return fail("want text, got %v", v)
			}
			s = strings.Join(strings.Fields(dropControls(s)), " ")
			switch strings.ToLower(key) {
			case "title":
				src.Title = s
			case "outlet":
				src.Outlet, src.OutletBasis = s, "front matter"
			case "url":
				if s != "" && !strings.HasPrefix(s, "https://") && !strings.HasPrefix(s, "http://") {
					return fail("want an http or https address, got %q", s)
				}
				src.URL = s
			case "id":
				if src.ID = slug.Make(s, 80); src.ID == "" {
					return fail("%q has no letters or digits", s)
				}
			}
		case "published", "date":
			d, err := dateValue(v)
			if err != nil {
				return fail("%v", err)
			}
			src.Published, src.PublishedBasis = d, "front matter"
		default:
			if src.Extra == nil {
				src.Extra = map[string]any{}
			}
			src.Extra[key] = jsonable(v)
			unknown = append(unknown, key)
		}
	}
	sort.Strings(unknown)
	for _, k := range unknown {
		*warnings = append(*warnings, fmt.Sprintf("%s:%d: unknown front matter field %q (kept)", Quote(src.File), fieldLine(text, src.FirstLine, k), k))
	}
	return nil
}

// dateValue accepts a date as YAML, TOML and JSON decoders give it.
func dateValue(v any) (string, error) {
	var s string
	switch v := v.(type) {
	case string:
		s = strings.TrimSpace(v)
	case time.Time:
		return v.Format(time.DateOnly), nil
	case fmt.Stringer: // TOML local dates
		s = v.String()
	default:
		return "", fmt.Errorf("want a date YYYY-MM-DD, got %v", v)
	}
	if len(s) > len(time.DateOnly) { // allow a full timestamp, keep its date
		if t, err := time.Parse(time.RFC3339, s); err == nil {
			return t.Format(time.DateOnly), nil
		}
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return "", fmt.Errorf("want a date YYYY-MM-DD, got %q", s)
	}
	return t.Format(time.DateOnly), nil
}

// fieldLine finds the line of a front-matter key, for error messages.
func fieldLine(text string, bodyLine int, key string) int {
	lines := strings.SplitN(text, "\n", bodyLine)
	for i, l := range lines[:min(len(lines), bodyLine-1)] {
		l = strings.TrimLeft(l, " \t\"")
		if strings.HasPrefix(l, key) {
			return i + 1
		}
	}
	return 1
}

// jsonable converts YAML's map[any]any values into map[string]any, so that
// kept fields can be written as JSON.
func jsonable(v any) any {
	switch v := v.(type) {
	case map[any]any:
		m := make(map[string]any, len(v))
		for k, x := range v {
			m[fmt.Sprint(k)] = jsonable(x)
		}
		return m
	case map[string]any:
		m := make(map[string]any, len(v))
		for k, x := range v {
			m[k] = jsonable(x)
		}
		return m
	case []any:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = jsonable(x)
		}
		return out
	case time.Time:
		return v.Format(time.RFC3339)
	case fmt.Stringer:
		return v.String()
	}
	return v
}

// titleFromText returns the first non-empty line, cut to a readable length;
// a metadata line before it ("Published: 14 June 2026, 06:00", "June 14,
// 2026 at 6:00 a.m. EDT", a byline), as the text layer reads its roles, is
// no title, so the first line after such lines is taken when there is one.
func titleFromText(text string) string {
	t := strings.Join(strings.Fields(firstStoryLine(text)), " ")
	const max = 120
	if len(t) <= max {
		return t
	}
	cut := strings.LastIndexByte(t[:max], ' ')
	if cut < max/2 {
		cut = max
		for !utf8.RuneStart(t[cut]) {
			cut--
		}
	}
	return t[:cut] + "…"
}

// Dir loads every source in dir. root is the site root, used to record each
// source's path relative to it. Sources get unique ids: the front matter's
// id, else a slug of published date, outlet and title. All problems are
// returned together, so a user can fix every file in one go.
func Dir(root, dir string) ([]*doc.Source, []string, error) {
	nameOf := sourceNamer(root, dir)
	files, listWarnings, err := list(dir, nameOf)
	if err != nil {
		return nil, listWarnings, err
	}
	// Files are read and parsed on every core; each result lands in its
	// own slot, so the order (and so every id) does not depend on scheduling.
	type result struct {
		src      *doc.Source
		warnings []string
		err      error
	}
	results := make([]result, len(files))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(files)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				k := int(next.Add(1) - 1)
				if k >= len(files) {
					return
				}
				path, name := files[k], nameOf(files[k])
				r := &results[k]
				func() {
					defer func() {
						if p := recover(); p != nil {
							r.err = &Error{File: name, Err: fmt.Errorf("internal error while loading: %v", p)}
						}
					}()
					r.src, r.warnings, r.err = File(path, name)
				}()
			}
		}()
	}
	wg.Wait()
	var (
		sources  []*doc.Source
		warnings = listWarnings
		errs     []error
	)
	for _, r := range results {
		if r.err != nil {
			errs = append(errs, r.err)
			continue
		}
		warnings = append(warnings, r.warnings...)
		sources = append(sources, r.src)
	}
	if len(errs) > 0 {
		return nil, warnings, errors.Join(errs...)
	}
	if err := duplicateIDs(sources); err != nil {
		return nil, warnings, err
	}
	AssignIDs(sources)
	return sources, warnings, nil
}

// sourceNamer returns the function naming the files of dir as they are
// recorded and published: their paths relative to root, slash-separated,
// or for a sources folder outside root, the folder's name and the file's
// ("sources/x.txt"), never an absolute path of the build machine.
func sourceNamer(root, dir string) func(path string) string {
	absRoot, rerr := filepath.Abs(root)
	absDir, derr := filepath.Abs(dir)
	return func(path string) string {
		name := filepath.ToSlash(filepath.Join(filepath.Base(absDir), filepath.Base(path)))
		if rerr != nil || derr != nil {
			return name
		}
		rel, err := filepath.Rel(absRoot, filepath.Join(absDir, filepath.Base(path)))
		if err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return filepath.ToSlash(rel)
		}
		return name
	}
}

// duplicateIDs reports the sources whose front matter gives the same id:
// which one should get it is the researcher's choice, not the loader's.
func duplicateIDs(sources []*doc.Source) error {
	first := map[string]string{}
	var errs []error
	for _, s := range sources {
		if s.ID == "" {
			continue
		}
		if f, ok := first[s.ID]; ok {
			errs = append(errs, &Error{File: s.File, Err: fmt.Errorf("front matter id %q is already the id of %q; give one of them another", s.ID, f)})
			continue
		}
		first[s.ID] = s.File
	}
	return errors.Join(errs...)
}

// AssignIDs gives every source without an id one derived from its
// published date, outlet and title, and makes all ids unique: the first
// in the order given (sorted by file name) keeps its id, later ones add a
// hash of their content.
func AssignIDs(sources []*doc.Source) {
	taken := map[string]bool{}
	for _, s := range sources {
		id := s.ID
		if id == "" {
			id = slug.Make(strings.Join([]string{s.Published, s.Outlet, s.Title}, " "), 80)
		}
		if id == "" {
			id = slug.Make(strings.TrimSuffix(filepath.Base(s.File), filepath.Ext(s.File)), 80)
		}
		if id == "" {
			id = "source"
		}
		s.ID = uniqueID(id, s, taken) // ids.go
	}
}
