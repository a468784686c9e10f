#!/usr/bin/env python3
"""More saved HTML pages for `make split-layouts`: 22 comment systems written in session
13 in three groups, each measured before any splitter change for it (Docs/splitter.md,
"HTML pages"): Isso, Hyvor Talk, utterances (GitHub issues), Viafoura, OpenWeb, an old
CMS's table with "Posted:" cells, a German and a French news site ("vor 3 Stunden",
"Antworten", "il y a 2 heures", "le 3 mars 2024 à 14 h 15", "Répondre"); then schema.org
microdata, nested tables, cards with the author under the text ("Name 2h ago ♥ 52 Reply"),
Spanish and Italian CMSs, threaded replies behind "Show 1 reply", a definition list, and
embedded posts ("Name @handle · 2h"); then the BBC's and the Guardian's current markup,
Reddit's custom elements, a quoted parent ("Other said:") inside a post, a Facebook-style
row under the bubble, and a plain table of name, date and comment, each inside the news
page of `html_pages.py`. Writes pages and gold to OUT_DIR (never into the repository).

usage: Tools/html_pages_world.py OUT_DIR [SHARED_PAGES_DEV]"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import html_pages  # noqa: E402
from html_pages import shell, paragraphs, esc, rng, ago  # noqa: E402

fam = {}
def F(f): fam[f.__name__] = f; return f

def localized(g, chrome, ages, controls, item, heading, section):
    """A news site's comments in its own language: each `item(comment, age)` with an age
    from `ages` and its `controls`; `heading(n)` the chrome above them, `section(n, items)`
    the markup around them."""
    items = []
    for c in g['comments']:
        a = rng.choice(ages); chrome += [a, *controls]
        items.append(item(c, a))
    chrome += heading(len(items))
    return shell(g, section(len(items), ''.join(items)), chrome)

@F
def isso(g, chrome):
    items = []
    for i, c in enumerate(g['comments']):
        a = ago(); chrome += [a, '•', '▲', '▼', 'Reply']
        items.append(f'''<div class="isso-comment" id="isso-{i}"><div class="isso-avatar"><svg></svg></div><div class="isso-text-wrapper">
<div class="isso-comment-header" role="meta"><span class="isso-author">{esc(c['author'])}</span><span class="isso-spacer">&bull;</span><a class="isso-permalink" href="#isso-{i}"><time title="Thu May 02 2024">{a}</time></a></div>
<div class="isso-text">{paragraphs(c['text'])}</div>
<div class="isso-comment-footer"><a class="isso-upvote" href="#">&#9650;</a><span class="isso-votes">{rng.randint(0,9)}</span><a class="isso-downvote" href="#">&#9660;</a><a class="isso-reply" href="#">Reply</a></div></div></div>''')
    chrome += ['Type Comment Here (at least 3 chars)', 'Submit', f"{len(items)} Comments"]
    return shell(g, f'''<section id="isso-thread"><h4>{len(items)} Comments</h4><div class="isso-postbox"><textarea placeholder="Type Comment Here (at least 3 chars)"></textarea><input type="submit" value="Submit"></div><div id="isso-root">{''.join(items)}</div></section>''', chrome)

@F
def hyvor(g, chrome):
    items = []
    for c in g['comments']:
        a = ago(); n = rng.randint(0, 30); chrome += [a, 'Reply', f'👍 {n}']
        items.append(f'''<div class="comment"><div class="comment-head"><img class="avatar" alt=""><span class="name">{esc(c['author'])}</span><span class="time">{a}</span></div><div class="comment-body">{paragraphs(c['text'])}</div><div class="comment-actions"><button>Reply</button><button class="vote">👍 {n}</button></div></div>''')
    chrome += ['Comments', 'Top', 'Newest', 'Oldest']
    return shell(g, f'''<div id="hyvor-talk-view"><h3>Comments</h3><div class="sort"><button>Top</button><button>Newest</button><button>Oldest</button></div>{''.join(items)}</div>''', chrome)

@F
def utterances(g, chrome):
    items = []
    for c in g['comments']:
        d = rng.choice(['May 2, 2024', 'Mar 3, 2024']); n = rng.randint(1, 9); chrome += [f'commented {d}', f'👍 {n}', 'commented', d]
        items.append(f'''<article class="timeline-comment"><a class="avatar" href="#"><img alt="@{esc(c['author'])}"></a><header class="comment-header"><span class="comment-meta"><strong><a class="text-link" href="#">{esc(c['author'])}</a></strong> commented <a class="text-link" href="#"><time class="" title="{d}" datetime="2024-05-02T10:00:00Z">{d}</time></a></span></header><div class="markdown-body markdown-body-scrollable">{paragraphs(c['text'])}</div><div class="comment-footer"><button class="reaction-button">👍 {n}</button></div></article>''')
    chrome += [f"{len(items)} Comments", '– powered by utteranc.es', 'Sign in to comment']
    return shell(g, f'''<div class="utterances"><div class="timeline"><h1 class="timeline-header">{len(items)} Comments <em>– powered by utteranc.es</em></h1>{''.join(items)}<a class="btn">Sign in to comment</a></div></div>''', chrome)

@F
def viafoura(g, chrome):
    items = []
    for c in g['comments']:
        a = rng.choice(['3h', '2d', '14m']); n = rng.randint(0, 20); chrome += [a, f'Like {n}', 'Dislike', 'Reply', 'Share', '·']
        items.append(f'''<div class="vf-comment"><div class="vf-comment-header"><div class="vf-author"><span class="vf-author-name">{esc(c['author'])}</span></div><div class="vf-timestamp">{a}</div></div><div class="vf-content">{paragraphs(c['text'])}</div><div class="vf-comment-actions"><button>Like {n}</button> · <button>Dislike</button> · <button>Reply</button> · <button>Share</button></div></div>''')
    chrome += ['Conversation', f"{len(items)} Comments", 'Join the conversation']
    return shell(g, f'''<section class="vf-conversations"><h2>Conversation</h2><p>{len(items)} Comments</p><div class="vf-input">Join the conversation</div>{''.join(items)}</section>''', chrome)

@F
def oldtable(g, chrome):
    rows = []
    for c in g['comments']:
        d = rng.choice(['Mar 3, 2024 9:15 am', 'Apr 12, 2024 6:40 pm']); p = rng.randint(1, 900)
        chrome += [f'Posts: {p}', f'Posted: {d}', 'Quote']
        rows.append(f'''<tr><td class="author" valign="top"><b>{esc(c['author'])}</b><br>Posts: {p}</td><td class="post"><div class="postdate">Posted: {d}</div>{paragraphs(c['text'])}<div class="tools"><a href="#">Quote</a></div></td></tr>''')
    chrome += ['Author', 'Message', 'Reader comments']
    return shell(g, f'''<h2>Reader comments</h2><table class="comments"><tr><th>Author</th><th>Message</th></tr>{''.join(rows)}</table>''', chrome)

@F
def openwebhtml(g, chrome):
    items = []
    for c in g['comments']:
        a = rng.choice(['2h', '1d', '35m']); n = rng.randint(0, 40); chrome += [a, 'Reply', 'Share', str(n), c['author'][0].upper()]
        items.append(f'''<li class="spcv_comment"><div class="spcv_avatar">{esc(c['author'][0].upper())}</div><div class="spcv_header"><span class="spcv_username">{esc(c['author'])}</span><span class="spcv_dot">·</span><time>{a}</time></div><div class="spcv_text">{paragraphs(c['text'])}</div><div class="spcv_actions"><button>Reply</button><button>Share</button><span class="spcv_likes">{n}</span></div></li>''')
    chrome += ['Conversation', f"{len(items)} Comments", 'Powered by OpenWeb', '·']
    return shell(g, f'''<div class="spcv_conversation"><h2>Conversation</h2><span>{len(items)} Comments</span><ul>{''.join(items)}</ul><footer>Powered by OpenWeb</footer></div>''', chrome)


@F
def schemaorg(g, chrome):
    items = []
    for c in g['comments']:
        a = ago(); chrome += [a, 'Reply']
        items.append(f'''<div itemprop="comment" itemscope itemtype="https://schema.org/Comment"><div class="meta"><span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">{esc(c['author'])}</span></span> <meta itemprop="dateCreated" content="2024-05-02"><span class="ago">{a}</span></div><div itemprop="text">{paragraphs(c['text'])}</div><a href="#">Reply</a></div>''')
    chrome += ['Reader comments']
    return shell(g, f'''<section><h3>Reader comments</h3>{''.join(items)}</section>''', chrome)

@F
def nestedtable(g, chrome):
    rows = []
    for i, c in enumerate(g['comments']):
        d = rng.choice(['03/03/2024 09:15', '12/04/2024 18:40']); chrome += [d, '[reply]']
        rows.append(f'''<table class="cmt" style="margin-left:{(i % 2) * 40}px"><tr><td class="hdr"><b>{esc(c['author'])}</b> &mdash; {d}</td></tr><tr><td class="txt">{'<br>'.join(esc(l) for l in c['text'].split(chr(10)))}</td></tr><tr><td class="act"><a href="#">[reply]</a></td></tr></table>''')
    chrome += ['Comments:']
    return shell(g, f'''<div id="cmts"><p><b>Comments:</b></p>{''.join(rows)}</div>''', chrome)

@F
def cardsgrid(g, chrome):
    items = []
    for c in g['comments']:
        a = rng.choice(['2h ago', '5h ago', '1d ago']); n = rng.randint(0, 99); chrome += [a, f'♥ {n}', 'Reply']
        items.append(f'''<div class="card"><div class="card-body"><p class="card-text">{'<br>'.join(esc(l) for l in c['text'].split(chr(10)))}</p></div><div class="card-footer"><span class="who">{esc(c['author'])}</span> <span class="when">{a}</span> <span class="likes">♥ {n}</span> <a>Reply</a></div></div>''')
    chrome += ['What our readers think']
    return shell(g, f'''<section class="grid"><h2>What our readers think</h2>{''.join(items)}</section>''', chrome)

@F
def threadedreplies(g, chrome):
    def one(c, inner=''):
        a = ago(); chrome.extend([a, 'Reply', 'Show 1 reply', 'Hide replies'])
        return f'''<div class="c"><div class="h"><a class="u">{esc(c['author'])}</a><span class="t">{a}</span></div><div class="b">{paragraphs(c['text'])}</div><div class="a"><a>Reply</a></div>{f'<button>Show 1 reply</button><div class="replies">{inner}</div>' if inner else ''}</div>'''
    body = html_pages.nested(g['comments'], one, 0.4)
    chrome += ['Comments', 'Log in to comment']
    return shell(g, f'''<section><h2>Comments</h2><p><a>Log in to comment</a></p>{body}</section>''', chrome)

@F
def ddlist(g, chrome):
    items = []
    for c in g['comments']:
        d = rng.choice(['May 2, 2024', 'April 30, 2024']); chrome += [f'{d}']
        items.append(f'''<dt><cite>{esc(c['author'])}</cite> <small>{d}</small></dt><dd>{paragraphs(c['text'])}</dd>''')
    chrome += ['Responses to this story']
    return shell(g, f'''<h3>Responses to this story</h3><dl class="responses">{''.join(items)}</dl>''', chrome)

@F
def twitterembed(g, chrome):
    items = []
    for c in g['comments']:
        h = '@' + c['author'].replace(' ', '').lower(); a = rng.choice(['2h', '5h', '1d']); n = rng.randint(0, 200)
        chrome += [h, '·', a, f'{n}', 'Reply', 'Repost', 'Like']
        items.append(f'''<div class="tweet"><div class="hd"><span class="name">{esc(c['author'])}</span> <span class="handle">{esc(h)}</span> <span>·</span> <time>{a}</time></div><div class="tx">{paragraphs(c['text'])}</div><div class="ft"><span>Reply</span> <span>Repost</span> <span>Like</span> <span>{n}</span></div></div>''')
    chrome += ['Reactions on social media']
    return shell(g, f'''<section><h3>Reactions on social media</h3>{''.join(items)}</section>''', chrome)


def br(t): return '<br>'.join(esc(l) for l in t.split('\n'))
@F
def bbc(g, chrome):
    items = []
    for c in g['comments']:
        a = ago(); n = rng.randint(0, 80); chrome += [a, 'Reply', 'Report', f'{n} Like', str(n), 'Like']
        items.append(f'''<div class="comment"><div class="meta"><span class="username">{esc(c['author'])}</span><span class="timestamp">{a}</span></div><p>{br(c['text'])}</p><ul class="actions"><li><a>Reply</a></li><li><a>Report</a></li><li><span>{n}</span> Like</li></ul></div>''')
    chrome += ['Comments', 'Join the conversation', 'Sort by Latest']
    return shell(g, f'''<section class="comments"><h2>Comments</h2><p>Join the conversation</p><select><option>Sort by Latest</option></select>{''.join(items)}</section>''', chrome)
@F
def guardiannew(g, chrome):
    items = []
    for c in g['comments']:
        d = rng.choice(['3 May 2024 10.15', '2 May 2024 18.40']); n = rng.randint(0, 200); chrome += [d, 'Reply', 'Share', 'Report', str(n)]
        items.append(f'''<li class="d-comment"><div class="d-comment__meta"><a class="d-comment__author" href="#">{esc(c['author'])}</a> <time>{d}</time></div><div class="d-comment__body">{paragraphs(c['text'])}</div><div class="d-comment__actions"><button>Reply</button><button>Share</button><button>Report</button><span class="recs">{n}</span></div></li>''')
    chrome += ['comments', 'Sign in or create your Guardian account to join the discussion']
    return shell(g, f'''<div class="discussion"><h2>comments</h2><p>Sign in or create your Guardian account to join the discussion</p><ul>{''.join(items)}</ul></div>''', chrome)
@F
def shreddit(g, chrome):
    items = []
    for c in g['comments']:
        a = rng.choice(['5h ago', '2d ago', '14m ago']); n = rng.randint(1, 500); chrome += [a, '•', str(n), 'Reply', 'Award', 'Share']
        items.append(f'''<shreddit-comment author="{esc(c['author'])}" depth="0"><div slot="commentMeta"><a href="/user/x">{esc(c['author'])}</a> <span>•</span> <faceplate-timeago><time>{a}</time></faceplate-timeago></div><div slot="comment">{paragraphs(c['text'])}</div><shreddit-comment-action-row><span>{n}</span><button>Reply</button><button>Award</button><button>Share</button></shreddit-comment-action-row></shreddit-comment>''')
    chrome += ['Sort by:', 'Best', 'Search Comments']
    return shell(g, f'''<shreddit-comment-tree><div>Sort by: <button>Best</button></div><input placeholder="Search Comments">{''.join(items)}</shreddit-comment-tree>''', chrome)
@F
def quotedparent(g, chrome):
    items = []; prev = None
    for c in g['comments']:
        a = ago(); chrome += [a, 'Reply', 'Quote']
        quote = f'''<blockquote class="quote"><cite>{esc(prev['author'])} said:</cite></blockquote>''' if prev and rng.random() < 0.3 else ''
        if quote: chrome += [f"{prev['author']} said:"]
        items.append(f'''<article class="post"><header><b>{esc(c['author'])}</b> <time>{a}</time></header>{quote}<div class="post-body">{paragraphs(c['text'])}</div><footer><a>Reply</a> <a>Quote</a></footer></article>''')
        prev = c
    chrome += ['Reader discussion']
    return shell(g, f'''<section><h2>Reader discussion</h2>{''.join(items)}</section>''', chrome)
@F
def avatarrow(g, chrome):
    items = []
    for c in g['comments']:
        a = rng.choice(['2 hrs', '5 hrs', '1 day']); chrome += [a, 'Like', 'Reply', f"{c['author']}'s profile picture"]
        items.append(f'''<div class="c"><img alt="{esc(c['author'])}'s profile picture" src="a.png"><div class="bubble"><a class="n">{esc(c['author'])}</a><div class="t">{paragraphs(c['text'])}</div></div><div class="row"><a>Like</a> · <a>Reply</a> · <span>{a}</span></div></div>''')
    chrome += ['Most relevant is selected, so some comments may have been filtered out.']
    return shell(g, f'''<div class="fbc"><p>Most relevant is selected, so some comments may have been filtered out.</p>{''.join(items)}</div>''', chrome)
@F
def tablesimple(g, chrome):
    rows = []
    for c in g['comments']:
        d = rng.choice(['2024-05-02 09:15', '2024-05-01 18:40']); chrome += [d]
        rows.append(f'''<tr><td>{esc(c['author'])}</td><td>{d}</td><td>{br(c['text'])}</td></tr>''')
    chrome += ['Name', 'Date', 'Comment', 'Comments']
    return shell(g, f'''<h3>Comments</h3><table><thead><tr><th>Name</th><th>Date</th><th>Comment</th></tr></thead><tbody>{''.join(rows)}</tbody></table>''', chrome)


# German, French, Spanish and Italian sites: ages, controls, an item's markup, the chrome
# above the comments and the section around them.
LOCALIZED = {
    'germancms': (['vor 3 Stunden', 'vor 2 Tagen', 'vor 15 Minuten'], ['Antworten', 'Melden'],
        lambda c, a: f'''<div class="comment"><header><span class="user">{esc(c['author'])}</span> <span class="date">{a}</span></header>{paragraphs(c['text'])}<footer><a href="#">Antworten</a> <a href="#">Melden</a></footer></div>''',
        lambda n: [f"Diskussion ({n} Beiträge)", 'Kommentar schreiben'],
        lambda n, items: f'''<section id="comments"><h2>Diskussion ({n} Beiträge)</h2><a class="btn">Kommentar schreiben</a>{items}</section>'''),
    'frenchcms': (['il y a 2 heures', 'il y a 3 jours', 'le 3 mars 2024 à 14 h 15'], ['Répondre'],
        lambda c, a: f'''<div class="comment"><p class="comment__author">{esc(c['author'])}</p><p class="comment__date">{a}</p><div class="comment__content">{paragraphs(c['text'])}</div><a class="comment__reply" href="#">Répondre</a></div>''',
        lambda n: ['Réactions', 'Ajouter une réaction'],
        lambda n, items: f'''<section class="comments"><h2>Réactions</h2><button>Ajouter une réaction</button>{items}</section>'''),
    'spanishcms': (['hace 3 horas', 'hace 2 días', 'hace 20 minutos'], ['Responder', 'Denunciar'],
        lambda c, a: f'''<article class="comentario"><header><strong>{esc(c['author'])}</strong><time>{a}</time></header>{paragraphs(c['text'])}<footer><a>Responder</a> · <a>Denunciar</a></footer></article>''',
        lambda n: [f"Comentarios ({n})", 'Normas de participación'],
        lambda n, items: f'''<section id="comentarios"><h2>Comentarios ({n})</h2><p><a>Normas de participación</a></p>{items}</section>'''),
    'italiancms': (['2 ore fa', '3 giorni fa', '15 minuti fa'], ['Rispondi', 'Segnala'],
        lambda c, a: f'''<li class="commento"><div class="autore">{esc(c['author'])}</div><div class="data">{a}</div><div class="testo">{paragraphs(c['text'])}</div><div class="azioni"><a>Rispondi</a> <a>Segnala</a></div></li>''',
        lambda n: [f"{n} commenti", 'Scrivi un commento'],
        lambda n, items: f'''<section><h3>{n} commenti</h3><button>Scrivi un commento</button><ul>{items}</ul></section>'''),
}
for _name, _spec in LOCALIZED.items():
    fam[_name] = (lambda spec: lambda g, chrome: localized(g, chrome, *spec))(_spec)


if __name__ == "__main__":
    html_pages.main(fam)
