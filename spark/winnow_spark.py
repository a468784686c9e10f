#!/usr/bin/env python3
"""Run Winnow on Apache Spark: score page dumps or comment CSVs, or train from labeled CSVs.

The `winnow` binary and the model file are shipped to the executors (SparkContext.addFile);
each partition is handed to the binary through a subprocess, so Spark does the distribution
and Winnow does the work:

  score pages:     winnow split <partition's pages> | winnow score --jsonl - --no-header
  score comments:  <partition's rows as CSV> | winnow score --comments - --no-header
                   (rows of a CSV, or of Parquet files: `.parquet` paths or directories of them)
  train:           <partition's rows as CSV> | winnow train - --shard --output -   (one count shard each)
                   then on the driver: winnow merge <shards> --output MODEL
                   which equals training on all rows at once, byte for byte.

usage:
  spark-submit spark/winnow_spark.py score --input PAGES_DIR|COMMENTS.csv|COMMENTS.parquet --output OUT_DIR
      [--model M] [--binary B] [--partitions N] [--text-column text] [--id-column id]
  spark-submit spark/winnow_spark.py train --input LABELED.csv [...] --output MODEL
      [--domains F] [--binary B] [--partitions N]
Options after the command pass through; see --help.
"""
import argparse, csv, io, os, shutil, subprocess, sys, tempfile

def winnow_path(name):
    from pyspark import SparkFiles
    path = SparkFiles.get(name)
    os.chmod(path, 0o755)
    return path

def score_pages(partition, binary, model, extra):
    pages = list(partition)
    if not pages:
        return
    work = tempfile.mkdtemp()
    try:
        names = {}
        for i, (path, text) in enumerate(pages):
            # The page's own extension kept: a saved HTML page is read as one.
            local = os.path.join(work, "%06d%s" % (i, os.path.splitext(path)[1] or ".txt"))
            names[local] = path[len("file:"):] if path.startswith("file:") else path
            with open(local, "w", encoding="utf-8") as f:
                f.write(text)
        split = subprocess.run([winnow_path(binary), "split", work], capture_output=True, check=False)
        import json
        records = []
        for line in split.stdout.decode("utf-8").splitlines():
            if line.strip():
                o = json.loads(line)
                o["source"] = names.get(o["source"], o["source"])
                records.append(json.dumps(o, ensure_ascii=False))
        out = subprocess.run([winnow_path(binary), "score", "--jsonl", "-", "--no-header", "--quiet",
                              "--model", winnow_path(model)] + extra,
                             input="\n".join(records).encode("utf-8"), capture_output=True, check=True)
        yield out.stdout.decode("utf-8")
    finally:
        shutil.rmtree(work, ignore_errors=True)

def verdict_header(binary, model):
    """The verdict CSV's header for this model (its labels decide the score columns), as
    winnow writes it: scored from one placeholder comment on the driver."""
    out = subprocess.run([binary, "score", "--comments", "-", "--quiet", "--model", model],
                         input=b"text\nx\n", capture_output=True, check=True)
    return out.stdout.decode("utf-8").splitlines()[0] + "\n"

def rows_as_csv(rows, columns):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(columns)
    for r in rows:
        w.writerow(["" if r[c] is None else r[c] for c in columns])
    return buf.getvalue().encode("utf-8")

def score_comments(partition, columns, binary, model, extra):
    rows = list(partition)
    if not rows:
        return
    out = subprocess.run([winnow_path(binary), "score", "--comments", "-", "--no-header", "--quiet",
                          "--model", winnow_path(model)] + extra,
                         input=rows_as_csv(rows, columns), capture_output=True, check=True)
    yield out.stdout.decode("utf-8")

def is_parquet(path):
    """A Parquet file, or a directory of them (Spark's own output)."""
    if path.endswith(".parquet"):
        return True
    return os.path.isdir(path) and any(f.endswith(".parquet") for f in os.listdir(path))

def read_table(spark, inputs):
    """The rows of comments: Parquet files as Spark reads them (lists, maps and structs left
    out: a CSV has no form for them), else CSV with a header and quoted line breaks."""
    if all(is_parquet(p) for p in inputs):
        df = spark.read.parquet(*inputs)
        return df.select([c for c, t in df.dtypes if not t.startswith(("array", "map", "struct"))])
    return spark.read.csv(inputs, header=True, multiLine=True, escape='"')

def count_shard(partition, columns, binary, domains):
    rows = list(partition)
    if not rows:
        return
    args = [winnow_path(binary), "train", "-", "--shard", "--output", "-"]
    if domains:
        args += ["--domains", winnow_path(domains)]
    out = subprocess.run(args, input=rows_as_csv(rows, columns), capture_output=True, check=True)
    yield out.stdout

def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("command", choices=["score", "train"])
    p.add_argument("--input", nargs="+", required=True)
    p.add_argument("--output", required=True)
    p.add_argument("--model", default=None, help="model file (default: Models/winnow.model beside this script)")
    p.add_argument("--binary", default=None, help="winnow binary (default: .build/release/winnow beside this script)")
    p.add_argument("--domains", default=None, help="domain map for training (source,domain,weight)")
    p.add_argument("--partitions", type=int, default=None)
    p.add_argument("--master", default=None, help="Spark master, e.g. local[2] (default: spark-submit's)")
    args, extra = p.parse_known_args()
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    binary = os.path.abspath(args.binary or os.path.join(root, ".build", "release", "winnow"))
    model = os.path.abspath(args.model or os.path.join(root, "Models", "winnow.model"))

    from pyspark.sql import SparkSession
    builder = SparkSession.builder.appName("winnow-" + args.command)
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    sc = spark.sparkContext
    sc.addFile(binary)
    b = os.path.basename(binary)
    if args.command == "score":
        sc.addFile(model)
        m = os.path.basename(model)
        header = verdict_header(binary, model)
        # Each task gets the cores Spark gave it, not every core of its machine.
        if "--jobs" not in extra:
            extra = extra + ["--jobs", sc.getConf().get("spark.task.cpus", "1")]
        if len(args.input) == 1 and os.path.isdir(args.input[0]) and not is_parquet(args.input[0]):
            pages = sc.wholeTextFiles(os.path.join(args.input[0], "*.{txt,html,htm}"), minPartitions=args.partitions or 2)
            parts = pages.mapPartitions(lambda it: score_pages(it, b, m, extra))
        else:
            df = read_table(spark, args.input)
            if args.partitions:
                df = df.repartition(args.partitions)
            columns = df.columns
            parts = df.rdd.mapPartitions(lambda it: score_comments(it, columns, b, m, extra))
        # One CSV per partition (Spark's part files), plus the header once.
        parts.map(lambda text: text.rstrip("\n")).filter(lambda t: t).saveAsTextFile(args.output)
        with open(os.path.join(args.output, "_header.csv"), "w") as f:
            f.write(header)
        print("verdicts in %s (part-* files, header in _header.csv)" % args.output)
    else:
        if args.domains:
            sc.addFile(os.path.abspath(args.domains))
        d = os.path.basename(args.domains) if args.domains else None
        df = read_table(spark, args.input)
        if args.partitions:
            df = df.repartition(args.partitions)
        columns = df.columns
        shards = df.rdd.mapPartitions(lambda it: count_shard(it, columns, b, d)).collect()
        work = tempfile.mkdtemp()
        paths = []
        for i, shard in enumerate(shards):
            paths.append(os.path.join(work, "%d.counts" % i))
            with open(paths[-1], "wb") as f:
                f.write(shard)
        merge = [binary, "merge"] + paths + ["--output", args.output]
        if args.domains:
            merge += ["--domains", args.domains]
        subprocess.run(merge, check=True)
        shutil.rmtree(work, ignore_errors=True)
        print("merged %d shards into %s" % (len(paths), args.output))
    spark.stop()

if __name__ == "__main__":
    main()
