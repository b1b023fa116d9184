#!/usr/bin/env python3
"""Validate the gold of an evaluation set and build a 'perfect' dossier from it.

usage: validate.py SETDIR [--dossier OUT.json]
SETDIR holds the articles and gold/ (heldout, blind, blind2 beside this folder, or the devset).
gold/possessives.json, when present, lists the words whose plural possessive apostrophe
("Rovers' ground") the set's texts use, so that it is not taken for a quote mark.
Checks: every quote text is a substring with a quote mark on each side (or a paragraph break
followed by an opening mark for the first part of a multi-paragraph quote), quotes in text order,
every quote mark in the article belongs to some gold quote (apostrophes inside words and listed
plural possessives excepted), forms and evidence are substrings, speakers and event people are
canonical names of the file, dates are valid, CROSS members exist."""
import json, os, re, sys, datetime
args = [a for a in sys.argv[1:]]
if not args or args[0].startswith("--"):
    sys.exit(__doc__)
H = os.path.abspath(args.pop(0))
sys.argv = [sys.argv[0]] + args
GD = os.path.join(H, "gold")
_pp = os.path.join(GD, "possessives.json")
POSSESSIVE = re.compile("(" + "|".join(map(re.escape, json.load(open(_pp)))) + ")$") if os.path.exists(_pp) else None
OPEN = "\"'“‘"
CLOSE = "\"'”’"
errs = []
def err(*a): errs.append(" ".join(str(x) for x in a))

def valid_date(d):
    for fmt in ("%Y-%m-%d", "%Y-%m", "%Y"):
        try:
            datetime.datetime.strptime(d, fmt); return len(d) in (4, 7, 10)
        except ValueError: pass
    return False

golds = {}
for fn in sorted(os.listdir(GD)):
    if not fn.endswith(".gold.json"): continue
    g = json.load(open(os.path.join(GD, fn)))
    golds[g["source"]] = g
    t = open(os.path.join(H, g["source"]), encoding="utf-8").read()
    for k in ("source", "published", "published_basis", "people", "quotes", "events"):
        if k not in g: err(fn, "missing", k)
    if g["published"] and not (len(g["published"]) == 10 and valid_date(g["published"])): err(fn, "bad published")
    names = {p["name"] for p in g["people"]}
    if len(names) != len(g["people"]): err(fn, "duplicate person")
    for p in g["people"]:
        if p["kind"] not in ("subject", "credit", "fictional"): err(fn, "kind", p)
        for f in p["forms"]:
            if f not in t: err(fn, "form not in text:", f)
    # quotes: locate in order
    pos = 0; covered = set()
    for q in g["quotes"]:
        if q["kind"] not in ("speech", "term", "title"): err(fn, "quote kind", q)
        if q["speaker"] is not None and q["speaker"] not in names: err(fn, "speaker not a person:", q["speaker"])
        if q["speaker"] is not None and q["kind"] != "speech": err(fn, "non-speech with speaker", q["text"])
        found = None; start = pos
        while True:
            i = t.find(q["text"], start)
            if i < 0: break
            j = i + len(q["text"])
            before = t[i-1] if i > 0 else ""
            after = t[j] if j < len(t) else ""
            para = t[j:j+3] == "\n\n" + t[j+2:j+3] and t[j+2:j+3] in OPEN
            if before in OPEN and (after in CLOSE or para):
                found = (i, j); break
            start = i + 1
        if not found: err(fn, "quote not found in order with marks:", q["text"]); continue
        pos = found[0] + 1
        covered.add(found[0] - 1)
        if t[found[1]:found[1]+1] in CLOSE: covered.add(found[1])
    # every quote mark covered
    for m in re.finditer("[\"'“”‘’]", t):
        i = m.start(); c = m.group()
        if i in covered: continue
        if c in "'’":
            prev = t[i-1] if i else " "; nxt = t[i+1] if i + 1 < len(t) else " "
            if prev.isalpha() and nxt.isalpha(): continue  # in-word apostrophe
            if prev == "s" and nxt == " " and POSSESSIVE and POSSESSIVE.search(t[:i]): continue  # plural possessive
        err(fn, "uncovered quote mark at", i, repr(t[max(0,i-25):i+25]))
    for e in g["events"]:
        if not valid_date(e["date"]): err(fn, "bad date", e)
        if e["evidence"] not in t: err(fn, "evidence not in text:", e["evidence"])
        for p in e["people"]:
            if p not in names: err(fn, "event person not a person:", p)

c = json.load(open(os.path.join(GD, "CROSS.json")))
for grp in c["quote_groups"]:
    for m in grp:
        if not any(q["text"] == m["text"] for q in golds[m["source"]]["quotes"]): err("CROSS quote missing", m)
for grp in c["event_groups"]:
    for r in grp["reports"]:
        if r["date"] not in {e["date"] for e in golds[r["source"]]["events"]}: err("CROSS event date missing", r)
subj = {}
for s, g in golds.items():
    for p in g["people"]:
        if p["kind"] == "subject": subj.setdefault(p["name"], set()).add(s)
cp = {p["name"]: set(p["sources"]) for p in c["people"]}
if cp != subj: err("CROSS people disagree with per-article files")

# build a perfect dossier
if "--dossier" in sys.argv:
    out = sys.argv[sys.argv.index("--dossier") + 1]
    D = {"sources": [], "people": [], "quotes": [], "events": []}
    sid = {}
    for i, (s, g) in enumerate(sorted(golds.items())):
        sid[s] = f"s{i}"; D["sources"].append({"id": f"s{i}", "file": "sources/" + s, "published": g["published"]})
    pid = {}
    for s, g in sorted(golds.items()):
        for p in g["people"]:
            if p["kind"] != "subject": continue
            if p["name"] not in pid:
                pid[p["name"]] = f"p{len(pid)}"
                D["people"].append({"id": pid[p["name"]], "name": p["name"], "aliases": [], "mentions": []})
            per = D["people"][int(pid[p["name"]][1:])]
            per["aliases"] = sorted(set(per["aliases"]) | set(p["forms"]))
            per["mentions"].append({"source": sid[s], "form": p["forms"][0]})
    qgroup = {}
    for gi, grp in enumerate(c["quote_groups"]):
        for m in grp: qgroup[(m["source"], m["text"])] = f"g{gi}"
    for s, g in sorted(golds.items()):
        for q in g["quotes"]:
            D["quotes"].append({"id": f"q{len(D['quotes'])}", "source": sid[s], "text": q["text"], "kind": q["kind"],
                                "speaker": pid.get(q["speaker"]) if q["speaker"] else None, "group": qgroup.get((s, q["text"]))})
    grouped = set()
    for grp in c["event_groups"]:
        D["events"].append({"id": f"e{len(D['events'])}", "date": grp["date"], "what": grp["what"],
                            "reports": [{"source": sid[r["source"]], "date": r["date"]} for r in grp["reports"]]})
        for r in grp["reports"]: grouped.add((r["source"], r["date"]))
    for s, g in sorted(golds.items()):
        for e in g["events"]:
            D["events"].append({"id": f"e{len(D['events'])}", "date": e["date"], "what": e["what"],
                                "reports": [{"source": sid[s], "date": e["date"]}]})
    json.dump(D, open(out, "w"), ensure_ascii=False, indent=1)

for e in errs: print("ERROR", e)
print("errors:", len(errs))
for s, g in sorted(golds.items()):
    t = open(os.path.join(H, s)).read()
    pk = [p["kind"] for p in g["people"]]
    print(s, g["published"] or "(none)", len(t.split()), "words; people", len(pk), "(%d/%d/%d)" % (pk.count("subject"), pk.count("credit"), pk.count("fictional")),
          "speech", sum(q["kind"] == "speech" for q in g["quotes"]), "(named %d)" % sum(q["kind"] == "speech" and bool(q["speaker"]) for q in g["quotes"]),
          "term", sum(q["kind"] == "term" for q in g["quotes"]), "title", sum(q["kind"] == "title" for q in g["quotes"]),
          "events", len(g["events"]), "(%d dates)" % len({e["date"] for e in g["events"]}))
sys.exit(1 if errs else 0)
