#!/usr/bin/env python3
"""ROC-AUC of one score on both halves of a labeled set (split by the MD5 of the id, as
Tools/halves.py splits), each with a 95 % bootstrap interval (1,000 resamples of the
half's comments, positives and negatives resampled apart; needs numpy, else no interval).

usage: Tools/auc_halves.py GOLD.csv VERDICTS.csv [--score hostile] [--positive hostile]
                           [--against BASE_VERDICTS.csv]
  GOLD.csv: id,label,...; VERDICTS.csv: winnow's verdict rows for the same ids; with
  --against, also the difference from BASE's AUC, its interval from the same resamples.
As a module: halves(scores, gold, positive) -> {"A": (auc, lo, hi), "B": ...}."""
import csv, hashlib, sys


def half(i):
    return "A" if int(hashlib.md5(i.encode()).hexdigest(), 16) % 2 == 0 else "B"


def auc(pos, neg):
    if not pos or not neg:
        return float("nan")
    wins = 0.0
    for p in pos:
        for n in neg:
            wins += 1.0 if p > n else 0.5 if p == n else 0.0
    return wins / len(pos) / len(neg)


def interval(pos, neg, base=None, rounds=1000, seed=7):
    """95 % interval of the AUC of (pos, neg), or of its difference from the AUC of `base`
    (the same comments' other scores: (pos, neg)) over the same resamples."""
    try:
        import numpy as np
    except ImportError:
        return float("nan"), float("nan")
    rng = np.random.default_rng(seed)

    def fast(p, n):
        n = np.sort(n)
        below = np.searchsorted(n, p, side="left")
        equal = np.searchsorted(n, p, side="right") - below
        return (below + 0.5 * equal).sum() / len(p) / len(n)

    pos, neg = np.asarray(pos), np.asarray(neg)
    values = []
    for _ in range(rounds):
        i, j = rng.integers(0, len(pos), len(pos)), rng.integers(0, len(neg), len(neg))
        v = fast(pos[i], neg[j])
        if base is not None:
            v -= fast(np.asarray(base[0])[i], np.asarray(base[1])[j])
        values.append(v)
    return float(np.percentile(values, 2.5)), float(np.percentile(values, 97.5))


def halves(scores, gold, positive, against=None):
    """scores, against: id -> score; gold: id -> label. Ids without a score are left out.
    Per half: (auc, lo, hi), and with `against` (difference, lo, hi) after them."""
    out = {}
    for h in "AB":
        ids = [i for i in gold if i in scores and half(i) == h and (against is None or i in against)]
        pos_ids = [i for i in ids if gold[i] == positive]
        neg_ids = [i for i in ids if gold[i] != positive]
        pos, neg = [scores[i] for i in pos_ids], [scores[i] for i in neg_ids]
        out[h] = (auc(pos, neg),) + interval(pos, neg)
        if against is not None:
            base = ([against[i] for i in pos_ids], [against[i] for i in neg_ids])
            out[h] += (out[h][0] - auc(*base),) + interval(pos, neg, base)
    return out


def show(result):
    parts = []
    for h, r in result.items():
        text = f"{h} {r[0]:.4f} [{r[1]:.3f}, {r[2]:.3f}]"
        if len(r) > 3:
            text += f" {r[3]:+.4f} [{r[4]:+.3f}, {r[5]:+.3f}]"
        parts.append(text)
    return "  ".join(parts)


if __name__ == "__main__":
    gold_path, verdicts_path = sys.argv[1], sys.argv[2]
    score = sys.argv[sys.argv.index("--score") + 1] if "--score" in sys.argv else "hostile"
    positive = sys.argv[sys.argv.index("--positive") + 1] if "--positive" in sys.argv else score
    csv.field_size_limit(10**9)
    gold = {r["id"]: r["label"] for r in csv.DictReader(open(gold_path, encoding="utf-8"))}
    def read(path):
        return {r["id"].lstrip("'"): float(r[score]) for r in csv.DictReader(open(path, encoding="utf-8"))}

    against = read(sys.argv[sys.argv.index("--against") + 1]) if "--against" in sys.argv else None
    print(show(halves(read(verdicts_path), gold, positive, against)))
