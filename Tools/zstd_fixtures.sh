#!/bin/sh
# Writes the Zstandard files the readers' tests read (Tests/WinnowFormatsTests/Fixtures):
# the Parquet fixtures' comments as JSON Lines in two frames, the first written as Reddit's
# Pushshift dumps are (`--long=31`, a window of up to 2 GiB), as `cat a.zst b.zst` joins them.
# usage: Tools/zstd_fixtures.sh   (needs the zstd command: apt-get install zstd)
set -e
out=Tests/WinnowFormatsTests/Fixtures
plain=$out/comments-parquet.jsonl
half=$(( $(wc -l < "$plain") / 2 ))
head -n "$half" "$plain" | zstd -q -19 --long=31 -c > "$out/comments.jsonl.zst"
tail -n +"$((half + 1))" "$plain" | zstd -q -3 -c >> "$out/comments.jsonl.zst"
