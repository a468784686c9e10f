#!/usr/bin/env python3
"""Writes the Parquet files the Parquet reader's tests read (Tests/WinnowFormatsTests/
Fixtures), with pyarrow (`pip install pyarrow`), in the shapes writers produce: each
codec (none, Snappy, gzip, Brotli, Zstandard, LZ4), data pages of both versions,
dictionary, plain, delta and byte-stream-split values, nulls, several row groups,
timestamps of each unit and Spark's INT96, a list column (left out); beside them, the same
table as JSON Lines, which the tests read too and expect the same comments from. Every
text is written here (no rows of ../shared).

usage: Tools/parquet_fixtures.py [OUT_DIR]"""
import datetime, json, os, random, sys
import pyarrow as pa, pyarrow.parquet as pq

out = sys.argv[1] if len(sys.argv) > 1 else "Tests/WinnowFormatsTests/Fixtures"
from fixture_text import rng, sentence

n = 150
base = datetime.datetime(2024, 6, 3, 8, 0, tzinfo=datetime.timezone.utc)
rows = {
    "comment_id": [f"k{i:04d}" for i in range(n)],
    "author": [rng.choice(["Marta K", "Rob", "Ann-Sofie", "José", None]) for _ in range(n)],
    "body": [sentence(rng.choice([2, 9, 40, 120])) if i % 17 else None for i in range(n)],
    "parent_id": [f"k{rng.randrange(i):04d}" if i and i % 3 == 0 else None for i in range(n)],
    "score": [rng.randrange(-5, 500) for _ in range(n)],
    "ratio": [i / 7 for i in range(n)],
    "flagged": [i % 11 == 0 for i in range(n)],
    "created": [base + datetime.timedelta(seconds=61 * i, milliseconds=i) for i in range(n)],
    "day": [(base + datetime.timedelta(days=i)).date() for i in range(n)],
    "tags": [["a", "b"][: i % 3] for i in range(n)],
}
table = pa.table(rows).cast(pa.schema([
    ("comment_id", pa.string()), ("author", pa.string()), ("body", pa.string()), ("parent_id", pa.string()),
    ("score", pa.int32()), ("ratio", pa.float64()), ("flagged", pa.bool_()), ("created", pa.timestamp("us", tz="UTC")),
    ("day", pa.date32()), ("tags", pa.list_(pa.string()))]))

def write(name, **options):
    pq.write_table(table, os.path.join(out, name + ".parquet"), row_group_size=60, **options)

write("comments-snappy")
write("comments-plain-v2", compression="gzip", use_dictionary=False, data_page_version="2.0")
write("comments-zstd-v2", compression="zstd", data_page_version="2.0", data_page_size=2048)
write("comments-none", compression="none", data_page_size=1024)
write("comments-lz4", compression="lz4")
write("comments-int96", use_deprecated_int96_timestamps=True, coerce_timestamps=None)
write("comments-delta", use_dictionary=False, data_page_version="2.0", data_page_size=4096,
      column_encoding={"comment_id": "DELTA_BYTE_ARRAY", "body": "DELTA_LENGTH_BYTE_ARRAY", "author": "DELTA_BYTE_ARRAY",
                       "score": "DELTA_BINARY_PACKED", "created": "DELTA_BINARY_PACKED", "parent_id": "DELTA_BYTE_ARRAY"})
pq.write_table(table.select(["comment_id", "body", "ratio"]), os.path.join(out, "comments-split.parquet"),
               use_dictionary=False, column_encoding={"ratio": "BYTE_STREAM_SPLIT"})
write("comments-brotli", compression="brotli")
with open(os.path.join(out, "comments-parquet.jsonl"), "w", encoding="utf-8") as f:
    for r in table.drop_columns(["tags"]).to_pylist():
        r["created"] = r["created"].strftime("%Y-%m-%dT%H:%M:%S.") + f"{r['created'].microsecond // 1000:03d}Z"
        r["day"] = r["day"].isoformat()
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
# The repository's labeled example as Parquet: trained on, it gives the CSV's model.
with open("Data/labeled-example.csv", encoding="utf-8") as f:
    import csv
    labeled = list(csv.DictReader(f))
pq.write_table(pa.table({k: [r[k] for r in labeled] for k in labeled[0]}), os.path.join(out, "labeled-example.parquet"))
