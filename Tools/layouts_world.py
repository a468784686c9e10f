#!/usr/bin/env python3
"""Comment layouts of big sites and of other languages' for `make split-layouts`: 47
families written in session 13 in five groups, each measured before any splitter change
for it (Docs/splitter.md). First: Daily Mail's "Name, Town, Country, age" and its rating
row, Yahoo's bare counters, OpenWeb's initials, a Disqus text dump, Vuukle's age under the
comment, "Name schrieb am <date>:", "il y a 2 heures", "hace 3 horas", "Name (reader) —
date", "#12 Name age", "Name commented age". Second: Italian, Dutch and Portuguese sites,
the Telegraph's "Name 5 Mar 2024 10:15AM", "Name | Town | age", an avatar's alt text,
"u/name · 5h", letters signed "– Name, Town", "10:15 AM · Name". Third: "Name / · /
age" on lines of their own, a display name over its handle, "Re: Title" above each post,
a badge line, "↳ Name" replies, Russian, Japanese, Polish and Swedish sites. Fourth: the
Guardian's controls between date and text, "10:15am 3 May 2024", "Toronto · 5h ago" under
the name, "Editor's pick", "[12] Name wrote:", claps, "Name, [03.05.2024 10:15]", "Name ·
Top fan" with "2h  Like  Reply". Fifth: "1. Name — 2h", product-style reviews (a rating and
title, "Reviewed in Canada on <date>", "29 people found this helpful"), a credential line
(", Former teacher"), "Name (not verified) says:", a pinned comment, "Name • Place • 2 hr
ago", votes above the name, "Name  10:15 AM". The dev
pages' gold re-rendered into each; pages and gold go to OUT_DIR (never into the
repository).

usage: Tools/layouts_world.py OUT_DIR [SHARED_PAGES_DEV]"""
import sys, os, json
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import layouts_more as lm
from layouts_more import page, rng

def ago(): return rng.choice(['2 hours ago','14 minutes ago','1 day ago','3 days ago','an hour ago'])
def short(): return rng.choice(['2h','14m','1d','3d','5h'])
fam = {}
def F(f): fam[f.__name__] = f; return f

@F
def dailymail(g):
    return page(g, ['Share what you think', f"Comments {len(g['comments'])}", 'Newest Oldest Best rated Worst rated', ''],
        lambda c: [f"{c['author']}, {rng.choice(['London','Leeds','Toronto','Sydney'])}, {rng.choice(['United Kingdom','Canada','Australia'])}, {ago()}"] + c['text'].split('\n') + ['Click to rate', f"Rating   {rng.randint(0,300)}", ''],
        footer=['The views expressed in the contents above are those of our users and do not necessarily reflect the views of MailOnline.'])
@F
def yahoo(g):
    return page(g, ['Comments', 'Sort by Popular', ''],
        lambda c: [c['author'], short()] + c['text'].split('\n') + ['Reply', str(rng.randint(0,99)), str(rng.randint(0,30)), ''],
        before=('Yahoo News', 'Sign in', ''))
@F
def openweb(g):
    return page(g, ['Conversation', f"{len(g['comments'])} Comments", 'Log in | Sign up', ''],
        lambda c: [c['author'][0].upper(), c['author'], '·', short()] + c['text'].split('\n') + ['Reply', 'Share', str(rng.randint(0,40)), ''],
        footer=['Powered by OpenWeb', 'Terms | Privacy | Feedback'])
@F
def disqusdump(g):
    return page(g, [f"{len(g['comments'])} Comments", 'The Daily Star', 'Login', 'Recommend', 'Sort by Best', ''],
        lambda c: [f"{c['author']} • {ago()}"] + c['text'].split('\n') + [f"{rng.randint(0,30)} △ ▽ • Reply • Share ›", ''],
        footer=['Subscribe', 'Privacy', 'Do Not Sell My Data'])
@F
def vuukle(g):
    return page(g, ['Comments', 'Write a comment...', ''],
        lambda c: [c['author']] + c['text'].split('\n') + [ago(), 'Reply', f"{rng.randint(0,40)} Upvotes", ''])
@F
def german(g):
    return page(g, [f"Kommentare ({len(g['comments'])})", ''],
        lambda c: [f"{c['author']} schrieb am {rng.randint(1,28)}.{rng.randint(1,12):02d}.2024 um {rng.randint(0,23):02d}:{rng.randint(0,59):02d}:"] + c['text'].split('\n') + ['Antworten | Melden', ''],
        footer=['Impressum', 'Datenschutz'])
@F
def french(g):
    return page(g, ['Réactions', ''],
        lambda c: [c['author'], rng.choice(['il y a 2 heures','il y a 15 minutes','il y a 3 jours'])] + c['text'].split('\n') + ["Répondre · J'aime", ''],
        footer=['Mentions légales'])
@F
def spanish(g):
    return page(g, ['Comentarios', ''],
        lambda c: [f"{c['author']} · {rng.choice(['hace 3 horas','hace 20 minutos','hace 2 días'])}"] + c['text'].split('\n') + ['Responder', ''])
@F
def wapo(g):
    return page(g, ['Comments', 'Share your thoughts', 'Sort by Newest', ''],
        lambda c: [c['author'], ago()] + c['text'].split('\n') + ['Reply', f"Respect ({rng.randint(0,40)})", 'Report', ''],
        footer=['Comments are now closed'])
@F
def emdashmeta(g):
    return page(g, ['Reader comments', ''],
        lambda c: [f"{c['author']} ({rng.choice(['subscriber','reader','member'])}) — {rng.choice(['Mar 3, 2024 9:15 AM','Apr 2, 2024 6:40 PM'])}"] + c['text'].split('\n') + [''])
@F
def hashnumber(g):
    return page(g, ['Comments', ''],
        lambda c: [f"#{rng.randint(1,80)} {c['author']} {ago()}"] + c['text'].split('\n') + [''])
@F
def commentedverb(g):
    return page(g, ['Discussion', ''],
        lambda c: [f"{c['author']} commented {ago()}"] + c['text'].split('\n') + ['Like', ''])

@F
def italian(g):
    return page(g, [f"{len(g['comments'])} commenti", ''], lambda c: [f"{c['author']} ha scritto:", rng.choice(['2 ore fa','3 giorni fa','15 minuti fa'])] + c['text'].split('\n') + ['Rispondi · Segnala', ''])
@F
def dutch(g):
    return page(g, ['Reacties', ''], lambda c: [f"{c['author']} · {rng.choice(['3 uur geleden','2 dagen geleden','10 minuten geleden'])}"] + c['text'].split('\n') + ['Reageren', ''])
@F
def portuguese(g):
    return page(g, ['Comentários', ''], lambda c: [c['author'], rng.choice(['há 2 horas','há 3 dias','há 15 minutos'])] + c['text'].split('\n') + ['Responder', 'Curtir', ''])
@F
def telegraph(g):
    return page(g, ['Join the conversation', f"{len(g['comments'])} comments", ''], lambda c: [f"{c['author']} {rng.choice(['5 Mar 2024 10:15AM','12 Apr 2024 6:02PM'])}"] + c['text'].split('\n') + ['Reply', 'Like', str(rng.randint(0,50)), ''])
@F
def placepipe(g):
    return page(g, ['Comments', ''], lambda c: [f"{c['author']} | {rng.choice(['Ottawa','Halifax','Calgary, AB'])} | {ago()}"] + c['text'].split('\n') + ['Reply', ''])
@F
def avataralt(g):
    return page(g, ['Comments', ''], lambda c: [f"{c['author']}'s avatar", c['author'], ago()] + c['text'].split('\n') + ['Reply', ''])
@F
def ureddit(g):
    return page(g, ['Comments', 'Sort by: Best', ''], lambda c: [f"u/{c['author'].replace(' ','_')} · {rng.choice(['5h','2d','14m'])}"] + c['text'].split('\n') + [f"{rng.randint(1,300)} upvotes", 'Reply', 'Share', ''])
@F
def signedplace(g):
    return page(g, ['Letters', ''], lambda c: c['text'].split('\n') + [f"– {c['author']}, {rng.choice(['Ottawa','Halifax','Red Deer, Alta.'])}", ''])
@F
def timeauthor(g):
    return page(g, ['Comments', ''], lambda c: [f"{rng.choice(['10:15 AM','6:02 PM'])} · {c['author']}"] + c['text'].split('\n') + [''])


@F
def dotlines(g):
    return page(g, ['Comments', ''], lambda c: [c['author'], '·', ago()] + c['text'].split('\n') + ['Like', '·', 'Reply', ''])
@F
def handleline(g):
    return page(g, ['Replies', ''], lambda c: [c['author'], '@' + c['author'].replace(' ', '').lower(), '·', short()] + c['text'].split('\n') + [str(rng.randint(0,50)), ''])
@F
def resubject(g):
    t = g['title'] or 'Headline'
    return page(g, ['Discussion', ''], lambda c: [f"Re: {t}", c['author'], rng.choice(['Mar 3, 2024','Apr 12, 2024 6:40 pm'])] + c['text'].split('\n') + [''])
@F
def badgeline(g):
    return page(g, ['Comments', ''], lambda c: [c['author'], rng.choice(['Top Commenter','Subscriber','Verified']), '·', short()] + c['text'].split('\n') + ['Reply', ''])
@F
def showmore(g):
    return page(g, [f"{len(g['comments'])} comments", ''], lambda c: [f"{c['author']} {short()}"] + c['text'].split('\n') + ['Reply', 'Like', ''])
@F
def arrowreply(g):
    o = lm.opening(g) + ['Comments', '']
    for i, c in enumerate(g['comments']):
        o += ([f"↳ {c['author']}"] if i % 3 == 2 else [c['author']]) + [ago()] + c['text'].split('\n') + ['']
    return o
@F
def russian(g):
    return page(g, [f"Комментарии ({len(g['comments'])})", ''], lambda c: [c['author'], rng.choice(['3 часа назад','2 дня назад','15 минут назад'])] + c['text'].split('\n') + ['Ответить', ''])
@F
def japanese(g):
    return page(g, [f"コメント ({len(g['comments'])})", ''], lambda c: [c['author'], rng.choice(['3時間前','2日前','15分前'])] + c['text'].split('\n') + ['返信', ''])
@F
def polish(g):
    return page(g, ['Komentarze', ''], lambda c: [f"{c['author']} · {rng.choice(['2 godziny temu','3 dni temu','15 minut temu'])}"] + c['text'].split('\n') + ['Odpowiedz', ''])
@F
def swedish(g):
    return page(g, ['Kommentarer', ''], lambda c: [c['author'], rng.choice(['för 2 timmar sedan','3 dagar sedan','för 15 minuter sedan'])] + c['text'].split('\n') + ['Svara', ''])


@F
def guardian2(g):
    return page(g, [f"{len(g['comments'])} comments", 'Sort by: Oldest', ''], lambda c: [c['author'], rng.choice(['3 May 2024 10.15','2 May 2024 18.40']), 'Share', 'Report'] + c['text'].split('\n') + [f"{rng.randint(0,300)} Recommend", ''])
@F
def stuff(g):
    return page(g, ['Comments', ''], lambda c: [c['author'], rng.choice(['10:15am 3 May 2024','6:40pm 2 May 2024'])] + c['text'].split('\n') + [''])
@F
def locationage(g):
    return page(g, ['Comments', ''], lambda c: [c['author'], f"{rng.choice(['Toronto','Halifax','Calgary'])} · {short()} ago"] + c['text'].split('\n') + ['Reply', ''])
@F
def editorspick(g):
    o = lm.opening(g) + ['Comments', '']
    for i, c in enumerate(g['comments']):
        o += (["Editor's pick"] if i % 4 == 0 else []) + [c['author'], ago()] + c['text'].split('\n') + ['Reply', '']
    return o
@F
def bracketnum(g):
    return page(g, ['Comments', ''], lambda c: [f"[{rng.randint(1,99)}] {c['author']} wrote:"] + c['text'].split('\n') + [''])
@F
def medium2(g):
    return page(g, ['Responses', ''], lambda c: [c['author'], rng.choice(['May 3','Apr 30'])] + c['text'].split('\n') + [f"{rng.randint(1,90)} claps", rng.choice(['1 reply','Reply']), ''])
@F
def telegram(g):
    return page(g, ['Comments', ''], lambda c: [f"{c['author']}, [{rng.randint(1,28):02d}.05.2024 {rng.randint(0,23):02d}:{rng.randint(0,59):02d}]"] + c['text'].split('\n') + [''])
@F
def topfan(g):
    return page(g, ['Most relevant', ''], lambda c: [f"{c['author']} · Top fan" if rng.random() < 0.5 else c['author']] + c['text'].split('\n') + [f"{short()}  Like  Reply", ''])


@F
def numdash(g):
    o = lm.opening(g) + ['Comments', '']
    for i, c in enumerate(g['comments']):
        o += [f"{i+1}. {c['author']} — {short()}"] + c['text'].split('\n') + ['']
    return o
@F
def reviews(g):
    return page(g, ['Customer reviews', ''], lambda c: [c['author'], f"{rng.choice(['★★★★☆','★★☆☆☆','★★★★★'])} {rng.choice(['Great read','Not convinced','Worth it'])}", f"Reviewed in Canada on {rng.choice(['May 2, 2024','April 30, 2024'])}"] + c['text'].split('\n') + [f"{rng.randint(2,40)} people found this helpful", 'Helpful | Report', ''])
@F
def quora(g):
    return page(g, ['Answers', ''], lambda c: [c['author'], rng.choice([', Former teacher', ', Lives in Toronto', ', Retired engineer']), rng.choice(['2y','5mo','1y'])] + c['text'].split('\n') + [f"Upvote · {rng.randint(1,90)}", ''])
@F
def guestsays(g):
    return page(g, ['Leave a comment', ''], lambda c: [f"{c['author']} (not verified) says:", rng.choice(['Mon, 05/06/2024 - 09:21','Tue, 05/07/2024 - 18:02'])] + c['text'].split('\n') + ['reply', ''])
@F
def pinned(g):
    o = lm.opening(g) + [f"{len(g['comments'])} comments", '']
    for i, c in enumerate(g['comments']):
        o += (["📌 Pinned by The Ledger"] if i == 0 else []) + [f"{c['author']} {short()}"] + c['text'].split('\n') + ['Reply', '']
    return o
@F
def neighborhood(g):
    return page(g, ['Replies', ''], lambda c: [f"{c['author']} • {rng.choice(['Old Town','Riverside','Eastgate'])} • {rng.choice(['2 hr ago','5 hr ago','1 day ago'])}"] + c['text'].split('\n') + ['Like', 'Reply', ''])
@F
def upvotesfirstline(g):
    return page(g, ['Comments', ''], lambda c: [f"▲ {rng.randint(1,300)} ▼", c['author'], short()] + c['text'].split('\n') + [''])
@F
def inlinetime2(g):
    return page(g, ['Conversation', ''], lambda c: [f"{c['author']}  {rng.choice(['10:15 AM','6:02 PM','9:41 AM'])}"] + c['text'].split('\n') + [''])


def gold(name, comments):
    """The comments as the layout shows them: Reddit's handles keep their "u/"."""
    if name == 'ureddit':
        return [{'author': 'u/' + c['author'].replace(' ', '_'), 'text': c['text']} for c in comments]
    return comments

def main(families=fam, gold=gold):
    """Writes each dev page under each of `families` (another tool's, or these), its gold
    comments as `gold(name, comments)` says the layout shows them."""
    out = sys.argv[1]; src = sys.argv[2] if len(sys.argv) > 2 else '../shared/data/pages/dev'
    os.makedirs(out, exist_ok=True); n = 0
    for base, name, fn, g in lm.renderings(src, families, rng):
        lines = fn(g)
        gc = gold(name, g['comments'])
        gg = dict(g, layout=name, comments=gc)
        content = set(g['article']) | {l for c in gc for l in c['text'].split('\n')} | {c['author'] for c in gc}
        gg['boilerplate'] = [l.strip() for l in lines if l.strip() and l.strip() not in content and l.strip() != (g['title'] or '')]
        open(f"{out}/{base}-{name}.txt", 'w').write('\n'.join(lines) + '\n')
        json.dump(gg, open(f"{out}/{base}-{name}.gold.json", 'w')); n += 1
    print(n, 'pages')
if __name__ == '__main__':
    main()
