#!/usr/bin/env python3
"""`make offtopic`: off-topic ROC-AUC of `winnow score` on comments moved between discussions,
on both halves of each set (split by the MD5 of the id), beside TF-IDF cosine between a
comment and its article. Sets are built here from ../shared/data at run time (no rows are
kept):

  moved        offtopic/globe-moved-comments.csv as it is (two articles, 40 % moved)
  moved 10 %   the same with the moved comments sampled down to a tenth of each thread
               (six seeds, averaged): the realistic case, few comments out of place
  short        the moved set with each article cut to its title and first sentence
  threads      Globe and Mail threads of labeled/globe-published.csv (32 with 20 or more
               comments, at most 150 each, no article text), a tenth of each thread moved
               in from the others (two seeds); `--thread-column`. These comments are in the
               model's training data, which Relevance uses only for word frequencies.
  videos       the civil comments of the four videos of labeled/youtube-spam.csv as four
               threads, a ninth of each moved in from the others (three seeds): short
               comments, no article (in the training data too, as above)

Printed per set and half: winnow's ROC-AUC and cosine's, and for the sets drawn once the
95 % bootstrap interval of winnow's and of its lead over cosine (Tools/auc_halves.py);
for the sets drawn several times, the mean and the range over the draws.

usage: Tools/offtopic.py WINNOW SHARED_DATA_DIR"""
import collections, csv, glob, hashlib, math, os, random, re, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import auc_halves  # noqa: E402

winnow, shared = sys.argv[1], sys.argv[2]
tok = lambda s: re.findall(r"[a-z0-9']+", s.lower())
half = lambda i: "A" if int(hashlib.md5(i.encode()).hexdigest(), 16) % 2 == 0 else "B"


def auc(pairs):
    pos = [s for s, y in pairs if y]
    neg = [s for s, y in pairs if not y]
    if not pos or not neg:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / len(pos) / len(neg)


def halves(scores, rows):
    return [auc([(scores[r["id"]], r["label"] == "offtopic") for r in rows if half(r["id"]) == h]) for h in "AB"]


def winnow_scores(rows, columns, option):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "set.csv")
        with open(path, "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=columns, extrasaction="ignore")
            w.writeheader()
            w.writerows(rows)
        out = subprocess.run([winnow, "score", "--comments", path, "--quiet"] + option,
                             capture_output=True, text=True, check=True).stdout
    return {r["id"]: float(r["offtopic"]) for r in csv.DictReader(out.splitlines())}


df = collections.Counter()
documents = 0
for f in glob.glob(os.path.join(shared, "labeled", "*.csv")):
    for r in csv.DictReader(open(f, encoding="utf-8")):
        documents += 1
        df.update(set(tok(r["text"])))


def tfidf(text):
    v = collections.Counter(tok(text))
    return {w: c * math.log((documents + 1) / (df.get(w, 0) + 1)) for w, c in v.items()}


def cosine_scores(rows):
    articles = {}
    out = {}
    for r in rows:
        a = articles.setdefault(r["article"], tfidf(r["article"]))
        c = tfidf(r["text"])
        dot = sum(v * a.get(w, 0) for w, v in c.items())
        norm = math.sqrt(sum(v * v for v in c.values())) * math.sqrt(sum(v * v for v in a.values()))
        out[r["id"]] = -(dot / norm if norm else 0)  # less alike: more off-topic
    return out


moved_all = list(csv.DictReader(open(os.path.join(shared, "offtopic", "globe-moved-comments.csv"), encoding="utf-8")))


def moved(seed, share):
    if share >= 1:
        return moved_all
    rng, rows = random.Random(seed), []
    for a in sorted(set(r["article"] for r in moved_all)):
        ok = [r for r in moved_all if r["article"] == a and r["label"] == "ok"]
        off = [r for r in moved_all if r["article"] == a and r["label"] == "offtopic"]
        rows += ok + rng.sample(off, max(3, round(len(ok) * share / (1 - share))))
    return rows


def short(rows):
    def cut(article):
        lines = [l for l in article.split("\n") if l.strip()]
        return lines[0] + "\n" + (lines[1].split(". ")[0] + "." if len(lines) > 1 else "")
    return [dict(r, article=cut(r["article"])) for r in rows]


def threads(seed):
    rng = random.Random(seed)
    published = list(csv.DictReader(open(os.path.join(shared, "labeled", "globe-published.csv"), encoding="utf-8")))
    by = collections.defaultdict(list)
    for r in published:
        by[r["article_id"]].append(r)
    keys = sorted(k for k, v in by.items() if len(v) >= 20)
    rows = []
    for k in keys:
        ok = by[k] if len(by[k]) <= 150 else rng.sample(by[k], 150)
        rows += [dict(r, thread=k, label="ok") for r in ok]
        for _ in range(max(2, round(len(ok) / 9))):
            r = rng.choice(by[rng.choice([x for x in keys if x != k])])
            rows.append(dict(r, thread=k, label="offtopic", id=r["id"] + "-moved-" + k))
    return rows


def videos(seed):
    rng = random.Random(seed)
    spam = list(csv.DictReader(open(os.path.join(shared, "labeled", "youtube-spam.csv"), encoding="utf-8")))
    by = collections.defaultdict(list)
    for r in spam:
        if r["label"] == "ok":
            by[r["source"]].append(r)
    keys, rows = sorted(by), []
    for k in keys:
        rows += [dict(r, thread=k) for r in by[k]]
        for _ in range(len(by[k]) // 9):
            r = rng.choice(by[rng.choice([x for x in keys if x != k])])
            rows.append(dict(r, thread=k, label="offtopic", id=r["id"] + "-moved-" + k))
    return rows


def mean(results):
    return [sum(x[i] for x in results) / len(results) for i in range(len(results[0]))]


def report(name, sets, columns, option, cosine=True):
    results = []
    for rows in sets:
        gold = {r["id"]: r["label"] for r in rows}
        w = winnow_scores(rows, columns, option)
        c = cosine_scores(rows) if cosine else None
        r = auc_halves.halves(w, gold, "offtopic", against=c)
        results.append((r, halves(c, rows) if cosine else [float("nan")] * 2))
    if len(results) == 1:
        (r, c), = results
        line = f"{name:<12}"
        for i, h in enumerate("AB"):
            a = r[h]
            line += f"  {h} {a[0]:.3f} [{a[1]:.3f}, {a[2]:.3f}]"
            if cosine:
                line += f" cosine {c[i]:.3f}, lead {a[3]:+.3f} [{a[4]:+.3f}, {a[5]:+.3f}]"
        print(line)
        return
    line = f"{name:<12}"
    for i, h in enumerate("AB"):
        values = [r[h][0] for r, _ in results]
        line += f"  {h} {sum(values) / len(values):.3f} ({min(values):.3f}-{max(values):.3f})"
        if cosine:
            line += f" cosine {sum(c[i] for _, c in results) / len(results):.3f}"
    print(line + f"  ({len(results)} draws)")


article = ["id", "text", "article", "label"]
report("moved", [moved(0, 1)], article, ["--article-column", "article"])
report("moved 10 %", [moved(s, 0.1) for s in range(6)], article, ["--article-column", "article"])
report("short", [short(moved(0, 1))], article, ["--article-column", "article"])
report("threads", [threads(s) for s in range(2)], ["id", "text", "thread", "label"], ["--thread-column", "thread"],
       cosine=False)
report("videos", [videos(s) for s in range(3)], ["id", "text", "thread", "label"], ["--thread-column", "thread"],
       cosine=False)
