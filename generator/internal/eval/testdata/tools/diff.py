#!/usr/bin/env python3
"""Per-article diagnostics: people false positives / misses, wrong speakers, quote and date misses.
usage: diff.py DOSSIER_JSON SETDIR   (matching rules imported from the devset's score.py,
../shared/devset beside the repository)"""
import json, os, sys
_root = os.path.join(os.path.dirname(os.path.abspath(__file__)), *[".."] * 5)
sys.path.insert(0, os.path.join(_root, "..", "shared", "devset"))
from score import name_match, norm, overlap, suffix
d = json.load(open(sys.argv[1]))
if len(sys.argv) < 3:
    sys.exit(__doc__)
gd = os.path.join(sys.argv[2], "gold")
src = {s["id"]: os.path.basename(s.get("file", "")) for s in d["sources"]}
people = {p["id"]: p for p in d["people"]}
def matches(p, gp):
    if name_match(p["name"], p.get("aliases"), gp): return True
    return norm(p["name"]) in {norm(f) for f in gp.get("forms", [])} and not (
        suffix(p["name"]) and suffix(gp["name"]) and suffix(p["name"])[:2] != suffix(gp["name"])[:2])
for fn in sorted(os.listdir(gd)):
    if not fn.endswith(".gold.json"): continue
    g = json.load(open(os.path.join(gd, fn))); f = g["source"]
    sysp = [p for p in people.values() if any(src.get(m["source"]) == f for m in p.get("mentions", []))]
    subj = [gp for gp in g["people"] if gp["kind"] == "subject"]
    cred = [gp for gp in g["people"] if gp["kind"] == "credit"]
    fp = [p["name"] for p in sysp if not any(matches(p, gp) for gp in subj) and not any(matches(p, gp) for gp in cred)]
    miss = [gp["name"] for gp in subj if not any(matches(p, gp) for p in sysp)]
    print(f"== {f}")
    print("  people FP:", fp or "-")
    print("  people missed:", miss or "-")
    gq = [q for q in g["quotes"] if q["kind"] == "speech"]
    sq = [q for q in d["quotes"] if src.get(q.get("source")) == f and q.get("kind", "speech") == "speech"]
    used = set(); wrong = []; qmiss = []
    for q in gq:
        best, bi = 0.0, None
        for i, s in enumerate(sq):
            if i in used: continue
            o = overlap(q["text"], s.get("text", ""))
            if o > best: best, bi = o, i
        if bi is None: qmiss.append(q["text"]); continue
        used.add(bi)
        if q["speaker"]:
            sp = people.get(sq[bi].get("speaker")) if sq[bi].get("speaker") else None
            if not (sp and name_match(sp["name"], sp.get("aliases"), {"name": q["speaker"], "forms": []})):
                wrong.append((q["text"], q["speaker"], sp["name"] if sp else None))
    for t, gs, ss in wrong: print(f"  wrong speaker: {t[:60]!r}  gold={gs}  sys={ss}")
    for t in qmiss: print(f"  quote missed: {t[:60]!r}")
    for i, s in enumerate(sq):
        if i not in used: print(f"  quote FP: {s.get('text','')[:60]!r}")
    gdates = {e["date"] for e in g["events"]}
    sd = {r.get("date") or e.get("date") or "" for e in d["events"] for r in e.get("reports", []) if src.get(r.get("source")) == f}
    hit = lambda a, b: bool(a) and a[:len(b)] == b
    print("  dates missed:", sorted(x for x in gdates if not any(hit(s, x) for s in sd)) or "-",
          " dates FP:", sorted(s for s in sd if not any(hit(s, x) for x in gdates)) or "-")
