#!/usr/bin/env python3
"""Writes the SQLite database files the database reader's tests read
(Tests/WinnowFormatsTests/Fixtures), with Python's own sqlite3 module, and each one's dump
(`iterdump`, as `sqlite3 DB .dump` writes it): the tests read both and expect the same
comments. Also the README's sample, Data/exports/isso.db. Every text is written here (no
rows of ../shared).

usage: Tools/sqlite_fixtures.py [OUT_DIR]"""
import os, random, sqlite3, sys

out = sys.argv[1] if len(sys.argv) > 1 else "Tests/WinnowFormatsTests/Fixtures"
os.makedirs(out, exist_ok=True)
from fixture_text import rng, sentence

def write(name, build, page_size=512, encoding=None):
    path = os.path.join(out, name + ".db")
    if os.path.exists(path): os.remove(path)
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA page_size = {page_size}")
    if encoding: db.execute(f"PRAGMA encoding = '{encoding}'")
    build(db)
    db.commit()
    with open(os.path.join(out, name + ".sql"), "w", encoding="utf-8") as f:
        for line in db.iterdump(): f.write(line + "\n")
    db.close()

def isso_schema(db):
    db.execute("CREATE TABLE threads (id INTEGER PRIMARY KEY, uri VARCHAR(256) UNIQUE, title VARCHAR(256))")
    db.execute("""CREATE TABLE comments (
        tid REFERENCES threads(id), id INTEGER PRIMARY KEY, parent INTEGER, created FLOAT NOT NULL,
        modified FLOAT, mode INTEGER, remote_addr VARCHAR, text VARCHAR, author VARCHAR, email VARCHAR,
        website VARCHAR, likes INTEGER DEFAULT 0, dislikes INTEGER DEFAULT 0, voters BLOB NOT NULL,
        notification INTEGER DEFAULT 0)""")

def isso(db):
    # Isso's schema (isso/db/threads.py, comments.py); 200 comments over two levels of
    # interior pages at 512 bytes a page, one in nine long enough to overflow to four pages.
    isso_schema(db)
    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS notes USING rtree(id, x0, x1)")
    db.executemany("INSERT INTO threads VALUES (?, ?, ?)", [(1, "/ferry", "Ferry fares"), (2, "/bridge", "Bridge")])
    for i in range(1, 201):
        length = rng.choice([3, 12, 40, 90]) if i % 9 else 300
        text = sentence(length).replace("notice", "notice\n", 1)
        parent = rng.randint(1, i - 1) if i > 1 and rng.random() < 0.4 else None
        db.execute("INSERT INTO comments VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                   (rng.randint(1, 2), i, parent, 1712045700 + i * 97.25, None, 1, "10.0.0.1", text,
                    rng.choice(["Marta K", "Rob", "Ann-Sofie", "José", None]), None, None, i % 5, 0, b"\x00\x01", 0))

def utf16(db):
    db.execute("CREATE TABLE comments (id INTEGER PRIMARY KEY, author TEXT, text TEXT)")
    db.executemany("INSERT INTO comments (author, text) VALUES (?, ?)",
                   [("Zoë", "Naïve café in Zürich, 東京 and 🙂 emoji."), ("Rob", sentence(300))])

def drupal(db):
    # Drupal keeps a comment's author and its text in two tables (here the text's
    # `WITHOUT ROWID`: an index's tree, rows on its interior pages too, long ones
    # overflowing); a column added after the first rows were written (those rows lack it).
    db.execute("CREATE TABLE comment_field_data (cid INTEGER PRIMARY KEY, pid INTEGER, entity_id INTEGER, name VARCHAR(60), created INTEGER)")
    db.execute("CREATE TABLE comment__comment_body (bundle TEXT, comment_body_value TEXT, delta INTEGER, entity_id INTEGER, PRIMARY KEY (entity_id, delta)) WITHOUT ROWID")
    for cid in range(1, 151):
        if cid == 100: db.execute("ALTER TABLE comment_field_data ADD COLUMN status INTEGER")
        row = (cid, cid - 1 if cid % 4 == 0 else None, 7, rng.choice(["Marta", "Rob", "Ann"]), 1714550000 + cid)
        db.execute(f"INSERT INTO comment_field_data VALUES ({','.join('?' * (len(row) + (cid >= 100)))})", row + ((1,) if cid >= 100 else ()))
        for delta in range(1 + (cid % 3 == 0)):
            db.execute("INSERT INTO comment__comment_body VALUES ('comment', ?, ?, ?)", (sentence(rng.choice([4, 20, 80])), delta, cid))

def tables(db):
    db.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT, email TEXT)")
    db.execute("CREATE TABLE posts (id INTEGER PRIMARY KEY, title TEXT, slug TEXT)")
    db.execute("INSERT INTO users VALUES (1, 'Marta', 'm@example.org')")

def wal():
    # A copy taken while the site runs: the database in write-ahead-log mode, its last
    # commits still in `wal.db-wal` (never checkpointed); one left unfinished.
    for f in ("wal.db", "wal.db-wal", "wal.db-shm"):
        if os.path.exists(os.path.join(out, f)): os.remove(os.path.join(out, f))
    db = sqlite3.connect(os.path.join(out, "wal.db"), isolation_level=None)
    db.execute("PRAGMA page_size = 512"); db.execute("PRAGMA journal_mode = WAL"); db.execute("PRAGMA wal_autocheckpoint = 0")
    db.execute("CREATE TABLE comments (id INTEGER PRIMARY KEY, author TEXT, text TEXT)")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("INSERT INTO comments (author, text) VALUES ('Marta', 'Checkpointed into the file.')")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for i in range(40):
        db.execute("INSERT INTO comments (author, text) VALUES (?, ?)", ("Rob", f"Committed to the log only, {i}: " + sentence(30)))
    db.execute("BEGIN")
    db.execute("INSERT INTO comments (author, text) VALUES ('Ann', 'Never committed.')")
    import shutil
    shutil.copy(os.path.join(out, "wal.db"), os.path.join(out, "wal.copy"))
    shutil.copy(os.path.join(out, "wal.db-wal"), os.path.join(out, "wal.copy-wal"))
    db.execute("ROLLBACK"); db.close()
    for f in ("wal.db", "wal.db-wal", "wal.db-shm"):
        if os.path.exists(os.path.join(out, f)): os.remove(os.path.join(out, f))
    os.rename(os.path.join(out, "wal.copy"), os.path.join(out, "wal.db"))
    os.rename(os.path.join(out, "wal.copy-wal"), os.path.join(out, "wal.db-wal"))

def pages(db):
    # A scraper's database of whole pages: each row an address and its HTML.
    db.execute("CREATE TABLE pages (id INTEGER PRIMARY KEY, url TEXT, fetched TEXT, html TEXT)")
    db.execute("INSERT INTO pages (url, fetched, html) VALUES (?, ?, ?)",
               ("https://news.example.com/2024/06/ferry-fares", "2024-06-03", open("Data/pages/ferry-fares.html").read()))

def sample():
    path = "Data/exports/isso.db"
    if os.path.exists(path): os.remove(path)
    db = sqlite3.connect(path)
    db.execute("PRAGMA page_size = 512")
    isso_schema(db)
    db.execute("INSERT INTO threads VALUES (1, '/2024/06/harbour-ferry', 'Harbour ferry to run all night')")
    for row in [(1, 1, None, 1717405200.0, "Finally. The last boat at 11 was a joke for anyone on late shifts.", "Noor"),
                (1, 2, 1, 1717408800.5, "Late shifts? Get a car like an adult, you whiner.", "gus_r"),
                (1, 3, None, 1717412400.0, "Will the night boats take bikes?", None)]:
        db.execute("INSERT INTO comments (tid, id, parent, created, mode, text, author, voters) VALUES (?,?,?,?,1,?,?,x'00')", row)
    db.commit(); db.close()

write("isso", isso)
write("pages", pages, page_size=1024)
wal()
sample()
write("utf16le", utf16, encoding="UTF-16le")
write("utf16be", utf16, page_size=1024, encoding="UTF-16be")
write("drupal", drupal, page_size=1024)
write("no-comments", tables)
