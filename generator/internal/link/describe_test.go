package link

import (
	"fmt"
	"strings"
	"testing"
)

// describeSharedSprintf is describeShared as it was written with
// fmt.Sprintf and strings.Join.
func describeSharedSprintf(people, quotes, events int) string {
	var parts []string
	plural := func(n int, one, many string) {
		if n == 1 {
			parts = append(parts, "1 "+one)
		} else if n > 1 {
			parts = append(parts, fmt.Sprintf("%d %s", n, many))
		}
	}
	plural(people, "person", "people")
	plural(quotes, "quote", "quotes")
	plural(events, "event", "events")
	return strings.Join(parts, ", ")
}

func TestDescribeShared(t *testing.T) {
	for p := 0; p <= 12; p++ {
		for q := 0; q <= 12; q++ {
			for e := 0; e <= 12; e++ {
				if got, want := describeShared(p, q, e), describeSharedSprintf(p, q, e); got != want {
					t.Errorf("describeShared(%d, %d, %d) = %q; want %q", p, q, e, got, want)
				}
			}
		}
	}
	if got, want := describeShared(1234567, 0, 200), "1234567 people, 200 events"; got != want {
		t.Errorf("got %q; want %q", got, want)
	}
}
