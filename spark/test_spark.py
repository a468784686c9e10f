#!/usr/bin/env python3
"""`make spark-test`: run spark/winnow_spark.py on Spark in local mode (local[2]) and check that
its verdicts equal the single-machine `winnow score` output row for row under winnow's own
header, and that the model
it trains from partition shards equals the single-machine model byte for byte.
Skips, printing why, when Java or PySpark is missing."""
import csv, glob, json, os, random, shutil, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WINNOW = os.path.join(ROOT, ".build", "release", "winnow")
JOB = os.path.join(ROOT, "spark", "winnow_spark.py")
SHARED = os.path.join(ROOT, "..", "shared", "data")

def skip(reason):
    print("spark-test: skipped:", reason)
    sys.exit(0)

def sample_rows(path, n):
    """A few thousand labeled comments with unique ids (shared data, or the example file)."""
    rows = []
    if os.path.isdir(os.path.join(SHARED, "labeled")):
        for f in sorted(glob.glob(os.path.join(SHARED, "labeled", "*.csv"))):
            rows += [{"id": r["id"], "text": r["text"], "label": r["label"], "source": r["source"]}
                     for r in csv.DictReader(open(f, encoding="utf-8"))]
        random.Random(7).shuffle(rows)
        seen, unique = set(), []
        for r in rows:
            if r["id"] not in seen:
                seen.add(r["id"]); unique.append(r)
        rows = unique[:n]
    else:
        base = list(csv.DictReader(open(os.path.join(ROOT, "Data", "labeled-example.csv"), encoding="utf-8")))
        rows = [dict(r, id="%s-%d" % (r["id"], i)) for i in range(n // len(base) + 1) for r in base][:n]
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["id", "text", "label", "source"])
        w.writeheader(); w.writerows(rows)

def verdicts(text):
    return sorted(tuple(r[1:]) for r in csv.reader(text.splitlines(keepends=True)) if r)

def spark_rows(out_dir):
    text = "".join(open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(out_dir, "part-*"))))
    return verdicts(text)

def run(args, **kw):
    # A deadline turns a stuck Spark job into a failure instead of a hung CI run.
    return subprocess.run(args, check=True, capture_output=True, timeout=900, **kw)

def main():
    if shutil.which("java") is None:
        skip("no java on PATH")
    try:
        import pyspark  # noqa: F401
    except ImportError:
        skip("PySpark is not installed (pip install pyspark)")
    if not os.access(WINNOW, os.X_OK):
        skip("build winnow first (make build)")
    work = tempfile.mkdtemp()
    failures = 0
    spark = [sys.executable, JOB, "--master", "local[2]", "--partitions", "3"]
    try:
        data = os.path.join(work, "comments.csv")
        sample_rows(data, 3000)
        # Comments: Spark verdicts equal single-machine verdicts (source column aside).
        single = run([WINNOW, "score", "--comments", data, "--no-header", "--quiet"]).stdout.decode()
        run(spark[:2] + ["score"] + spark[2:] + ["--input", data, "--output", os.path.join(work, "v")])
        same = spark_rows(os.path.join(work, "v")) == verdicts(single)
        print("comments: %d rows, Spark verdicts %s single-machine" % (len(verdicts(single)), "equal" if same else "DIFFER from"))
        failures += not same
        # The header Spark writes beside its part files is winnow's own.
        header = run([WINNOW, "score", "--comments", data, "--quiet"]).stdout.decode().splitlines()[0]
        written = open(os.path.join(work, "v", "_header.csv"), encoding="utf-8").read().rstrip("\n")
        same = written == header
        print("header: Spark's _header.csv %s winnow's (%s)" % ("equals" if same else "DIFFERS from", written))
        failures += not same
        # Pages, a saved HTML page among them: the splitter runs on the executors too.
        pages = os.path.join(ROOT, "Data", "pages")
        single = run([WINNOW, "score", pages, "--no-header", "--quiet"]).stdout.decode()
        run(spark[:2] + ["score"] + spark[2:] + ["--input", pages, "--output", os.path.join(work, "p")])
        same = spark_rows(os.path.join(work, "p")) == verdicts(single)
        print("pages: %d rows, Spark verdicts %s single-machine" % (len(verdicts(single)), "equal" if same else "DIFFER from"))
        failures += not same
        # Parquet: the comments written by Spark itself (parquet-mr: Snappy, dictionaries),
        # scored by the job from them, and read by winnow directly as it reads the same
        # rows as JSON Lines.
        parquet = os.path.join(work, "comments.parquet")
        run([sys.executable, "-c", "import sys; from pyspark.sql import SparkSession; "
             "s = SparkSession.builder.master('local[1]').getOrCreate(); "
             "s.read.csv(sys.argv[1], header=True, multiLine=True, escape='\"').repartition(2).write.parquet(sys.argv[2])",
             data, parquet])
        single = run([WINNOW, "score", "--comments", data, "--no-header", "--quiet"]).stdout.decode()
        run(spark[:2] + ["score"] + spark[2:] + ["--input", parquet, "--output", os.path.join(work, "q")])
        same = spark_rows(os.path.join(work, "q")) == verdicts(single)
        lines = os.path.join(work, "comments.jsonl")
        with open(lines, "w", encoding="utf-8") as f:
            for r in csv.DictReader(open(data, encoding="utf-8")):
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        direct = run([WINNOW, "score"] + sorted(glob.glob(os.path.join(parquet, "*.parquet"))) + ["--no-header", "--quiet"])
        as_lines = run([WINNOW, "score", "--comments", lines, "--no-header", "--quiet"]).stdout.decode()
        read = verdicts(direct.stdout.decode()) == verdicts(as_lines)
        print("parquet: Spark verdicts %s single-machine; winnow reading Spark's files %s its JSON Lines"
              % ("equal" if same else "DIFFER from", "equals" if read else "DIFFERS from"))
        failures += (not same) + (not read)
        # Training: partition shards merged equal the single-machine model, byte for byte.
        domains = os.path.join(ROOT, "Models", "domains.csv")
        run([WINNOW, "train", data, "--domains", domains, "--output", os.path.join(work, "single.model")])
        run(spark[:2] + ["train"] + spark[2:] + ["--input", data, "--domains", domains, "--output", os.path.join(work, "spark.model")])
        same = open(os.path.join(work, "single.model"), "rb").read() == open(os.path.join(work, "spark.model"), "rb").read()
        print("train: merged Spark model %s the single-machine model" % ("equals" if same else "DIFFERS from"))
        failures += not same
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("%d passed, %d failed" % (6 - failures, failures))
    sys.exit(1 if failures else 0)

main()
