#!/usr/bin/env python3
"""The HTML families of `html_pages.py`, `html_pages_world.py` and `html_pages_sites.py` (53
comment systems) as text browsers and converters dump them, for `make split-layouts`:
`lynx -dump -nolist`, `w3m -dump` (both wrap every paragraph at the screen's width, bullet
list items and write buttons as "(BUTTON) Reply") and the `html2text` package with its
defaults (Markdown: `![alt](src)`, `[text](target)`, `**bold**`, "## " headings, wrapped at
78 columns). Real converters, not emulations: each one found is used and each one missing is
named and skipped (`apt-get install lynx w3m`, `pip install html2text`). Writes
NAME-CONVERTER.txt and NAME-CONVERTER.gold.json to OUT_DIR (never into the repository).

usage: Tools/browser_dumps.py OUT_DIR [SHARED_PAGES_DEV]"""
import json, os, shutil, subprocess, sys, tempfile


def converters():
    """The converters installed here, each a function from HTML to text."""
    found = {}
    if shutil.which("lynx"):
        found["lynx"] = lambda html: run(["lynx", "-dump", "-nolist", "-display_charset=utf-8",
                                          "-assume_charset=utf-8", "-stdin"], html)
    if shutil.which("w3m"):
        found["w3m"] = lambda html: run(["w3m", "-dump", "-T", "text/html", "-I", "utf-8", "-O", "utf-8"], html)
    try:
        import html2text
        found["html2text"] = lambda html: html2text.HTML2Text().handle(html)
    except ImportError:
        pass
    return found


def run(command, html):
    return subprocess.run(command, input=html, capture_output=True, text=True, check=True).stdout


def main():
    out = sys.argv[1]
    src = sys.argv[2] if len(sys.argv) > 2 else "../shared/data/pages/dev"
    os.makedirs(out, exist_ok=True)
    found = converters()
    for name in ["lynx", "w3m", "html2text"]:
        if name not in found:
            print(f"note: {name} is not installed; its dumps are skipped", file=sys.stderr)
    here = os.path.dirname(os.path.abspath(__file__))
    n = 0
    with tempfile.TemporaryDirectory() as work:
        for tool in ["html_pages.py", "html_pages_world.py", "html_pages_sites.py"]:
            subprocess.run([sys.executable, os.path.join(here, tool), work, src], check=True, stdout=subprocess.DEVNULL)
        for page in sorted(os.listdir(work)):
            if not page.endswith(".html"):
                continue
            html = open(os.path.join(work, page), encoding="utf-8").read()
            gold = json.load(open(os.path.join(work, page[:-5] + ".gold.json"), encoding="utf-8"))
            for name, convert in found.items():
                base = os.path.join(out, f"{page[:-5]}-{name}")
                with open(base + ".txt", "w", encoding="utf-8") as f:
                    f.write(convert(html))
                json.dump(dict(gold, layout=f"{gold['layout']}-{name}"), open(base + ".gold.json", "w"))
                n += 1
    print(n, "pages")


if __name__ == "__main__":
    main()
