#!/usr/bin/env python3
"""Site adaptation for off-topic: each YouTube video of labeled/youtube-spam.csv as a site
the model has never seen, its spam the off-topic label (the issue's third kind of dev site).

For each video: a model is trained on all of ../shared/data/labeled except that video's
comments (as `make model` trains, same domain map); then a simulated moderator, as in
../shared/tools/adapt_curve.py but for the off-topic label: per round, score the video's
comments, take the next BATCH comments of `winnow review --queue` not yet decided, decide
them (their gold label), `winnow adapt` from the held-out model. Printed per video and
round: spam decisions so far, the off-topic ROC-AUC on the comments never shown for the
held-out model and the adapted one, and the weight adapt chose. Rows are read from
../shared at run time and kept only in a temporary directory.

usage: Tools/spam_sites.py WINNOW SHARED_DATA_DIR [--rounds 3] [--batch 50]"""
import argparse, csv, glob, os, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import auc_halves  # noqa: E402

ap = argparse.ArgumentParser()
ap.add_argument("winnow")
ap.add_argument("shared")
ap.add_argument("--rounds", type=int, default=3)
ap.add_argument("--batch", type=int, default=50)
a = ap.parse_args()
here = os.path.dirname(os.path.abspath(__file__))
domains = os.path.join(here, "..", "Models", "domains.csv")


def run(args):
    p = subprocess.run([a.winnow] + args, capture_output=True, text=True)
    if p.returncode not in (0, 3):
        sys.exit(f"winnow {' '.join(args)}: {p.stderr.strip()[-300:]}")
    return p.stdout


def auc(y, s):
    return auc_halves.auc([v for v, t in zip(s, y) if t], [v for v, t in zip(s, y) if not t])


def write(path, rows, fields):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=fields, extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def offtopic(model, path, work):
    out = os.path.join(work, "v.csv")
    run(["score", "--comments", path, "--model", model, "--output", out, "--quiet"])
    return out, {r["id"].lstrip("'"): float(r["offtopic"]) for r in csv.DictReader(open(out, encoding="utf-8"))}


work = tempfile.mkdtemp()
spam = list(csv.DictReader(open(os.path.join(a.shared, "labeled", "youtube-spam.csv"), encoding="utf-8")))
others = [p for p in sorted(glob.glob(os.path.join(a.shared, "labeled", "*.csv"))) if not p.endswith("youtube-spam.csv")]
print("video              round  decided  spam  rest   held-out model  adapted  (adapt's choice)")
for video in sorted({r["source"] for r in spam}):
    site = [r for r in spam if r["source"] == video]
    train = os.path.join(work, "train.csv")
    write(train, [r for r in spam if r["source"] != video], ["id", "text", "label", "source"])
    base = os.path.join(work, "base.model")
    run(["train", *others, train, "--domains", domains, "--output", base])
    path = os.path.join(work, "site.csv")
    write(path, site, ["id", "text", "label"])
    gold = {r["id"]: r for r in site}
    decided, model = [], base
    for rnd in range(a.rounds):
        verdicts, _ = offtopic(model, path, work)
        if os.path.exists(verdicts[:-4] + ".decisions.csv"):
            os.remove(verdicts[:-4] + ".decisions.csv")
        queue = os.path.join(work, "q.csv")
        run(["review", verdicts, "--queue", str(a.batch * (rnd + 2)), "--output", queue])
        taken = set(decided)
        for r in csv.DictReader(open(queue, encoding="utf-8")):
            i = r["id"].lstrip("'")
            if i in gold and i not in taken and len(decided) < a.batch * (rnd + 1):
                decided.append(i)
                taken.add(i)
        decisions = os.path.join(work, "decisions.csv")
        write(decisions, [gold[i] for i in decided], ["id", "text", "label"])
        model = os.path.join(work, "adapted.model")
        said = run(["adapt", decisions, "--model", base, "--output", model]).splitlines()
        choice = next((line for line in said if line.startswith("offtopic:")), "")
        rest = [r for r in site if r["id"] not in taken]
        rest_path = os.path.join(work, "rest.csv")
        write(rest_path, rest, ["id", "text", "label"])
        y = [r["label"] == "offtopic" for r in rest]
        _, b = offtopic(base, rest_path, work)
        _, m = offtopic(model, rest_path, work)
        ids = [r["id"] for r in rest]
        print(f"{video:<19}{rnd + 1:>5}{len(decided):>9}{sum(gold[i]['label'] == 'offtopic' for i in decided):>6}"
              f"{len(rest):>6}{auc(y, [b[i] for i in ids]):>17.3f}{auc(y, [m[i] for i in ids]):>9.3f}  "
              f"({choice.split(', cross')[0].replace('offtopic: ', '')})", flush=True)
