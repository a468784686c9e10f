#!/usr/bin/env python3
"""More comment layouts for `make split-layouts`: six families written in session 14, measured
before any splitter change for them (Docs/splitter.md): the Wall Street Journal's
"Subscriber" badge between some names and their ages, Fox News's OpenWeb copy with bare
counts and "Show 2 replies", TikTok's handle over the text with its age below, the New York
Times's "Name / City / May 2" with "Times Pick" on some, Disqus's "3 hours ago edited", and
Mastodon's "Name / @user@instance / 5h". The dev pages' gold re-rendered into each; pages
and gold go to OUT_DIR (never into the repository).

usage: Tools/layouts_sites.py OUT_DIR [SHARED_PAGES_DEV]"""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from layouts_more import page, rng
from layouts_world import ago, short
import layouts_world

fam = {}
def F(f): fam[f.__name__] = f; return f
@F
def wsj(g):
    return page(g, ['Conversation', f"{len(g['comments'])} Comments", 'Sort by Newest', ''],
        lambda c: [c['author']] + (['Subscriber'] if rng.random() < 0.4 else []) + [ago()] + c['text'].split('\n') + ['Reply', f"{rng.randint(1,90)} Likes", ''])
@F
def foxspot(g):
    return page(g, ['Join the conversation', f"{len(g['comments'])} Comments", 'Sort by Best', ''],
        lambda c: [c['author'], short()] + c['text'].split('\n') + ['Reply', str(rng.randint(0,99)), str(rng.randint(0,20))] + (['Show 2 replies'] if rng.random() < 0.3 else []) + [''])
@F
def tiktok(g):
    return page(g, [f"{len(g['comments'])} comments", ''],
        lambda c: [c['author'].replace(' ', '').lower()] + c['text'].split('\n') + [rng.choice(['2d ago', '5h ago', '3-14']), 'Reply', str(rng.randint(0,999)), ''])
@F
def nytpicks(g):
    return page(g, ['Comments', 'NYT Picks Reader Picks All', ''],
        lambda c: [c['author'], rng.choice(['Toronto', 'Vancouver, BC', 'Halifax']), rng.choice(['May 2', 'May 3', 'April 30'])] + (['Times Pick'] if rng.random() < 0.3 else []) + c['text'].split('\n') + ['Recommend', str(rng.randint(1,400)), 'Reply', 'Share', ''])
@F
def disqusedited(g):
    return page(g, [f"{len(g['comments'])} Comments", 'Sort by Best', ''],
        lambda c: [c['author'], ago() + (' edited' if rng.random() < 0.4 else '')] + c['text'].split('\n') + [str(rng.randint(0,40)), 'Reply', ''])
@F
def mastodontext(g):
    return page(g, ['Replies', ''],
        lambda c: [c['author'], '@' + c['author'].replace(' ', '').lower() + '@' + rng.choice(['mastodon.social', 'toot.ca', 'mstdn.ca']), short()] + c['text'].split('\n') + [str(rng.randint(0,9)), str(rng.randint(0,30)), ''])
def gold(name, comments):
    """The comments as the layout shows them: TikTok's handles are the names run together."""
    if name == 'tiktok':
        return [{'author': c['author'].replace(' ', '').lower(), 'text': c['text']} for c in comments]
    return comments


if __name__ == '__main__':
    layouts_world.main(fam, gold)
