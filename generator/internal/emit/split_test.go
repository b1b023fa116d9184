package emit

import (
	"fmt"
	"testing"
)

func TestSplitList(t *testing.T) {
	keys := []string{"2015", "2016", "2016", "2016", "2016", "2016", "2017"}
	label := func(k string) string { return k }
	parts := splitList(len(keys), 2, func(k int) string { return keys[k] }, label)
	var got []string
	for _, p := range parts {
		got = append(got, fmt.Sprintf("%s:%s:%d:%v", p.Slug, p.Key, p.Part, p.items))
	}
	want := []string{"2015:2015:1:[0]", "2016:2016:1:[1 2]", "2016-2:2016:2:[3 4]", "2016-3:2016:3:[5]", "2017:2017:1:[6]"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("splitList = %v; want %v", got, want)
	}
	if !split(parts) {
		t.Errorf("split(%v) = false", got)
	}
	// A list that fits on one page stays on the section's page.
	whole := splitList(len(keys), len(keys), func(k int) string { return keys[k] }, label)
	if len(whole) != 1 || whole[0].Slug != "" || len(whole[0].items) != len(keys) || split(whole) {
		t.Errorf("unsplit list = %+v", whole)
	}
	if u := whole[0].url("timeline"); u != "/timeline/" {
		t.Errorf("url of the unsplit list = %q", u)
	}
	if u := parts[2].url("timeline"); u != "/timeline/2016-2/" {
		t.Errorf("url = %q", u)
	}
}

func TestPageKeys(t *testing.T) {
	for _, c := range []struct {
		date   string
		decade bool
		want   string
	}{{"2016-12-13", false, "2016"}, {"1990", true, "1990s"}, {"", false, "undated"}, {"abcd", false, "undated"}} {
		if got := timelineKey(c.date, c.decade); got != c.want {
			t.Errorf("timelineKey(%q, %v) = %q; want %q", c.date, c.decade, got, c.want)
		}
	}
	for name, want := range map[string]string{"Elena Ruiz": "e", "élan": "other", "": "unattributed", "zed": "z"} {
		if got := quotesKey(name); got != want {
			t.Errorf("quotesKey(%q) = %q; want %q", name, got, want)
		}
	}
	if !keyBefore("z", "other") || !keyBefore("other", "unattributed") || keyBefore("b", "a") {
		t.Errorf("keyBefore orders the pages wrongly")
	}
}
