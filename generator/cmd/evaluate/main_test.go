package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fixture writes a one-article gold, its cross gold and a dossier that
// finds the person and the quote but gives a wrong date.
func fixture(t *testing.T) (dossier, gold, cross string) {
	t.Helper()
	dir := t.TempDir()
	gold = filepath.Join(dir, "gold")
	if err := os.Mkdir(gold, 0o755); err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		filepath.Join(gold, "b1.txt.gold.json"): `{"source": "b1.txt", "published": "2032-06-01",
			"people": [{"name": "Ada Vosk", "forms": ["Ada Vosk"], "kind": "subject"}],
			"quotes": [{"text": "The ferry sails at dawn.", "speaker": "Ada Vosk", "kind": "speech"}],
			"events": [{"date": "2032-05-31"}]}`,
		filepath.Join(gold, "CROSS.json"): `{"quote_groups": [], "event_groups": [], "people": []}`,
		filepath.Join(dir, "dossier.json"): `{"sources": [{"id": "s", "file": "sources/b1.txt", "published": "2032-06-01"}],
			"people": [{"id": "ada", "name": "Ada Vosk", "aliases": [], "mentions": [{"source": "s"}]}],
			"quotes": [{"source": "s", "text": "The ferry sails at dawn.", "speaker": "ada", "kind": "speech", "group": null}],
			"events": [{"date": "2032-05-30", "reports": [{"source": "s", "date": "2032-05-30"}]}]}`,
		filepath.Join(dir, "floors.txt"): "# floors only rise\npeople_f1 >= 1\nevents_f1 >= 0.5\nquotes_f1 >= 0.9\n",
	}
	for name, body := range files {
		if err := os.WriteFile(name, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return filepath.Join(dir, "dossier.json"), gold, filepath.Join(gold, "CROSS.json")
}

func TestRun(t *testing.T) {
	dossier, gold, cross := fixture(t)
	floors := filepath.Join(filepath.Dir(dossier), "floors.txt")
	for _, tc := range []struct {
		name   string
		args   []string
		code   int
		stdout []string // substrings
		stderr []string
	}{
		{"figures", []string{dossier, gold, cross}, 0,
			[]string{"people_f1: 1.000\n", "events_f1: 0.000\n", "sources_matched: 1/1\n", "cross_quote_pair_r: 0.000\n", "# not in score.py", "summary: people_f1=1.00"}, nil},
		{"no cross", []string{dossier, gold}, 0, []string{"speaker_acc: 1.000\n"}, nil},
		{"per source", []string{"-per-source", dossier, gold}, 0, []string{"b1.txt    1/1"}, nil},
		{"json", []string{"-json", dossier, gold, cross}, 0, []string{`"people_f1": 1.0`, `"sources_matched": "1/1"`, `"ours": {`}, nil},
		{"floors", []string{"-floors", floors, dossier, gold}, 1, nil, []string{"events_f1 0.000 < floor 0.5"}},
		{"exclude", []string{"-exclude", "b1.txt", dossier, gold}, 0, []string{"sources_matched: 0/0\n"}, []string{"excluded b1.txt"}},
		{"usage", []string{dossier}, 2, nil, []string{"want DOSSIER.json GOLDDIR"}},
		{"missing", []string{dossier + ".none", gold}, 2, nil, []string{"read"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb strings.Builder
			if code := run(context.Background(), tc.args, &out, &errb); code != tc.code {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, tc.code, errb.String())
			}
			for _, s := range tc.stdout {
				if !strings.Contains(out.String(), s) {
					t.Errorf("stdout lacks %q:\n%s", s, out.String())
				}
			}
			for _, s := range tc.stderr {
				if !strings.Contains(errb.String(), s) {
					t.Errorf("stderr lacks %q:\n%s", s, errb.String())
				}
			}
		})
	}
}
