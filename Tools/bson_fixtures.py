#!/usr/bin/env python3
"""Writes the BSON collections the BSON reader's tests read (Tests/WinnowFormatsTests/
Fixtures), with pymongo's own `bson` module (`pip install pymongo`), and each one as
`mongoexport` would write it in its relaxed extended JSON (`bson.json_util`): the tests
read both and expect the same comments. Every text is written here (no rows of ../shared).

usage: Tools/bson_fixtures.py [OUT_DIR]"""
import datetime, os, random, sys, uuid
import bson
from bson import json_util
from bson.int64 import Int64
from bson.objectid import ObjectId

out = sys.argv[1] if len(sys.argv) > 1 else "Tests/WinnowFormatsTests/Fixtures"
from fixture_text import rng, sentence

def coral():
    # Coral Talk's comments collection: typed ids and dates, text in revisions, replies by
    # parentID, the story by storyID; every BSON type a document may hold around them.
    docs, ids = [], []
    base = datetime.datetime(2024, 6, 3, 8, 0, tzinfo=datetime.timezone.utc)
    for i in range(120):
        cid = f"c{i:03d}"
        when = base + datetime.timedelta(minutes=7 * i, milliseconds=i)
        revisions = [{"id": f"r{i}-{k}", "body": "<p>" + sentence(rng.choice([3, 15, 60])) + "</p>",
                      "createdAt": when, "actionCounts": {}, "metadata": {"nudge": bool(k)}}
                     for k in range(1 + (i % 5 == 0))]
        docs.append({"_id": ObjectId(bytes(rng.randrange(256) for _ in range(12))), "id": cid, "tenantID": "t1",
                     "storyID": f"s{i % 4}", "authorID": f"u{i % 9}", "parentID": rng.choice(ids) if ids and i % 3 else None,
                     "status": rng.choice(["APPROVED", "NONE", "REJECTED", "PREMOD"]), "createdAt": when,
                     "revisions": revisions, "childIDs": [], "ancestorIDs": [], "tags": [{"type": "STAFF"}] if i == 7 else [],
                     "likes": Int64(i * 1000003), "score": i / 7, "small": i, "uuid": bson.Binary.from_uuid(uuid.UUID(int=i)), "pattern": bson.regex.Regex("^a", "i")})
        ids.append(cid)
    return docs

def write(name, docs):
    with open(os.path.join(out, name + ".bson"), "wb") as f:
        for d in docs: f.write(bson.encode(d))
    with open(os.path.join(out, name + ".json"), "w", encoding="utf-8") as f:
        for d in docs: f.write(json_util.dumps(d, json_options=json_util.RELAXED_JSON_OPTIONS) + "\n")

write("coral", coral())
