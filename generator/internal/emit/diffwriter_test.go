package emit

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDiffWriter checks that a streamed file equal to the previous run's
// stages nothing, and that any difference (inside a chunk, at a chunk's
// edge, a longer or a shorter file) stages exactly the new bytes.
func TestDiffWriter(t *testing.T) {
	long := strings.Repeat("0123456789", 10_000)
	for _, tc := range []struct {
		name, old, new string
		chunk          int
		changed        bool
	}{
		{"same", long, long, 4096, false},
		{"same, one write", long, long, len(long), false},
		{"both empty", "", "", 1, false},
		{"differs in the first byte", long, "X" + long[1:], 4096, true},
		{"differs inside a later chunk", long, long[:50_000] + "X" + long[50_001:], 4096, true},
		{"differs in the last byte", long, long[:len(long)-1] + "X", 4096, true},
		{"new is longer", long, long + "more", 4096, true},
		{"new is shorter", long, long[:len(long)-3], 4096, true},
		{"new is empty", long, "", 4096, true},
		{"old is empty", "", long, 4096, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			oldPath, stagePath := filepath.Join(dir, "old"), filepath.Join(dir, "staged")
			if err := os.WriteFile(oldPath, []byte(tc.old), 0o644); err != nil {
				t.Fatal(err)
			}
			old, err := os.Open(oldPath)
			if err != nil {
				t.Fatal(err)
			}
			d := &diffWriter{old: old, stage: func() (*os.File, error) { return os.Create(stagePath) }}
			for rest := tc.new; rest != ""; {
				n := min(tc.chunk, len(rest))
				if _, err := d.Write([]byte(rest[:n])); err != nil {
					t.Fatal(err)
				}
				rest = rest[n:]
			}
			if err := d.finish(); err != nil {
				t.Fatal(err)
			}
			if err := d.close(); err != nil {
				t.Fatal(err)
			}
			changed := d.file != nil
			if changed != tc.changed {
				t.Fatalf("changed = %v, want %v", changed, tc.changed)
			}
			staged, err := os.ReadFile(stagePath)
			switch {
			case !changed && err == nil:
				t.Fatalf("an unchanged file was staged")
			case changed && err != nil:
				t.Fatal(err)
			case changed && string(staged) != tc.new:
				t.Fatalf("staged %d bytes, want the %d new bytes", len(staged), len(tc.new))
			}
		})
	}
}
