#!/usr/bin/python3
"""Prints the benchmark table from run.sh's results.tsv: medians per scale and tool, ratios to MkDocs."""
import statistics
import sys
from collections import OrderedDict

rows = OrderedDict()
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        scale, tool, run, rc, wall, rss, out, inp, note = line.rstrip("\n").split("\t")
        rows.setdefault((int(scale), tool), []).append(
            dict(rc=int(rc), wall=float(wall or 0), rss=int(rss or 0), out=int(out), inp=int(inp), note=note))


def median_ok(runs, key):
    ok = [r[key] for r in runs if r["rc"] == 0]
    return statistics.median(ok) if ok else None


print("| scale | input MB | tool | runs ok | median wall s | peak RSS MiB | output MB | output/input | time / MkDocs | note |")
print("|---|---|---|---|---|---|---|---|---|---|")
for (scale, tool), runs in sorted(rows.items(), key=lambda kv: (kv[0][0], kv[0][1])):
    wall = median_ok(runs, "wall")
    mkdocs = median_ok(rows.get((scale, "mkdocs"), []), "wall")
    ok = [r for r in runs if r["rc"] == 0]
    rss = max((r["rss"] for r in ok), default=max(r["rss"] for r in runs))
    out = ok[-1]["out"] if ok else 0
    inp = runs[0]["inp"]
    failed = [r["note"] for r in runs if r["rc"] != 0]
    ratio = "%.2f" % (wall / mkdocs) if wall and mkdocs and tool != "mkdocs" else ""
    print("| %d× | %.1f | %s | %d/%d | %s | %d | %.1f | %s | %s | %s |" % (
        scale, inp / 1e6, tool, len(ok), len(runs), "%.2f" % wall if wall is not None else "FAILED",
        rss / 1024, out / 1e6, "%.1f" % (out / inp) if ok else "", ratio,
        ("FAILED: " + failed[0]) if failed else ""))
