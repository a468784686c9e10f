#!/usr/bin/env python3
"""`make obfuscation`, second part: the obfuscated copies where hostility is spelled out.
The news dev set's antagonism has few swear words, so masking them costs it little; on
Wikipedia talk comments and tweets it is most of the evidence. A fifth of jigsaw.csv and
of davidson.csv (by the MD5 of the id) is held out, a model trained as `make model` trains
on everything else, and each held-out fifth is scored clean and in every copy
Tools/obfuscate.py writes: hostile ROC-AUC per half (by the MD5 of the id) and its
difference from the clean copy's, with 95 % bootstrap intervals (Tools/auc_halves.py).
Rows are read from ../shared at run time and kept only in a temporary directory.

usage: Tools/obfuscation_heldout.py WINNOW SHARED_DATA_DIR [--transforms masked,leet]"""
import argparse, csv, hashlib, os, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import auc_halves  # noqa: E402

HELD = ["jigsaw", "davidson"]
TRANSFORMS = ["homoglyph", "fullwidth", "zerowidth", "spacing", "dots", "stretch", "leet", "masked"]


def held_out(row_id):
    return int(hashlib.md5(row_id.encode()).hexdigest(), 16) % 5 == 0


def write(path, fields, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=fields)
        w.writeheader()
        w.writerows(rows)


def scores(winnow, model, path, out):
    subprocess.run([winnow, "score", "--comments", path, "--model", model, "--output", out, "--quiet"],
                   check=True, stderr=subprocess.DEVNULL)
    return {r["id"]: float(r["hostile"]) for r in csv.DictReader(open(out, encoding="utf-8"))}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("winnow")
    ap.add_argument("shared")
    ap.add_argument("--transforms", default=",".join(TRANSFORMS))
    a = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    labeled = os.path.join(a.shared, "labeled")
    work = tempfile.mkdtemp()
    try:
        train = []
        for name in sorted(os.listdir(labeled)):
            if not name.endswith(".csv"):
                continue
            stem = name[:-4]
            if stem not in HELD:
                train.append(os.path.join(labeled, name))
                continue
            rows = list(csv.DictReader(open(os.path.join(labeled, name), encoding="utf-8")))
            fields = list(rows[0].keys())
            write(os.path.join(work, "train-" + name), fields, [r for r in rows if not held_out(r["id"])])
            write(os.path.join(work, "held-" + name), fields, [r for r in rows if held_out(r["id"])])
            train.append(os.path.join(work, "train-" + name))
        model = os.path.join(work, "heldout.model")
        subprocess.run([a.winnow, "train", *train, "--domains", os.path.join(here, "..", "Models", "domains.csv"),
                        "--output", model], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for stem in HELD:
            held = os.path.join(work, "held-" + stem + ".csv")
            copies = os.path.join(work, stem)
            subprocess.run([sys.executable, os.path.join(here, "obfuscate.py"), held, copies],
                           check=True, stdout=subprocess.DEVNULL)
            gold = {r["id"]: r["label"] for r in csv.DictReader(open(held, encoding="utf-8"))}
            clean = scores(a.winnow, model, held, os.path.join(work, "v-clean.csv"))
            print(f"{stem} (a held-out fifth, {len(gold)} comments)")
            print(f"  {'clean':10s} {auc_halves.show(auc_halves.halves(clean, gold, 'hostile'))}")
            for t in a.transforms.split(","):
                s = scores(a.winnow, model, os.path.join(copies, t + ".csv"), os.path.join(work, "v.csv"))
                print(f"  {t:10s} {auc_halves.show(auc_halves.halves(s, gold, 'hostile', against=clean))}")
    finally:
        subprocess.run(["rm", "-rf", work])


main()
