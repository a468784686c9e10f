#!/usr/bin/env python3
"""The HTML families of `html_pages.py` and `html_pages_world.py` (48 comment systems) as a
scraper dumps them with BeautifulSoup's `get_text("\\n", strip=True)`: every text node of
the page on a line of its own (scripts, styles, templates and the head left out, hidden
elements kept, as get_text keeps them), so "Posted by" / "Name" / "on May 6, 2024" and
"—" / "Name" / "," / "17 minutes ago" are pieces of one author line. Emulated with the
standard library's HTMLParser. Writes NAME.txt and NAME.gold.json to OUT_DIR (never into
the repository); for `make split-layouts` (Docs/splitter.md, "Dumps of text nodes").

usage: Tools/text_nodes.py OUT_DIR [SHARED_PAGES_DEV]"""
import os, shutil, subprocess, sys, tempfile
from html.parser import HTMLParser

SKIP = {"script", "style", "noscript", "template", "head", "svg"}


class TextNodes(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self.skipping = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP: self.skipping += 1

    def handle_endtag(self, tag):
        if tag in SKIP and self.skipping: self.skipping -= 1

    def handle_data(self, data):
        text = " ".join(data.split())
        if text and not self.skipping: self.lines.append(text)


def main():
    out = sys.argv[1]
    src = sys.argv[2] if len(sys.argv) > 2 else "../shared/data/pages/dev"
    os.makedirs(out, exist_ok=True)
    here = os.path.dirname(os.path.abspath(__file__))
    n = 0
    with tempfile.TemporaryDirectory() as work:
        for tool in ["html_pages.py", "html_pages_world.py"]:
            subprocess.run([sys.executable, os.path.join(here, tool), work, src], check=True, stdout=subprocess.DEVNULL)
        for name in sorted(os.listdir(work)):
            path = os.path.join(work, name)
            if name.endswith(".gold.json"):
                shutil.copy(path, out)
            elif name.endswith(".html"):
                parser = TextNodes()
                parser.feed(open(path, encoding="utf-8").read())
                with open(os.path.join(out, name[:-5] + ".txt"), "w", encoding="utf-8") as f:
                    f.write("\n".join(parser.lines) + "\n")
                n += 1
    print(n, "pages")


if __name__ == "__main__":
    main()
