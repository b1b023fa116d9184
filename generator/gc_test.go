package main

import "testing"

// TestFitLimit: the memory limit stays while the live heap is within two
// thirds of it, then follows the live heap at 3/2 of it, and never falls.
func TestFitLimit(t *testing.T) {
	const mb = 1 << 20
	for _, tt := range []struct {
		limit, live, want int64
	}{
		{700 * mb, 0, 700 * mb},
		{700 * mb, 260 * mb, 700 * mb},    // 10,000 sources: unchanged
		{700 * mb, 466 * mb, 700 * mb},    // within two thirds
		{700 * mb, 500 * mb, 750 * mb},    // past: 3/2 of the live heap
		{700 * mb, 4000 * mb, 6000 * mb},  // 100,000 sources
		{6000 * mb, 1000 * mb, 6000 * mb}, // the live heap fell: the limit stays
	} {
		if got := fitLimit(tt.limit, tt.live); got != tt.want {
			t.Errorf("fitLimit(%d MB, live %d MB) = %d MB; want %d MB", tt.limit/mb, tt.live/mb, got/mb, tt.want/mb)
		}
	}
}
