//go:build !unix

package build

import (
	"context"
	"os"
	"os/exec"
)

func measured(_ context.Context, cmd *exec.Cmd, _ string) (*exec.Cmd, string) { return cmd, "" }

func usage(ps *os.ProcessState, _ string) Usage {
	return Usage{User: ps.UserTime(), System: ps.SystemTime()}
}
