package main

import (
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer safe for the concurrent writes of hugo and serve.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestServe runs -serve on a free port, checks that the preview shows a
// source, changes the source and waits for the preview to show the change.
func TestServe(t *testing.T) {
	if testing.Short() {
		t.Skip("runs hugo server")
	}
	root := newSite(t)
	src := filepath.Join(root, "sources", "a.txt")
	os.WriteFile(src, []byte("---\ntitle: Preview\npublished: 2021-03-02\n---\n"+goodBody), 0o644)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()

	ctx, cancel := context.WithCancel(context.Background())
	var out syncBuffer
	done := make(chan int)
	go func() {
		done <- run(ctx, []string{"-root", root, "-sources", filepath.Join(root, "sources"), "-serve", "-port", strconv.Itoa(port)}, &out, &out)
	}()
	defer func() {
		cancel()
		select {
		case code := <-done:
			if code != 0 {
				t.Errorf("serve exited %d:\n%s", code, out.String())
			}
		case <-time.After(20 * time.Second):
			t.Errorf("serve did not stop")
		}
	}()

	base := "http://127.0.0.1:" + strconv.Itoa(port)
	waitFor := func(path, want string) {
		t.Helper()
		deadline := time.Now().Add(60 * time.Second)
		for time.Now().Before(deadline) {
			resp, err := http.Get(base + path)
			if err == nil {
				b, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				if resp.StatusCode == 200 && strings.Contains(string(b), want) {
					return
				}
			}
			time.Sleep(200 * time.Millisecond)
		}
		t.Fatalf("%s never showed %q; output:\n%s", path, want, out.String())
	}
	waitFor("/sources/", "Preview")
	os.WriteFile(src, []byte("---\ntitle: Preview changed\npublished: 2021-03-02\n---\n"+goodBody), 0o644)
	waitFor("/sources/", "Preview changed")
	// A source naming a new person beside known ones: the new person's
	// page must appear (Hugo's server misses a page that arrives by rename
	// among changes to other pages of its section, without nudgeHugo).
	os.WriteFile(src, []byte("---\ntitle: Preview changed\npublished: 2021-03-02\n---\n"+goodBody+"\nJudge Helena Voss, 61, met Anna Berg and Tom Lee.\n"), 0o644)
	waitFor("/people/helena-voss/", "Helena Voss")
	// A broken source is reported and the preview keeps the last good site.
	os.WriteFile(src, []byte("---\ntitle: [broken\n---\n"+goodBody), 0o644)
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(out.String(), "a.txt:2: front matter") && time.Now().Before(deadline) {
		time.Sleep(100 * time.Millisecond)
	}
	if !strings.Contains(out.String(), "a.txt:2: front matter") {
		t.Errorf("the broken source was not reported:\n%s", out.String())
	}
	waitFor("/sources/", "Preview changed")
	// The preview renders elsewhere: ROOT/public stays the published site.
	if _, err := os.Stat(filepath.Join(root, "public")); err == nil {
		t.Errorf("the preview wrote ROOT/public")
	}
}
