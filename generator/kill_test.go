package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dossier/dossier/generator/internal/emit"
	"github.com/dossier/dossier/generator/internal/synth"
)

// TestHelperGenerator is not a test: TestKillNineDuringCommit runs the
// test binary with DOSSIER_HELPER_ARGS set to run the generator in a
// process of its own, to kill it.
func TestHelperGenerator(t *testing.T) {
	args := os.Getenv("DOSSIER_HELPER_ARGS")
	if args == "" {
		t.Skip("helper process only")
	}
	os.Exit(run(context.Background(), strings.Split(args, "\n"), os.Stdout, os.Stderr))
}

// TestKillNineDuringCommit kills the generator with SIGKILL the moment its
// commit journal appears (files are being moved into content/), then runs
// it again: the second run must succeed and leave exactly the site a clean
// run makes.
func TestKillNineDuringCommit(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the generator several times")
	}
	root := newSite(t)
	src := filepath.Join(root, "sources")
	if _, err := synth.WriteDir(src, synth.Options{N: 150, Seed: 3}); err != nil {
		t.Fatal(err)
	}
	generateSite(t, root, "-build=false", "-cache=false")
	// New sources: every page changes, so the commit replaces them all.
	os.RemoveAll(src)
	if _, err := synth.WriteDir(src, synth.Options{N: 150, Seed: 4}); err != nil {
		t.Fatal(err)
	}
	clean := newSite(t)
	os.RemoveAll(filepath.Join(clean, "sources"))
	copyTree(t, src, filepath.Join(clean, "sources"))
	generateSite(t, clean, "-build=false", "-cache=false")

	killed := 0
	for attempt := 0; attempt < 5 && killed == 0; attempt++ {
		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperGenerator$")
		cmd.Env = append(os.Environ(), "DOSSIER_HELPER_ARGS="+strings.Join([]string{"-root", root, "-sources", src, "-build=false", "-cache=false"}, "\n"))
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		journal := filepath.Join(root, emit.Journal)
	poll:
		for deadline := time.Now().Add(2 * time.Minute); time.Now().Before(deadline); {
			select {
			case <-done:
				break poll // finished before we caught it
			default:
			}
			if _, err := os.Stat(journal); err == nil {
				cmd.Process.Signal(syscall.SIGKILL)
				<-done
				killed++
				break poll
			}
		}
		if killed == 0 {
			// It committed before the poll saw the journal: make every
			// page change again and retry.
			os.RemoveAll(src)
			synth.WriteDir(src, synth.Options{N: 150, Seed: uint64(10 + attempt)})
			os.RemoveAll(filepath.Join(clean, "sources"))
			copyTree(t, src, filepath.Join(clean, "sources"))
			generateSite(t, clean, "-build=false", "-cache=false")
		}
	}
	if killed == 0 {
		t.Skip("the commit was always over before the journal was seen")
	}
	if b, err := os.ReadFile(filepath.Join(root, emit.Journal)); err != nil {
		t.Logf("the journal was gone by the kill (the commit had finished)")
	} else {
		moved := 0
		filepath.WalkDir(filepath.Join(root, "content", "sources"), func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				if c, err := os.ReadFile(filepath.Join(clean, "content", "sources", d.Name())); err == nil {
					if m, _ := os.ReadFile(p); bytes.Equal(c, m) {
						moved++
					}
				}
			}
			return nil
		})
		t.Logf("killed in the commit (journal of %d bytes); %d new source pages already in place", len(b), moved)
	}
	generateSite(t, root, "-build=false", "-cache=false")
	if got, want := siteFiles(t, root), siteFiles(t, clean); got != want {
		t.Errorf("after a killed run and a good one, content/ and data/ differ from a clean run's: %s", firstDifference(got, want))
	}
	if leftovers, _ := filepath.Glob(filepath.Join(root, ".dossier-stage-*")); len(leftovers) > 0 || fileExists(filepath.Join(root, emit.Journal)) {
		t.Errorf("left behind: %q (journal: %v)", leftovers, fileExists(filepath.Join(root, emit.Journal)))
	}
}

// siteFiles is snapshot with paths relative to the root.
func siteFiles(t *testing.T, root string) string {
	return strings.ReplaceAll(snapshot(t, root), root, "ROOT")
}

func fileExists(p string) bool { _, err := os.Stat(p); return err == nil }

// firstDifference names the first file whose path or contents differ
// between two snapshots, for the failure message.
func firstDifference(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	path := ""
	for i := 0; i < len(g) && i < len(w); i++ {
		if strings.HasPrefix(g[i], "ROOT/") {
			path = g[i]
		}
		if g[i] != w[i] {
			return fmt.Sprintf("in or after %s: got %.120q, want %.120q", path, g[i], w[i])
		}
	}
	return fmt.Sprintf("one snapshot is longer (%d lines, want %d)", len(g), len(w))
}
