//go:build unix

package load

import (
	"os"
	"syscall"
)

// openRegular opens path for reading without blocking on a named pipe;
// the caller checks that what it opened is a regular file.
func openRegular(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}
