//go:build !unix

package load

import "os"

// openRegular opens path for reading; the caller checks that what it
// opened is a regular file.
func openRegular(path string) (*os.File, error) { return os.Open(path) }
