package build

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// hugoTool is the module path of the Hugo tool dependency in go.mod.
const hugoTool = "github.com/gohugoio/hugo"

// Locate returns the folder to run `go tool hugo` in: the current folder
// when it is inside a module whose go.mod declares the Hugo tool, else the
// site root when that is, else an error saying so, so that a run fails
// before it writes anything instead of after.
func Locate(root string) (string, error) {
	cwd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	if hasHugoTool(cwd) {
		return "", nil
	}
	abs, err := filepath.Abs(root)
	if err != nil {
		return "", err
	}
	if hasHugoTool(abs) {
		return abs, nil
	}
	return "", fmt.Errorf("cannot run Hugo: neither the current folder nor %s is inside a Go module whose go.mod has `tool %s`; run the generator from the dossier's folder, or with -build=false", root, hugoTool)
}

// hasHugoTool reports whether the go.mod that governs dir (the nearest one
// in dir or above) declares the Hugo tool.
func hasHugoTool(dir string) bool {
	if os.Getenv("GO111MODULE") == "off" {
		return false
	}
	for {
		f, err := os.Open(filepath.Join(dir, "go.mod"))
		if err == nil {
			defer f.Close()
			inTool := false
			sc := bufio.NewScanner(f)
			for sc.Scan() {
				l := strings.TrimSpace(sc.Text())
				if i := strings.Index(l, "//"); i >= 0 {
					l = strings.TrimSpace(l[:i])
				}
				switch {
				case l == "tool (":
					inTool = true
				case inTool && l == ")":
					inTool = false
				case inTool && l == hugoTool, l == "tool "+hugoTool:
					return true
				}
			}
			return false
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return false
		}
		dir = parent
	}
}
