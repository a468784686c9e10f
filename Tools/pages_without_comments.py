#!/usr/bin/env python3
"""Articles without comments for `make split-layouts`: each dev page's gold article with
what news sites put under an article that has no comment section (a "Most popular" list,
an author box, "More from News" with ages, "Be the first to comment" over a trending list,
"Recommended for you" with reading times, "Read more" with bylines, "Latest news" with
times, "You may also like" with names and ages, "Editor's picks" with section labels).
Every comment found on them is a phantom (Docs/splitter.md, "Pages without comments").
Writes pages and gold to OUT_DIR (never into the repository).

usage: Tools/pages_without_comments.py OUT_DIR [SHARED_PAGES_DEV]"""
import glob, json, os, random, sys

HEADS = ["Council approves protected bike lanes on Harbour Street", "Ferry fares to rise ten percent in May",
         "Library extends weekend hours", "Transit workers set strike deadline", "Storm warning for the coast tonight",
         "Mayor defends budget at town hall", "New school opens in the east end",
         "City hall unveils plan for waterfront park", "Police seek witnesses after downtown crash",
         "Hospital wait times hit record high", "Opinion: The housing crisis needs bold ideas",
         "Five things to do this weekend"]
NAMES = ["Jane Doe", "Sam Lee", "Ana Ruiz", "The Canadian Press", "Staff"]


def under(kind, rng):
    """The lines under the article for one kind of furniture."""
    hs = rng.sample(HEADS, 5)
    age = lambda: rng.choice(["2 hours ago", "1 day ago", "3 days ago"])
    return {
        "popular": ["Most popular", ""] + [f"{i + 1}. {h}" for i, h in enumerate(hs)] + [""],
        "authorbox": ["About the author", "Jane Doe is a reporter covering city hall. She has worked at the Ledger since 2015.",
                      "", "Related", ""] + hs[:3] + [""],
        "morefrom": ["Comments are closed.", "", "More from News", ""] + sum([[h, age(), ""] for h in hs[:4]], []),
        "trending": ["Be the first to comment", "Share your thoughts", "", "Trending", ""]
                    + sum([[h, f"By {rng.choice(NAMES)}", ""] for h in hs[:4]], []),
        "readtime": ["Recommended for you", ""] + sum([[h, f"{rng.randint(2, 9)} min read", ""] for h in hs[:4]], []),
        "bylines": ["Read more", ""] + sum([[h, f"{rng.choice(NAMES)} | {rng.choice(['May 1, 2024', 'Apr 30, 2024'])}", ""]
                                          for h in hs[:4]], []),
        "times": ["Latest news", ""] + sum([[rng.choice(["10:15", "09:42", "18:05"]), h, ""] for h in hs[:4]], []),
        "namesages": ["You may also like", ""] + sum([[h, rng.choice(NAMES), rng.choice(["2h", "5h", "1d"]), ""]
                                                     for h in hs[:4]], []),
        "sections": ["Editor's picks", ""] + sum([[rng.choice(["NEWS", "SPORTS", "OPINION"]), h, ""] for h in hs[:4]], []),
    }[kind]


KINDS = ["popular", "authorbox", "morefrom", "trending", "readtime", "bylines", "times", "namesages", "sections"]


def main():
    out = sys.argv[1]
    src = sys.argv[2] if len(sys.argv) > 2 else "../shared/data/pages/dev"
    os.makedirs(out, exist_ok=True)
    rng = random.Random(7)
    n = 0
    for f in sorted(glob.glob(src + "/*.gold.json")):
        g = json.load(open(f))
        base = os.path.basename(f)[:-10]
        for kind in KINDS:
            lines = ["The Daily Ledger", "Home", "News", "Opinion", "", g["title"] or "Headline",
                     f"By {rng.choice(NAMES)}", "May 2, 2024", ""]
            for p in g["article"]:
                lines += [p, ""]
            lines += under(kind, rng) + ["Contact us", "Privacy policy", "© 2024 The Daily Ledger"]
            json.dump(dict(g, comments=[], layout="nocomments-" + kind), open(f"{out}/{base}-{kind}.gold.json", "w"))
            open(f"{out}/{base}-{kind}.txt", "w").write("\n".join(lines) + "\n")
            n += 1
    print(n, "pages")


if __name__ == "__main__":
    main()
