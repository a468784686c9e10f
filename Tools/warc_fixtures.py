#!/usr/bin/env python3
"""Writes the web archive the WARC reader's tests read (Tests/WinnowFormatsTests/Fixtures/
site.warc.gz), by hand as the standard lays it out (ISO 28500; each record its own gzip
member, as wget and Heritrix write them), around the repository's sample page
Data/pages/ferry-fares.html: its request and response (sent in chunks and gzip-coded, its
address in WARC 1.0's angle brackets), a 404 page, an image, the same page again as an
HTML resource (WARC 1.1, as Browsertrix keeps one), the page again Brotli-coded (as a
browser asks for it), a revisit and metadata records. Needs `pip install brotli`.

usage: Tools/warc_fixtures.py [OUT_DIR]"""
import gzip, os, sys
import brotli  # pip install brotli

out = sys.argv[1] if len(sys.argv) > 1 else "Tests/WinnowFormatsTests/Fixtures"
page = open("Data/pages/ferry-fares.html", "rb").read()

serial = iter(range(1, 100))

def record(kind, uri, block, content_type, version="1.1"):
    head = [f"WARC/{version}", f"WARC-Type: {kind}", f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{next(serial):012d}>",
            "WARC-Date: 2024-06-03T08:00:00Z", f"Content-Type: {content_type}", f"Content-Length: {len(block)}"]
    if uri: head.insert(2, f"WARC-Target-URI: {uri}")
    return gzip.compress(("\r\n".join(head) + "\r\n\r\n").encode() + block + b"\r\n\r\n", mtime=0)

def chunked(body, size=700):
    parts = [b"%x\r\n%s\r\n" % (len(body[k:k + size]), body[k:k + size]) for k in range(0, len(body), size)]
    return b"".join(parts) + b"0\r\n\r\n"

def http(status, headers, body):
    lines = [f"HTTP/1.1 {status}"] + [f"{k}: {v}" for k, v in headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body

uri = "https://news.example.com/2024/06/ferry-fares"
records = [
    record("warcinfo", None, b"software: Tools/warc_fixtures.py\r\nformat: WARC File Format 1.1\r\n", "application/warc-fields"),
    record("request", f"<{uri}>", b"GET /2024/06/ferry-fares HTTP/1.1\r\nHost: news.example.com\r\n\r\n",
           "application/http; msgtype=request", "1.0"),
    record("response", f"<{uri}>", http("200 OK", [("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", "gzip"),
                                                  ("Transfer-Encoding", "chunked")], chunked(gzip.compress(page, mtime=0))),
           "application/http; msgtype=response", "1.0"),
    record("response", "https://news.example.com/2024/06/ferry-fares-br", http("200 OK", [("Content-Type", "text/html"),
                                                                                      ("Content-Encoding", "br")], brotli.compress(page)),
           "application/http; msgtype=response"),
    record("response", "https://news.example.com/missing", http("404 Not Found", [("Content-Type", "text/html")],
                                                                b"<html><body><p>Not found</p></body></html>"),
           "application/http; msgtype=response"),
    record("response", "https://news.example.com/logo.png", http("200 OK", [("Content-Type", "image/png")], bytes(range(256))),
           "application/http; msgtype=response"),
    record("resource", "urn:browsertrix:page:https://news.example.com/2024/06/ferry-fares-again", page, "text/html"),
    record("revisit", uri, b"HTTP/1.1 200 OK\r\n\r\n", "application/http; msgtype=response"),
    record("metadata", uri, b"outlink: https://news.example.com/\r\n", "application/warc-fields"),
]
with open(os.path.join(out, "site.warc.gz"), "wb") as f:
    for r in records: f.write(r)
