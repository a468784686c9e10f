#!/usr/bin/env python3
"""More saved HTML pages for `make split-layouts`: five comment systems written in session
14, measured before any splitter change for them (Docs/splitter.md, "HTML pages"): HTML5's
`<article class="comment">` with "Comment by Name" in its `<header>`, Ghost's native
comments, Squarespace's, Tumblr's notes ("name said: ..."), and Wix's blog (a "Guest"
badge on some), each inside the news page of `html_pages.py`. Writes pages and gold to
OUT_DIR (never into the repository).

usage: Tools/html_pages_sites.py OUT_DIR [SHARED_PAGES_DEV]"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import html_pages  # noqa: E402
from html_pages import shell, paragraphs, esc, rng, ago  # noqa: E402

fam = {}
def F(f): fam[f.__name__] = f; return f

@F
def w3ccomment(g, chrome):
    items = []
    for c in g['comments']:
        a = ago(); chrome += [a]
        items.append(f'''<article class="comment"><header><h4>Comment by <a href="/u">{esc(c['author'])}</a></h4><time datetime="2024-05-02">{a}</time></header>{paragraphs(c['text'])}</article>''')
    chrome += ['Comments']
    return shell(g, '<section id="comments"><h2>Comments</h2>' + ''.join(items) + '</section>', chrome)
@F
def ghost(g, chrome):
    items = []
    for c in g['comments']:
        a = rng.choice(['2 hr ago', '5 days ago', '1 wk ago']); chrome += [a, 'Reply', 'Like']
        items.append(f'''<div class="gh-comment"><div class="gh-avatar">{esc(c['author'][0])}</div><div class="gh-body"><div class="gh-meta"><h4 class="gh-name">{esc(c['author'])}</h4><span>·</span><span class="gh-time">{a}</span></div><div class="gh-content">{paragraphs(c['text'])}</div><div class="gh-actions"><button>Like</button><button>Reply</button></div></div></div>''')
        chrome += [c['author'][0]]
    chrome += [f"{len(items)} comments", 'Sign in to comment']
    return shell(g, f'<div class="gh-comments"><h3>{len(items)} comments</h3><p>Sign in to comment</p>' + ''.join(items) + '</div>', chrome)
@F
def squarespace(g, chrome):
    items = []
    for c in g['comments']:
        d = rng.choice(['May 2, 2024', 'April 30, 2024']); chrome += [d, 'Reply', 'Like']
        items.append(f'''<li class="comment"><div class="comment-header"><span class="author-name">{esc(c['author'])}</span><span class="comment-date">{d}</span></div><div class="comment-body">{paragraphs(c['text'])}</div><div class="comment-footer"><a>Reply</a><a>Like</a></div></li>''')
    chrome += ['Comments (' + str(len(items)) + ')', 'Newest First', 'Preview', 'Post Comment…']
    return shell(g, f'<div class="comments"><h3>Comments ({len(items)})</h3><div>Newest First</div><ul>' + ''.join(items) + '</ul><div class="form"><textarea></textarea><button>Preview</button><button>Post Comment…</button></div></div>', chrome)
@F
def tumblrnotes(g, chrome):
    items = []
    for c in g['comments']:
        items.append(f'''<li class="note reply"><a class="avatar"><img alt="" src="a.png"></a><span class="action"><a class="tumblelog">{esc(c['author'])}</a> said: {esc(c['text'].replace(chr(10), ' '))}</span></li>''')
    chrome += [f"{len(items)} notes"]
    return shell(g, f'<ol class="notes"><li><h3>{len(items)} notes</h3></li>' + ''.join(items) + '</ol>', chrome)
@F
def wixblog(g, chrome):
    items = []
    for c in g['comments']:
        a = rng.choice(['2h', '3d', 'May 02']); chrome += [a, 'Like', 'Reply', 'Guest']
        guest = '<span class="badge">Guest</span>' if rng.random() < 0.5 else ''
        items.append(f'''<div data-hook="comment"><div class="header"><div class="avatar" aria-label="{esc(c['author'])}"></div><span data-hook="author-name">{esc(c['author'])}</span>{guest}<span data-hook="time">{a}</span></div><div data-hook="content">{paragraphs(c['text'])}</div><div class="actions"><button>Like</button><button>Reply</button></div></div>''')
    chrome += ['Comments', 'Write a comment...']
    return shell(g, '<div data-hook="comments"><h3>Comments</h3><div>Write a comment...</div>' + ''.join(items) + '</div>', chrome)


if __name__ == "__main__":
    html_pages.main(fam)
