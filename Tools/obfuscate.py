#!/usr/bin/env python3
"""Write obfuscated copies of a labeled CSV, one per transform, as hostile commenters do it:
homoglyphs, full-width letters, zero-width characters, spaced letters, dotted letters,
stretched letters, leetspeak and masked words. Each transform hits most words (80 %) of
every comment, hostile and civil alike. Copies go to OUT_DIR (never into the repository).

usage: Tools/obfuscate.py INPUT.csv OUT_DIR [--text-column text]"""
import csv, os, random, sys

HOMOGLYPHS = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "y": "у", "i": "і", "s": "ѕ", "j": "ј"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}

def per_word(text, rng, fn, share=0.8):
    out = []
    for w in text.split(" "):
        letters = sum(c.isalpha() for c in w)
        out.append(fn(w, rng) if letters >= 3 and rng.random() < share else w)
    return " ".join(out)

def letters_only(w, sep):
    core = "".join(c for c in w if c.isalpha())
    tail = "".join(c for c in w if not c.isalpha())
    return sep.join(core) + tail

TRANSFORMS = {
    "homoglyph": lambda w, r: "".join(HOMOGLYPHS.get(c, c) for c in w),
    "fullwidth": lambda w, r: "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in w),
    "zerowidth": lambda w, r: "\u200b".join(w),
    "spacing": lambda w, r: letters_only(w, " "),
    "dots": lambda w, r: letters_only(w, "."),
    "stretch": lambda w, r: "".join(c * r.randint(3, 6) if c in "aeiouAEIOU" else c for c in w),
    "leet": lambda w, r: "".join(LEET.get(c, c) for c in w),
    "masked": lambda w, r: w[0] + "*" * (len(w) - 2) + w[-1] if len(w) >= 4 and w.isalpha() else w,
}

def main():
    src, out = sys.argv[1], sys.argv[2]
    column = sys.argv[sys.argv.index("--text-column") + 1] if "--text-column" in sys.argv else "text"
    os.makedirs(out, exist_ok=True)
    rows = list(csv.DictReader(open(src, encoding="utf-8")))
    for name, fn in TRANSFORMS.items():
        rng = random.Random(name)
        with open(os.path.join(out, name + ".csv"), "w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=rows[0].keys())
            w.writeheader()
            for row in rows:
                row = dict(row)
                row[column] = per_word(row[column], rng, fn)
                w.writerow(row)
    print(out)

main()
