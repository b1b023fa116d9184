package slug

import "testing"

func TestMake(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want string
	}{
		{"Kanye West", 0, "kanye-west"},
		{"Beyoncé Knowles-Carter", 0, "beyonce-knowles-carter"},
		{"Conan O'Brien", 0, "conan-obrien"},
		{"../../etc/passwd", 0, "etc-passwd"},
		{"  --Hello,   World!--  ", 0, "hello-world"},
		{"2016-12-13 Billboard Kanye West Meets", 20, "2016-12-13-billboard"},
		{"日本語", 0, ""},
		{"Straße Łódź Ørsted", 0, "strasse-lodz-orsted"},
	}
	for _, tt := range tests {
		if got := Make(tt.in, tt.max); got != tt.want {
			t.Errorf("Make(%q, %d) = %q; want %q", tt.in, tt.max, got, tt.want)
		}
	}
}

func TestUnique(t *testing.T) {
	taken := map[string]bool{}
	got := []string{Unique("a", taken), Unique("a", taken), Unique("a", taken), Unique("a-2", taken)}
	want := []string{"a", "a-2", "a-3", "a-2-2"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("Unique #%d = %q; want %q", i, got[i], want[i])
		}
	}
}

func TestReservedIDs(t *testing.T) {
	for _, id := range []string{"index", "_index"} {
		if got := Avoid(id); Reserved(got) || got == id {
			t.Errorf("Avoid(%q) = %q; want an id Hugo reads as an ordinary page", id, got)
		}
		if got := Unique(id, map[string]bool{}); Reserved(got) {
			t.Errorf("Unique(%q) = %q, a reserved page name", id, got)
		}
	}
	if got := Avoid("index-card"); got != "index-card" {
		t.Errorf("Avoid(index-card) = %q", got)
	}
	taken := map[string]bool{"index-2": true}
	if got := Unique("index", taken); got != "index-3" {
		t.Errorf("Unique(index) with index-2 taken = %q; want index-3", got)
	}
}

func TestOutlet(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"The Harbor Gazette", "harbor-gazette"},
		{"the Harbor Gazette", "harbor-gazette"},
		{"Harbor Gazette", "harbor-gazette"},
		{"Theater Weekly", "theater-weekly"},
		{"—", ""},
	} {
		if got := Outlet(tt.in); got != tt.want {
			t.Errorf("Outlet(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}
