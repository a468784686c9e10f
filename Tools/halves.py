#!/usr/bin/env python3
"""Split a labeled CSV in two by the MD5 of each row's id (the dev-set protocol: tune on
one half, confirm on the other). Writes NAME-A.csv and NAME-B.csv into OUT_DIR.

usage: Tools/halves.py INPUT.csv OUT_DIR [--id-column id]"""
import csv, hashlib, os, sys

src, out = sys.argv[1], sys.argv[2]
column = sys.argv[sys.argv.index("--id-column") + 1] if "--id-column" in sys.argv else "id"
rows = list(csv.DictReader(open(src, encoding="utf-8")))
name = os.path.splitext(os.path.basename(src))[0]
for half, keep in (("A", 0), ("B", 1)):
    with open(os.path.join(out, f"{name}-{half}.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=rows[0].keys())
        w.writeheader()
        for r in rows:
            if int(hashlib.md5(r[column].encode()).hexdigest(), 16) % 2 == keep:
                w.writerow(r)
