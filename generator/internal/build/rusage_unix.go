//go:build unix

package build

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"time"
)

// measured wraps cmd in /usr/bin/time, where there is one, and returns
// the file it reports to. The usage wait4 reports for cmd itself would
// not do: a child started from a large process (a test binary holding a
// whole dossier) inherits that process's peak RSS when it execs, since Go
// starts children with vfork semantics and the kernel charges the old
// address space's high-water mark at exec. time(1) is a small process, so
// the peak it reports is that of `go tool` and Hugo.
func measured(ctx context.Context, cmd *exec.Cmd, tmp string) (*exec.Cmd, string) {
	if _, err := os.Stat("/usr/bin/time"); err != nil {
		return cmd, ""
	}
	report := filepath.Join(filepath.Dir(tmp), "."+filepath.Base(tmp)+".usage")
	args := append([]string{"-f", "%M %U %S", "-o", report}, cmd.Args...)
	w := exec.CommandContext(ctx, "/usr/bin/time", args...)
	w.Dir, w.Env = cmd.Dir, cmd.Env
	return w, report
}

// usage reads what measured's report says, or, without one, what the
// system reports for the process (its peak RSS then overstated, see measured).
func usage(ps *os.ProcessState, report string) Usage {
	u := Usage{User: ps.UserTime(), System: ps.SystemTime()}
	b, err := os.ReadFile(report)
	if report == "" || err != nil {
		return u
	}
	var kib int64
	var user, sys float64
	if _, err := fmt.Sscanf(string(b), "%d %f %f", &kib, &user, &sys); err == nil {
		u = Usage{User: time.Duration(user * float64(time.Second)), System: time.Duration(sys * float64(time.Second)), PeakRSS: kib * 1024}
	}
	return u
}
