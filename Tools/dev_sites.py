#!/usr/bin/env python3
"""The dev "sites" of the site-adaptation learning curve (Models/README.md, "Site
adaptation"), built from ../shared/data at run time into OUT_DIR (no rows are kept in the
project), each in halves by the MD5 of the id (tune on A, confirm on B):

  news-A, news-B   dev/unhealthy-val.csv: the Globe and Mail's hostile-or-antagonistic line
  hate-A, hate-B   6,000 Davidson tweets (labeled/davidson.csv shuffled with seed 7, the
                   first 6,000), hostile only where `detail` is hate: a line narrower than
                   the default model's, which learnt offensive tweets as hostile
  hatedense-A, -B  the same line where it is common, as on a site whose readers argue about
                   hate: from the tweets after those 6,000, 420 hate and 1,080 others per
                   half (28 % hostile)

usage: Tools/dev_sites.py SHARED_DATA_DIR OUT_DIR"""
import csv, os, random, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from auc_halves import half  # noqa: E402 (the dev-set protocol's split)

shared, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)


def write(name, rows, part_rows=lambda rows: rows):
    for part in ("A", "B"):
        with open(os.path.join(out, f"{name}-{part}.csv"), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["id", "text", "label"])
            for r in part_rows([r for r in rows if half(r["id"]) == part]):
                w.writerow([r["id"], r["text"], r["label"]])


def dense(rows):
    hate = [r for r in rows if r["label"] == "hostile"][:420]
    rows = hate + [r for r in rows if r["label"] != "hostile"][:1080]
    random.Random(3).shuffle(rows)
    return rows


write("news", list(csv.DictReader(open(os.path.join(shared, "dev", "unhealthy-val.csv"), encoding="utf-8"))))
tweets = list(csv.DictReader(open(os.path.join(shared, "labeled", "davidson.csv"), encoding="utf-8")))
random.Random(7).shuffle(tweets)
hate_line = [dict(r, label="hostile" if r["detail"] == "hate" else "ok") for r in tweets]
write("hate", hate_line[:6000])
write("hatedense", hate_line[6000:], dense)
