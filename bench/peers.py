#!/usr/bin/env python3
"""`make bench-peers`: the scikit-learn equivalent of `winnow score --comments`, timed the
same way (whole process: load pickled model, read CSV, predict_proba, write CSV) on the
same 200,000 comments, then Winnow on that file; three interleaved rounds, medians
reported. Skips cleanly without scikit-learn or ../shared/data.

usage: bench/peers.py SHARED_DATA_DIR"""
import csv, os, pickle, shutil, subprocess, sys, tempfile, time

def main():
    shared = sys.argv[1] if len(sys.argv) > 1 else "../shared/data"
    try:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.naive_bayes import ComplementNB
        from sklearn.pipeline import make_pipeline
    except ImportError:
        print("bench-peers: scikit-learn is not installed (pip install scikit-learn); skipped")
        return
    if not os.path.isdir(os.path.join(shared, "labeled")):
        print(f"bench-peers: {shared}/labeled absent; skipped")
        return
    texts, labels = [], []
    for name in ["jigsaw", "civil-toxic", "davidson", "youtube-spam", "globe-published"]:
        for row in csv.DictReader(open(os.path.join(shared, "labeled", name + ".csv"), encoding="utf-8")):
            texts.append(row["text"])
            labels.append(row["label"] == "hostile")
    work = tempfile.mkdtemp()
    model_path, input_path = os.path.join(work, "m.pkl"), os.path.join(work, "in.csv")
    pipe = make_pipeline(TfidfVectorizer(ngram_range=(1, 2), min_df=2), ComplementNB())
    pipe.fit(texts, labels)
    pickle.dump(pipe, open(model_path, "wb"))
    with open(input_path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "text"])
        for i in range(200_000):
            w.writerow([i, texts[i % len(texts)]])
    size = os.path.getsize(input_path) / 1048576
    script = f"""
import csv, pickle
pipe = pickle.load(open({model_path!r}, "rb"))
rows = list(csv.DictReader(open({input_path!r}, encoding="utf-8")))
p = pipe.predict_proba([r["text"] for r in rows])[:, 1]
with open({os.path.join(work, "out.csv")!r}, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(["id", "hostile", "text"])
    for r, x in zip(rows, p): w.writerow([r["id"], f"{{x:.4f}}", r["text"]])
"""
    winnow = os.path.join(os.path.dirname(__file__), "..", ".build", "release", "winnow")
    runs = {"scikit-learn TF-IDF + ComplementNB": [sys.executable, "-c", script]}
    for jobs in ["1", "2"]:
        runs[f"winnow score --jobs {jobs}"] = [winnow, "score", "--comments", input_path, "--output",
                                               os.path.join(work, "w.csv"), "--quiet", "--jobs", jobs]
    # Three rounds, the programs interleaved, medians reported: one run of each is at the
    # mercy of whatever else the machine does in that second.
    times = {name: [] for name in runs}
    for _ in range(3):
        for name, command in runs.items():
            start = time.time()
            subprocess.run(command, check=True, stderr=subprocess.DEVNULL)
            times[name].append(time.time() - start)
    shutil.rmtree(work)
    median = {name: sorted(t)[1] for name, t in times.items()}
    peer = median["scikit-learn TF-IDF + ComplementNB"]
    for name, t in median.items():
        runs_text = " / ".join(f"{x:.2f}" for x in times[name])
        ratio = "" if t == peer else f", {peer / t:.1f}x scikit-learn"
        print(f"{name}: 200000 comments, median {t:.2f} s (runs {runs_text}) = {200000 / t:.0f} comments/s"
              f" ({size:.1f} MB CSV{ratio})")

main()
