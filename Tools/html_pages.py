#!/usr/bin/env python3
"""Saved HTML pages for `make split-layouts`: the dev pages' gold articles and comments
rendered into the markup news sites and comment systems write (WordPress's comment list,
an embedded Disqus thread, a news CMS's comment cards, Reddit's old markup with nested
replies, a phpBB forum's tables, Facebook's comments plugin with the name beside the text,
a minified page on one line, a page with avatars, badges, hidden reply forms and
templates; then, written after the renderer was changed for those, Coral, YouTube, the
Guardian, a blog's definition list, a guestbook table, Substack, and a page cluttered with
advertisements, a cookie banner and a newsletter box; then, after the changes for those,
Discourse, Hacker News, Medium, "Name wrote:", Kinja and letters signed below; and,
measured but not changed for, Blogger, Drupal, "Posted by Name on <date>" below,
Stack Exchange's inline comments and Mastodon's web view), with navigation, share buttons,
related links and a footer around them (Docs/splitter.md, "HTML pages"). Writes
pages and gold to OUT_DIR (never into the repository); score them with
../shared/tools/split_score.py.

usage: Tools/html_pages.py OUT_DIR [SHARED_PAGES_DEV]"""
import html, json, os, random, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from layouts_more import renderings  # noqa: E402 (the dev pages under each family, seeded)

rng = random.Random()
esc = html.escape


def ago():
    return rng.choice(["3 hours ago", "2 days ago", "17 minutes ago", "1 week ago", "an hour ago"])


def date():
    return rng.choice(["May 2, 2024 at 8:15 am", "March 3, 2024 at 10:02 pm", "14 January 2023 at 18:18"])


def paragraphs(text):
    return "".join(f"<p>{esc(line)}</p>" for line in text.split("\n"))


def shell(g, comments, chrome, head_extra=""):
    """A news page around `comments`: masthead, navigation, the article, share buttons,
    related links, a footer; the chrome's visible strings go to `chrome` (the gold's
    boilerplate)."""
    nav = ["Home", "News", "Opinion", "Sports", "Business", "Subscribe"]
    related = ["City council approves new budget", "Transit strike enters third day", "Weather: storm warning"]
    chrome += nav + ["The Daily Ledger", "By Staff Reporter", "Share on Facebook", "Share on X", "Copy link",
                     "Related stories", *related, "Contact us", "Privacy policy", "© 2024 The Daily Ledger"]
    article = "".join(f"<p>{esc(p)}</p>\n" for p in g["article"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(g['title'] or 'Headline')} | The Daily Ledger</title>
<link rel="stylesheet" href="/site.css"><style>.comment {{ margin: 1em }} .hidden {{ display: none }}</style>
<script>window.dataLayer = [{{"page": "article", "html": "<p>not shown</p>"}}];</script>{head_extra}
</head>
<body>
<header class="masthead"><a class="logo" href="/">The Daily Ledger</a>
<nav><ul>{''.join(f'<li><a href="/{n.lower()}">{n}</a></li>' for n in nav)}</ul></nav></header>
<main>
<article class="story">
<h1 class="headline">{esc(g['title'] or 'Headline')}</h1>
<div class="byline"><span class="author">By Staff Reporter</span> <time datetime="2024-05-28T09:21">May 28, 2024</time></div>
<div class="share"><button>Share on Facebook</button> <button>Share on X</button> <button>Copy link</button></div>
<div class="story-body">
{article}</div>
</article>
{comments}
<aside class="related"><h3>Related stories</h3><ul>{''.join(f'<li><a href="#">{r}</a></li>' for r in related)}</ul></aside>
</main>
<footer><ul><li><a href="/contact">Contact us</a></li><li><a href="/privacy">Privacy policy</a></li></ul>
<p>&copy; 2024 The Daily Ledger</p></footer>
<script src="/app.js"></script>
</body></html>
"""


def nested(comments, draw, share):
    """The comments drawn in order, some (`share` of the time) as a reply nested in the one
    before: `draw(comment, replies_markup)`."""
    body, k = "", 0
    while k < len(comments):
        if k + 1 < len(comments) and rng.random() < share:
            body += draw(comments[k], draw(comments[k + 1]))
            k += 2
        else:
            body += draw(comments[k])
            k += 1
    return body


families = {}


def family(f):
    families[f.__name__] = f
    return f


@family
def wordpress(g, chrome):
    items = []
    for i, c in enumerate(g["comments"]):
        d = date()
        chrome += [d, "Reply"]
        items.append(f"""<li id="comment-{i}" class="comment even thread-even depth-1">
<article id="div-comment-{i}" class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><img alt='' src='https://secure.gravatar.com/avatar/{i}?s=32' class='avatar avatar-32 photo' height='32' width='32' />
<b class="fn">{esc(c['author'])}</b> <span class="says">says:</span></div>
<div class="comment-metadata"><a href="#comment-{i}"><time datetime="2024-05-02T08:15:00+00:00">{d}</time></a></div>
</footer>
<div class="comment-content">{paragraphs(c['text'])}</div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></div>
</article></li>""")
    chrome += [f"{len(items)} thoughts on “{g['title']}”", "Leave a Reply", "Your email address will not be published.",
               "Comment", "Name *", "Email *", "Website", "Post Comment"]
    return shell(g, f"""<div id="comments" class="comments-area">
<h2 class="comments-title">{len(items)} thoughts on &ldquo;{esc(g['title'] or '')}&rdquo;</h2>
<ol class="comment-list">
{chr(10).join(items)}
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form action="/wp-comments-post.php" method="post" id="commentform"><p class="comment-notes">Your email address will not be published.</p>
<p class="comment-form-comment"><label for="comment">Comment</label> <textarea id="comment" name="comment"></textarea></p>
<p><label for="author">Name *</label> <input id="author" name="author" type="text"></p>
<p><label for="email">Email *</label> <input id="email" name="email" type="email"></p>
<p><label for="url">Website</label> <input id="url" name="url" type="url"></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div>
</div>""", chrome)


@family
def disqus(g, chrome):
    posts = []
    for c in g["comments"]:
        a, votes = ago(), rng.randint(0, 40)
        chrome += [a, str(votes), "Reply", "Share ›"]
        posts.append(f"""<li class="post"><div class="post-content">
<div class="avatar"><a class="user"><img src="/noavatar.png" alt="Avatar"></a></div>
<div class="post-body"><header><span class="post-byline"><span class="author publisher-anchor-color"><a href="#">{esc(c['author'])}</a></span></span>
<span class="post-meta"><span class="bullet time-ago-bullet">•</span> <a class="time-ago" title="Monday, May 6, 2024 9:21 AM">{a}</a></span></header>
<div class="post-body-inner"><div class="post-message">{paragraphs(c['text'])}</div></div>
<footer><menu><li class="voting"><a class="vote-up" title="Vote up"><span class="updatable count">{votes}</span></a></li>
<li class="bullet">•</li><li class="reply"><a href="#"><span class="text">Reply</span></a></li>
<li class="bullet">•</li><li class="share"><a class="toggle"><span class="text">Share ›</span></a></li></menu></footer>
</div></div></li>""")
    chrome += [f"{len(posts)} Comments", "Login", "Recommend", "Tweet", "Share", "Sort by Best", "Join the discussion…"]
    return shell(g, f"""<div id="disqus_thread"><section id="conversation">
<div class="nav"><span class="comment-count">{len(posts)} Comments</span> <a class="dropdown-toggle">Login</a></div>
<div class="secondary-nav"><a class="recommend">Recommend</a> <a>Tweet</a> <a>Share</a> <a class="sort">Sort by Best</a></div>
<div class="textarea-wrapper"><div class="textarea" contenteditable="true" aria-label="Join the discussion…"><span class="placeholder">Join the discussion…</span></div></div>
<ul id="post-list" class="post-list">{''.join(posts)}</ul></section></div>""", chrome)


@family
def cards(g, chrome):
    cards = []
    for c in g["comments"]:
        a, likes = ago(), rng.randint(0, 99)
        chrome += [a, f"Like ({likes})", "Reply", "Report"]
        cards.append(f"""<div class="comment-card" data-id="{rng.randint(1000, 9999)}">
  <div class="comment-card__header">
    <span class="comment-card__author">{esc(c['author'])}</span>
    <span class="comment-card__time">{a}</span>
  </div>
  <div class="comment-card__body">{paragraphs(c['text'])}</div>
  <div class="comment-card__actions">
    <button class="like">Like ({likes})</button>
    <button class="reply">Reply</button>
    <button class="report">Report</button>
  </div>
</div>""")
    chrome += ["Comments", "Show more comments", "You must be logged in to comment."]
    return shell(g, f"""<section class="comments"><h2>Comments</h2>
<p class="comments__notice">You must be logged in to comment.</p>
{chr(10).join(cards)}
<button class="comments__more">Show more comments</button></section>""", chrome)


@family
def reddit(g, chrome):
    def thing(c, children=""):
        a, pts = ago(), rng.randint(1, 500)
        chrome.extend([f"{pts} points", a, "permalink", "embed", "save", "report", "reply"])
        return f"""<div class="thing comment"><div class="entry">
<p class="tagline"><a class="expand">[–]</a><a href="/user/x" class="author">{esc(c['author'])}</a> <span class="score unvoted">{pts} points</span> <time title="Mon May 6 09:21:00 2024">{a}</time></p>
<form class="usertext"><div class="usertext-body"><div class="md">{paragraphs(c['text'])}</div></div></form>
<ul class="flat-list buttons"><li class="first"><a>permalink</a></li><li><a>embed</a></li><li><a>save</a></li><li><a>report</a></li><li><a>reply</a></li></ul>
</div><div class="child">{children}</div></div>"""
    comments = g["comments"]
    body = nested(comments, thing, 0.4)
    chrome += [f"all {len(comments)} comments", "sorted by: best", "[–]"]
    return shell(g, f"""<div class="commentarea"><div class="panestack-title"><span class="title">all {len(comments)} comments</span></div>
<div class="menuarea"><span class="dropdown-title">sorted by: best</span></div>
<div class="sitetable nestedlisting">{body}</div></div>""", chrome)


@family
def forum(g, chrome):
    rows = []
    for c in g["comments"]:
        posts, d = rng.randint(1, 4000), rng.choice(["Mon May 06, 2024 9:21 am", "Tue Jan 14, 2023 6:18 pm"])
        chrome += [f"Posts: {posts}", "Joined: 2019", f"Posted: {d}", "Quote", "Top"]
        rows.append(f"""<tr class="row"><td class="profile" valign="top"><b class="postauthor">{esc(c['author'])}</b><br />
<span class="postdetails">Posts: {posts}<br />Joined: 2019</span></td>
<td class="postbody" valign="top"><div class="postdate">Posted: {d}</div><div class="content">{esc(c['text']).replace(chr(10), '<br />')}</div>
<div class="buttons"><a class="quote">Quote</a> <a href="#top">Top</a></div></td></tr>""")
    chrome += ["Author", "Message", "Display posts from previous: All posts", "Post Reply"]
    return shell(g, f"""<table class="tablebg" width="100%" cellspacing="1"><tr><th>Author</th><th>Message</th></tr>
{chr(10).join(rows)}
</table><p class="gensmall">Display posts from previous: All posts</p><a class="button">Post Reply</a>""", chrome)


@family
def facebook(g, chrome):
    items = []
    for c in g["comments"]:
        a = rng.choice(["5h", "2d", "1w", "17m"])
        chrome += [f"Like · Reply · {a}", "Like", "Reply", a]
        text = "<br>".join(esc(l) for l in c["text"].split("\n"))
        items.append(f"""<div class="_3-8y _5nz1 clearfix"><div class="_ohe lfloat"><img class="img _ohe" alt="" src="/p.jpg"></div>
<div class="_3-8w"><div class="_3b-9"><div><div class="_30o4"><span><a class="UFICommentActorName" href="#">{esc(c['author'])}</a></span> <span class="_5mdd"><span>{text}</span></span></div></div>
<div class="_2vq9 fsm fwn fcg"><a class="_5yxe" role="button">Like</a><span aria-hidden="true"> · </span><a class="_5yxe" role="button">Reply</a><span aria-hidden="true"> · </span><abbr class="livetimestamp">{a}</abbr></div></div></div></div>""")
    chrome += [f"{len(items)} Comments", "Sort by", "Top", "Add a comment...", "Facebook Comments Plugin"]
    return shell(g, f"""<div class="fb-comments"><div class="_50f7">{len(items)} Comments</div>
<div class="_3-8y">Sort by <select><option>Top</option><option>Newest</option></select></div>
<div class="_1cb _5yk1"><textarea placeholder="Add a comment..."></textarea></div>
{''.join(items)}
<div class="_5lm5"><a href="#">Facebook Comments Plugin</a></div></div>""", chrome)


@family
def minified(g, chrome):
    items = []
    for c in g["comments"]:
        a = ago()
        chrome += [a, "Reply"]
        items.append(f'<div class="c"><div class="h"><strong class="n">{esc(c["author"])}</strong><span class="t">{a}</span></div><div class="b">{paragraphs(c["text"])}</div><a class="r">Reply</a></div>')
    chrome += ["Reader comments"]
    page = shell(g, f'<section class="cm"><h2>Reader comments</h2>{"".join(items)}</section>', chrome)
    return page.replace("\n", "")


@family
def badges(g, chrome):
    items = []
    for i, c in enumerate(g["comments"]):
        a = ago()
        badge = rng.choice(["", "Top commenter", "Subscriber", "Verified"])
        chrome += [a, "Reply", "Flag", "Avatar"] + ([badge] if badge else [])
        items.append(f"""<article class="comment" id="c{i}">
<img class="avatar" src="/a/{i}.png" alt="Avatar">
<header><a class="comment-author" rel="author" href="/u/{i}">{esc(c['author'])}</a>
{f'<span class="badge">{badge}</span>' if badge else ''}
<time class="comment-time" datetime="2024-05-06T09:21:00Z">{a}</time></header>
<div class="comment-text">{paragraphs(c['text'])}</div>
<footer><a class="reply-link" href="#">Reply</a> <a class="flag" href="#">Flag</a></footer>
<form class="reply-form" hidden><textarea>Write a reply</textarea><button>Send</button></form>
</article>""")
    chrome += ["Conversation", "Newest", "Oldest", "Most liked"]
    template = '<template id="comment-template"><article class="comment"><a class="comment-author">NAME</a><div class="comment-text">TEXT</div></article></template>'
    return shell(g, f"""<section class="conversation"><h2>Conversation</h2>
<div class="sort"><a>Newest</a> | <a>Oldest</a> | <a>Most liked</a></div>
<div class="modal" style="display:none"><p>Sign in to join the conversation</p><button>Sign in</button></div>
{chr(10).join(items)}
{template}</section>""", chrome)


# Group 2: written after the renderer was changed for the families above, measured before
# any change for these.


@family
def coral(g, chrome):
    def comment(c, replies=""):
        a = rng.choice(["3h", "1d", "2 hours ago", "5 days ago"])
        chrome.extend([a, "Respect", "Reply", "Share", "Report"])
        return f"""<div class="coral coral-comment"><div class="coral-comment-topBar">
<div class="coral-comment-userName"><button class="coral-username"><span>{esc(c['author'])}</span></button></div>
<div class="coral-comment-timestamp"><time datetime="2024-05-06T09:21:00Z">{a}</time></div></div>
<div class="coral-comment-content">{'<br>'.join(esc(l) for l in c['text'].split(chr(10)))}</div>
<div class="coral-comment-actionBar"><button class="coral-reactButton">Respect</button><button class="coral-replyButton">Reply</button>
<button class="coral-shareButton">Share</button><button class="coral-reportButton">Report</button></div>
<div class="coral-indent">{replies}</div></div>"""
    body = nested(g["comments"], comment, 0.3)
    chrome += ["Comments", "Viewing Options", "Newest first", "Load more", "Community guidelines"]
    return shell(g, f"""<div id="coral_thread"><div class="coral coral-stream"><h2>Comments</h2>
<div class="coral-tabBar"><button>Viewing Options</button> <select><option>Newest first</option><option>Oldest first</option></select></div>
{body}<button class="coral-loadMoreButton">Load more</button><a href="/guidelines">Community guidelines</a></div></div>""", chrome)


@family
def youtube(g, chrome):
    items = []
    for c in g["comments"]:
        a, votes = rng.choice(["2 years ago", "3 months ago", "1 day ago"]), rng.randint(0, 900)
        handle = "@" + "".join(ch for ch in c["author"] if ch.isalnum())
        chrome.extend([a, str(votes), "Reply"])
        items.append(f"""<ytd-comment-thread-renderer class="style-scope ytd-item-section-renderer"><ytd-comment-renderer id="comment">
<div id="body"><div id="author-thumbnail"><a href="/{handle}"><yt-img-shadow><img alt="" src="/t.jpg"></yt-img-shadow></a></div>
<div id="main"><div id="header"><div id="header-author"><h3><a id="author-text" class="yt-simple-endpoint" href="/{handle}"><span>{esc(c['author'])}</span></a></h3>
<span id="published-time-text"><a class="yt-simple-endpoint">{a}</a></span></div></div>
<div id="expander"><yt-formatted-string id="content-text" class="style-scope ytd-comment-renderer">{'<br>'.join(esc(l) for l in c['text'].split(chr(10)))}</yt-formatted-string></div>
<div id="action-buttons"><ytd-comment-action-buttons-renderer><div id="toolbar"><span id="vote-count-middle" aria-label="{votes} likes">{votes}</span>
<button aria-label="Like this comment"></button><button aria-label="Dislike this comment"></button>
<div id="reply-button-end"><button>Reply</button></div></div></ytd-comment-action-buttons-renderer></div>
</div></div></ytd-comment-renderer></ytd-comment-thread-renderer>""")
    chrome += [f"{len(items)} Comments", "Sort by", "Add a comment..."]
    return shell(g, f"""<ytd-comments id="comments"><div id="header"><h2 id="count"><span>{len(items)} Comments</span></h2>
<div id="sort-menu"><span>Sort by</span></div><div id="placeholder-area"><span>Add a comment...</span></div></div>
<div id="contents">{''.join(items)}</div></ytd-comments>""", chrome)


@family
def guardian(g, chrome):
    items = []
    for c in g["comments"]:
        d, rec = rng.choice(["3 May 2024 9.21", "6 May 2024 18.02"]), rng.randint(0, 300)
        chrome.extend([d, "Reply", "Share", "Report", str(rec)])
        items.append(f"""<li class="d-comment" itemscope itemtype="http://schema.org/Comment"><div class="d-comment__inner">
<div class="d-comment__meta"><div class="d-comment__meta-text"><span class="d-comment__author" itemprop="author"><a href="/profile/1" title="View profile">{esc(c['author'])}</a></span>
<div class="d-comment__timestamp"><a href="#comment-1"><time itemprop="dateCreated">{d}</time></a></div></div></div>
<div class="d-comment__main"><div class="d-comment__body" itemprop="text">{paragraphs(c['text'])}</div>
<div class="d-comment__actions"><button class="d-comment__action">Reply</button> <button class="d-comment__action">Share</button> <button class="d-comment__action">Report</button>
<span class="d-comment__recommend" title="Recommend"><span class="d-comment__recommend-count">{rec}</span></span></div></div></div></li>""")
    chrome += ["Comments", "Picks", "Oldest", "Newest", "Recommendations", "Comments on this piece are premoderated."]
    return shell(g, f"""<section class="discussion"><h2>Comments</h2>
<div class="discussion__toolbar"><button>Picks</button> <label>Order by <select><option>Oldest</option><option>Newest</option><option>Recommendations</option></select></label></div>
<p>Comments on this piece are premoderated.</p><ul class="d-thread">{''.join(items)}</ul></section>""", chrome)


@family
def blogdl(g, chrome):
    items = []
    for c in g["comments"]:
        d = rng.choice(["May 6, 2024 9:21 AM", "January 14, 2023 6:18 PM"])
        chrome.append(f"{c['author']} wrote on {d}:")
        items.append(f"<dt class=\"comment-author\">{esc(c['author'])} wrote on {d}:</dt>\n<dd class=\"comment-body\">{paragraphs(c['text'])}</dd>")
    chrome += ["Comments", "Post a comment", "Preview", "Publish"]
    return shell(g, f"""<div id="comments"><h4>Comments</h4><dl class="comments-block">{chr(10).join(items)}</dl>
<p class="comment-footer"><a href="/comment">Post a comment</a></p><button>Preview</button> <button>Publish</button></div>""", chrome)


@family
def guestbook(g, chrome):
    rows = []
    for c in g["comments"]:
        d = rng.choice(["06.05.2024", "14.01.2023"])
        chrome.append(d)
        rows.append(f"<tr><td class=\"name\"><b>{esc(c['author'])}</b><br><small>{d}</small></td><td class=\"entry\">{esc(c['text']).replace(chr(10), '<br>')}</td></tr>")
    chrome += ["Guestbook", "Sign the guestbook", "Name", "Entry"]
    return shell(g, f"""<h2>Guestbook</h2><table border="1"><tr><th>Name</th><th>Entry</th></tr>{''.join(rows)}</table>
<p><a href="/sign">Sign the guestbook</a></p>""", chrome)


@family
def substack(g, chrome):
    items = []
    for c in g["comments"]:
        d, likes = rng.choice(["May 3", "Jan 14", "2d", "Dec 24, 2023"]), rng.randint(0, 60)
        chrome.extend([d, f"Like ({likes})", "Reply", "Share", "Expand full comment"])
        items.append(f"""<div class="comment"><div class="comment-content"><div class="comment-meta">
<span class="commentTopItemWrapper"><a class="comment-user-name" href="/@u">{esc(c['author'])}</a></span><a class="comment-date" href="#">{d}</a></div>
<div class="comment-body"><p>{'</p><p>'.join(esc(l) for l in c['text'].split(chr(10)))}</p></div>
<div class="comment-actions"><button>Like ({likes})</button><button>Reply</button><button>Share</button></div>
<button class="show-more" aria-hidden="true" style="display:none">Expand full comment</button></div></div>""")
    chrome += ["Discussion about this post", "Top", "Latest", "Write a comment…"]
    return shell(g, f"""<div class="comments-page"><h3>Discussion about this post</h3><div class="sort"><button>Top</button><button>Latest</button></div>
<div class="comment-input"><textarea placeholder="Write a comment…"></textarea></div>{''.join(items)}</div>""", chrome)


@family
def cluttered(g, chrome):
    items = []
    for i, c in enumerate(g["comments"]):
        a = ago()
        chrome.extend([a, "Reply"])
        ad = '<div class="ad-slot"><span class="ad-label">Advertisement</span><iframe src="/ad"></iframe></div>' if i % 3 == 2 else ""
        items.append(f"""<div class="cmt"><p class="cmt-head"><span class="cmt-name">{esc(c['author'])}</span> &middot; <span class="cmt-age">{a}</span></p>
{paragraphs(c['text'])}<p class="cmt-foot"><a href="#">Reply</a></p></div>{ad}""")
    most = ["Mayor resigns after audit", "School board votes on bus routes", "Storm knocks out power",
            "New stadium plan unveiled", "Ferry fares to rise"]
    chrome += ["Advertisement", "We use cookies to improve your experience.", "Accept all", "Manage settings",
               "Sign up for our newsletter", "Your email", "Sign up", "Most read", *most, "Comments"]
    cookie = """<div class="cookie-banner"><p>We use cookies to improve your experience.</p><button>Accept all</button> <button>Manage settings</button></div>"""
    newsletter = """<div class="newsletter"><h3>Sign up for our newsletter</h3><input placeholder="Your email"><button>Sign up</button></div>"""
    mostread = "<div class=\"most-read\"><h3>Most read</h3><ol>" + "".join(f"<li><span class=\"n\">{k + 1}</span> <a href=\"#\">{m}</a></li>" for k, m in enumerate(most)) + "</ol></div>"
    return shell(g, f"""{cookie}{newsletter}<section class="comments"><h2>Comments</h2>{''.join(items)}</section>{mostread}""", chrome)


# Group 3: written after the changes for group 2, measured before any change for these.


@family
def discourse(g, chrome):
    posts = []
    for i, c in enumerate(g["comments"]):
        d = rng.choice(["Jan 14", "May 3", "2d", "Dec 2023"])
        chrome.extend([d, "Like", "Reply", str(i + 2)])
        posts.append(f"""<div class="topic-post clearfix regular"><article class="boxed onscreen-post" id="post_{i + 2}">
<div class="row"><div class="topic-avatar"><a class="trigger-user-card"><img alt="" width="48" height="48" src="/u.png" class="avatar"></a></div>
<div class="topic-body clearfix"><div role="heading" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username"><a href="/u/x">{esc(c['author'])}</a></span></div>
<div class="post-infos"><div class="post-info post-date"><a class="post-date" href="#"><span title="2024-05-06" class="relative-date">{d}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">{paragraphs(c['text'])}</div>
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><button class="like">Like</button><button class="reply">Reply</button></div></nav></section></div></div></div></article></div>""")
    chrome += ["Replies", "Suggested Topics", "Reply", "Powered by Discourse"]
    return shell(g, f"""<div class="topic-area"><h2>Replies</h2><div class="post-stream">{''.join(posts)}</div>
<div class="suggested-topics"><h3>Suggested Topics</h3></div><p>Powered by Discourse</p></div>""", chrome)


@family
def hackernews(g, chrome):
    rows = []
    for c in g["comments"]:
        a, indent = ago(), rng.choice([0, 0, 40, 80])
        chrome.extend([a, "parent", "next", "[–]", "reply", "| parent | next [–]"])
        text = esc(c["text"]).split("\n")
        body = text[0] + "".join(f"<p>{t}</p>" for t in text[1:])
        rows.append(f"""<tr class="athing comtr" id="{rng.randint(10**7, 10**8)}"><td><table border="0"><tr><td class="ind"><img src="s.gif" height="1" width="{indent}"></td>
<td valign="top" class="votelinks"><center><a id="up_1" href="#"><div class="votearrow" title="upvote"></div></a></center></td><td class="default">
<div style="margin-top:2px; margin-bottom:-10px;"><span class="comhead"><a href="user?id=x" class="hnuser">{esc(c['author'])}</a> <span class="age" title="2024-05-06T09:21:00"><a href="item?id=1">{a}</a></span> <span class="navs">| <a href="#">parent</a> | <a href="#">next</a> <a class="togg clicky" href="javascript:void(0)">[–]</a></span></span></div><br>
<div class="comment"><div class="commtext c00">{body}</div><div class="reply"><p><font size="1"><u><a href="reply?id=1">reply</a></u></font></p></div></div></td></tr></table></td></tr>""")
    chrome += ["add comment"]
    return shell(g, f"""<table class="comment-tree" border="0"><tbody>{''.join(rows)}</tbody></table><form><textarea></textarea><input type="submit" value="add comment"></form>""", chrome)


@family
def medium(g, chrome):
    items = []
    for c in g["comments"]:
        d, claps = rng.choice(["Mar 3", "Jan 14, 2024", "2 days ago"]), rng.randint(1, 99)
        chrome.extend([d, str(claps), "Reply"])
        items.append(f"""<div class="pw-response"><div class="ab cm"><a class="author-link" href="/@x"><p class="be b bf z dv">{esc(c['author'])}</p></a>
<p class="be b dx z dy"><span>{d}</span></p></div><div class="response-body"><pre class="cq">{esc(c['text'])}</pre></div>
<div class="actions"><button aria-label="clap"><span>{claps}</span></button><button>Reply</button></div></div>""")
    chrome += [f"Responses ({len(items)})", "What are your thoughts?", "See all responses"]
    return shell(g, f"""<div class="responses"><h2>Responses ({len(items)})</h2><div class="prompt">What are your thoughts?</div>{''.join(items)}
<button>See all responses</button></div>""", chrome)


@family
def wrote(g, chrome):
    items = []
    for c in g["comments"]:
        a = ago()
        chrome.extend(["wrote:", f"posted {a}"])
        items.append(f"""<div class="c"><b>{esc(c['author'])}</b> wrote:<br>{'<br>'.join(esc(l) for l in c['text'].split(chr(10)))}<br><small>posted {a}</small></div>""")
    chrome += ["What readers say"]
    return shell(g, f"""<div class="readers"><h3>What readers say</h3>{''.join(items)}</div>""", chrome)


@family
def kinja(g, chrome):
    items = []
    for c in g["comments"]:
        t, stars = rng.choice(["Today 9:21am", "Yesterday 6:18pm", "5/06/24 9:21am"]), rng.randint(0, 80)
        chrome.extend([t, "Star", str(stars), "Reply"])
        items.append(f"""<article class="reply js_reply"><header class="reply__header"><a class="js_username username" href="/u">{esc(c['author'])}</a><time class="meta__time">{t}</time></header>
<div class="reply-content js_reply-content">{paragraphs(c['text'])}</div>
<footer class="reply__footer"><a class="js_like">Star</a> <span class="js_like_count">{stars}</span> <a class="js_reply">Reply</a></footer></article>""")
    chrome += ["Discussion", "All replies", "Show all"]
    return shell(g, f"""<section class="discussion-region"><h3>Discussion</h3><div class="filters"><a>All replies</a></div>{''.join(items)}<a>Show all</a></section>""", chrome)


@family
def signedbelow(g, chrome):
    items = []
    for c in g["comments"]:
        a = ago()
        chrome.append(f"— {c['author']}, {a}")
        items.append(f"""<div class="letter"><div class="letter-text">{paragraphs(c['text'])}</div><div class="letter-signature">— <span class="letter-author">{esc(c['author'])}</span>, <span class="letter-date">{a}</span></div></div>""")
    chrome += ["Letters from readers"]
    return shell(g, f"""<section class="letters"><h2>Letters from readers</h2>{''.join(items)}</section>""", chrome)


# Group 4: written after every change of the session, measured and not changed for.


@family
def blogger(g, chrome):
    items = []
    for c in g["comments"]:
        d = rng.choice(["May 6, 2024 at 9:21 AM", "January 14, 2023 at 6:18 PM"])
        chrome.extend([d, "Reply", "Delete"])
        items.append(f"""<li class="comment"><div class="avatar-image-container"><img src="/b.png"></div><div class="comment-block">
<div class="comment-header"><cite class="user"><a href="/profile/1" rel="nofollow">{esc(c['author'])}</a></cite><span class="icon user"></span>
<span class="datetime secondary-text"><a rel="nofollow" href="#c1">{d}</a></span></div>
<p class="comment-content">{'<br>'.join(esc(l) for l in c['text'].split(chr(10)))}</p>
<span class="comment-actions secondary-text"><a class="comment-reply">Reply</a><span class="item-control blog-admin pid-1"><a href="#">Delete</a></span></span></div></li>""")
    chrome += [f"{len(items)} comments:", "Post a Comment", "Newer Post", "Older Post", "Home"]
    return shell(g, f"""<div class="comments" id="comments"><h4>{len(items)} comments:</h4><div class="comments-content"><ol>{''.join(items)}</ol></div>
<h4 id="comment-post-message">Post a Comment</h4><div class="blog-pager"><a>Newer Post</a> <a>Older Post</a> <a>Home</a></div></div>""", chrome)


@family
def drupal(g, chrome):
    items = []
    for c in g["comments"]:
        d = rng.choice(["Mon, 05/06/2024 - 09:21", "Sat, 01/14/2023 - 18:18"])
        subject = " ".join(c["text"].split()[:4])
        chrome.extend([f"Submitted by {c['author']} on {d}", "Reply", "Permalink"])
        items.append(f"""<article class="comment js-comment"><footer class="comment__meta"><p class="comment__author">Submitted by <span><a class="username" href="/user/1">{esc(c['author'])}</a></span> on <span><time datetime="2024-05-06T09:21:00Z">{d}</time></span></p>
<a class="permalink" href="#">Permalink</a></footer><div class="comment__content"><h3><a href="#" rel="bookmark">{esc(subject)}</a></h3>
<div class="field field--name-comment-body">{paragraphs(c['text'])}</div><ul class="links inline"><li><a href="#">Reply</a></li></ul></div></article>""")
    chrome += ["Comments", "Add new comment", "Your name", "Save", "Preview"]
    return shell(g, f"""<section class="comment-section"><h2>Comments</h2>{''.join(items)}<h2>Add new comment</h2>
<form><label>Your name</label><input><textarea></textarea><button>Save</button> <button>Preview</button></form></section>""", chrome)


@family
def postedby(g, chrome):
    items = []
    for c in g["comments"]:
        d = rng.choice(["May 6, 2024", "January 14, 2023"])
        chrome.append(f"Posted by {c['author']} on {d}")
        items.append(f"""<div class="comment">{paragraphs(c['text'])}<p class="meta">Posted by <span class="author">{esc(c['author'])}</span> on {d}</p></div>""")
    chrome += ["Reader responses"]
    return shell(g, f"""<div id="responses"><h3>Reader responses</h3>{''.join(items)}</div>""", chrome)


@family
def stackcomments(g, chrome):
    items = []
    for c in g["comments"]:
        d = rng.choice(["May 6, 2024 at 9:21", "Jan 14, 2023 at 18:18"])
        chrome.append(d)
        items.append(f"""<li class="comment"><div class="comment-body"><span class="comment-copy">{esc(c['text']).replace(chr(10), ' ')}</span> &ndash;&nbsp;<a class="comment-user" href="/users/1">{esc(c['author'])}</a> <span class="comment-date"><span title="2024-05-06 09:21:00Z">{d}</span></span></div></li>""")
    chrome += ["Add a comment"]
    return shell(g, f"""<div class="comments"><ul class="comments-list">{''.join(items)}</ul><a class="js-add-link">Add a comment</a></div>""", chrome)


@family
def mastodonweb(g, chrome):
    items = []
    for c in g["comments"]:
        t = rng.choice(["2h", "5d", "17m", "May 6"])
        handle = "@" + "".join(ch for ch in c["author"] if ch.isalnum()).lower() + "@social.example"
        chrome.extend([t, handle])
        items.append(f"""<div class="status"><div class="status__info"><a class="status__relative-time" href="#"><time datetime="2024-05-06T09:21:00Z">{t}</time></a>
<a class="status__display-name" href="#"><div class="status__avatar"><img alt="" src="/m.png"></div><span class="display-name"><bdi><strong class="display-name__html">{esc(c['author'])}</strong></bdi> <span class="display-name__account">{handle}</span></span></a></div>
<div class="status__content"><div class="status__content__text">{paragraphs(c['text'])}</div></div>
<div class="status__action-bar"><button aria-label="Reply" title="Reply"><i class="fa fa-reply"></i> <span>{rng.randint(0, 9)}</span></button>
<button aria-label="Boost" title="Boost"><i class="fa fa-retweet"></i></button><button aria-label="Favourite" title="Favourite"><i class="fa fa-star"></i></button></div></div>""")
    chrome += ["Replies"]
    return shell(g, f"""<section class="replies"><h2>Replies</h2>{''.join(items)}</section>""", chrome)


def main(families=families):
    """Writes each dev page under each of `families` (another tool's, or these)."""
    out = sys.argv[1]
    src = sys.argv[2] if len(sys.argv) > 2 else "../shared/data/pages/dev"
    os.makedirs(out, exist_ok=True)
    n = 0
    for base, name, fn, g in renderings(src, families, rng):
        chrome = []
        page = fn(g, chrome)
        content = set(g["article"]) | {l for c in g["comments"] for l in c["text"].split("\n")}
        gold = dict(g, layout="html-" + name, boilerplate=sorted({b for b in chrome if b and b not in content}))
        open(f"{out}/{base}-{name}.html", "w").write(page)
        json.dump(gold, open(f"{out}/{base}-{name}.gold.json", "w"))
        n += 1
    print(n, "pages")


if __name__ == "__main__":
    main()
