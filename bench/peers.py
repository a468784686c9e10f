#!/usr/bin/env python3
"""`make bench-peers`: the scikit-learn equivalent of `winnow score --comments`, timed the
same way (whole process: load pickled model, read CSV, predict_proba, write CSV) on the
same 200,000 comments, then Winnow on that file. Skips cleanly without scikit-learn or
../shared/data.

usage: bench/peers.py SHARED_DATA_DIR"""
import csv, os, pickle, subprocess, sys, tempfile, time

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
    start = time.time()
    subprocess.run([sys.executable, "-c", script], check=True)
    peer = time.time() - start
    print(f"scikit-learn TF-IDF + ComplementNB: 200000 comments in {peer:.2f} s = {200000 / peer:.0f} comments/s ({size:.1f} MB CSV)")
    winnow = os.path.join(os.path.dirname(__file__), "..", ".build", "release", "winnow")
    for jobs in ["1", "2"]:
        start = time.time()
        subprocess.run([winnow, "score", "--comments", input_path, "--output", os.path.join(work, "w.csv"),
                        "--quiet", "--jobs", jobs], check=True, stderr=subprocess.DEVNULL)
        ours = time.time() - start
        print(f"winnow score --jobs {jobs}: 200000 comments in {ours:.2f} s = {200000 / ours:.0f} comments/s "
              f"({peer / ours:.1f}x scikit-learn)")

main()
