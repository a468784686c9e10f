#!/usr/bin/env python3
"""More page layouts for `make split-layouts`: 44 families of comment sections written in
session 10 (Facebook's plugin, old and new Reddit, Hacker News, Slashdot, forums, letters
signed below, one-line "Name: comment" boxes, ratings, NYT-style "Name / Place / date",
...), the dev pages' gold articles and comments re-rendered into each. Docs/splitter.md
says which were written before the splitter changes they measure. Writes pages and gold
to OUT_DIR (never into the repository); score them with ../shared/tools/split_score.py.

usage: Tools/layouts_more.py OUT_DIR [SHARED_PAGES_DEV]"""
import json, os, random, glob, sys

rng = random.Random()
def ago_a(): return rng.choice(['5h','2d','1w','3y','17m','1 hr ago','3 days ago','an hour ago','2 weeks ago'])
def date_a(): return rng.choice(['March 3, 2024','14 Jan 2023 18:18','2024-05-30T14:02','12.03.2023, 09:15','Monday, May 6, 2024'])
def ago_b(): return rng.choice(['4 hours ago','1 day ago','35 minutes ago','6d','2h'])
def date_b(): return rng.choice(['Apr 2, 2024 9:41 AM','2023-11-19 07:55','19 November 2023','Tue 12/05/2023 5:10pm'])
def ago_c(): return rng.choice(['4 hours ago','1 day ago','35 minutes ago','3 weeks ago'])
def date_c(): return rng.choice(['Mar 3','Apr 12, 2024','2 Feb 2023','Dec 24'])
def ago_d(): return rng.choice(['2 days ago','5 hr. ago','an hour ago','11 minutes ago'])
def ago_e(): return rng.choice(['2h','14m','3d','1 hour ago','6 hours ago'])
def ago_f(): return rng.choice(['8 minutes ago','3 hours ago','yesterday','2 days ago','1 week ago'])
def date_f(): return rng.choice(['03/03/2024','Mar 3, 2024, 2:15 PM','2024-03-03 14:15','3 March 2024'])


def ago_g(): return rng.choice(['3h','12m','2d','5 hours ago'])

def ago_h(): return rng.choice(['20 min','4 hrs','3 days','1 wk'])

def ago_i(): return rng.choice(['2h','6h','1d','3 hours ago'])


def opening(g, *before):
    """The page down to the end of its article: lines before the title, the title, the
    article's paragraphs, each followed by a blank line."""
    o = list(before) + [g["title"] or "Headline", ""]
    for p in g["article"]:
        o += [p, ""]
    return o

def page(g, heading, block, footer=(), before=()):
    """The opening, a heading above the comments, each comment as `block` draws it, a footer."""
    o = opening(g, *before) + list(heading)
    for c in g["comments"]:
        o += block(c)
    return o + list(footer)

layouts = {}


def L(f):
    layouts[f.__name__] = f
    return f

@L
def facebook(g):
    return page(g, [f"{len(g['comments'])} Comments",'Sort by Most relevant',''], lambda c: [c['author']]+c['text'].split('\n')+['Like · Reply · '+ago_a(),''], footer=['Facebook Comments Plugin'], before=('Log In','Sign Up',''))

@L
def oldreddit(g):
    o=[g['title'] or 'Headline','submitted '+ago_a()+' by newsbot','']
    for p in g['article']: o+=[p,'']
    o+=[f"all {len(g['comments'])} comments",'sorted by: best','']
    for c in g['comments']:
        o+=[f"[–] {c['author']} {rng.randint(1,400)} points {ago_a()}"]+c['text'].split('\n')+['permalink embed save report reply','']
    return o

@L
def guardian(g):
    return page(g, ['Comments (…)','Sign in or create your account to join the discussion.',''], lambda c: [c['author'],date_a()]+c['text'].split('\n')+[f"{rng.randint(0,99)}",'Reply','Report',''], footer=['Most viewed','Loaded: 0%'], before=('The Chronicle','Sign in','News','Opinion','Sport','Culture',''))

@L
def nyt(g):
    o=[g['title'] or 'Headline','By A Reporter','']
    for p in g['article']: o+=[p,'']
    o+=['Readers’ Picks','All','']
    for c in g['comments']:
        o+=[c['author'],rng.choice(['Toronto','Calgary','NYC','Vancouver, BC']),date_a()]+c['text'].split('\n')+['Reply',f"{rng.randint(1,300)} Recommend",'Share','']
    return o

@L
def wpsays(g):
    o=['Home','About','Contact','',g['title'] or 'Headline','Posted on '+date_a(),'']
    for p in g['article']: o+=[p,'']
    o+=[f"{len(g['comments'])} thoughts on “{g['title'] or 'Headline'}”",'']
    for c in g['comments']:
        o+=[c['author']+' says:',date_a()+' at 8:15 pm']+c['text'].split('\n')+['Reply','']
    o+=['Leave a Reply','Cancel reply','Your email address will not be published. Required fields are marked *']
    return o

@L
def youtube(g):
    o=[g['title'] or 'Headline','','']
    for p in g['article']: o+=[p,'']
    o+=[f"{len(g['comments'])} Comments",'Sort by','']
    for c in g['comments']:
        h='@'+c['author'].replace(' ','')
        o+=[h+' '+ago_a()]+c['text'].split('\n')+[str(rng.randint(1,900)),'Reply','']
    return o

@L
def colon(g):
    return page(g, ['What readers are saying',''], lambda c: [c['author']+': '+c['text'].replace('\n',' ')], footer=['','More from this section'])

@L
def location(g):
    return page(g, ['Your views',''], lambda c: [c['author']+', '+rng.choice(['Halifax','Kingston, Ont.','London','Perth'])]+c['text'].split('\n')+['Click to rate',''], before=('The Herald',''))

@L
def timefirst(g):
    return page(g, ['Comments',''], lambda c: [date_a(),c['author']]+c['text'].split('\n')+[''])

@L
def quotereply(g):
    o=opening(g)
    o+=['Comments','']
    prev=None
    for c in g['comments']:
        o+=[c['author']+' · '+ago_a()]
        if prev and rng.random()<0.5: o+=['In reply to '+prev]
        o+=c['text'].split('\n')+['Flag','']
        prev=c['author']
    return o

@L
def hn(g):
    o=[g['title'] or 'Headline',f"{rng.randint(50,900)} points by editor {ago_b()} | hide | past | {len(g['comments'])} comments",'']
    for p in g['article']: o+=[p,'']
    for c in g['comments']:
        o+=[f"{c['author']} {ago_b()} | next [–]"]+c['text'].split('\n')+['reply','']
    o+=['Guidelines | FAQ | Lists | API | Security | Legal | Apply to YC | Contact']
    return o

@L
def forum(g):
    o=opening(g,'Community Forums','Home > News > Discussion','')
    o+=[f"Replies: {len(g['comments'])}",'']
    for i,c in enumerate(g['comments']):
        o+=[f"Post #{i+2}",c['author'],f"Posts: {rng.randint(3,9000)}",date_b()]+c['text'].split('\n')+['Quote','']
    return o

@L
def ratings(g):
    o=['Regional Times','',g['title'] or 'Headline','Story by Staff Writer','']
    for p in g['article']: o+=[p,'']
    o+=['Comments','Add comment','']
    for c in g['comments']:
        o+=[c['author'],ago_b(),'']+c['text'].split('\n')+['',f"{rng.randint(0,50)} likes",'']
    o+=['Terms of use','Community guidelines']
    return o

@L
def bylineafter(g):
    return page(g, ['Comments',''], lambda c: c['text'].split('\n')+['— '+c['author']+', '+date_b(),''])

@L
def stars(g):
    return page(g, ['Reader reviews',''], lambda c: [rng.choice(['★★★★☆','★★☆☆☆','★★★★★']),c['author']]+c['text'].split('\n')+[f"Was this helpful? Yes ({rng.randint(0,9)}) No ({rng.randint(0,9)})",''])

@L
def fromsent(g):
    return page(g, ['Letters',''], lambda c: ['From: '+c['author'],'Sent: '+date_c()]+c['text'].split('\n')+[''])

@L
def parenage(g):
    return page(g, ['Comments',''], lambda c: [f"{c['author']} ({ago_c()})"]+c['text'].split('\n')+[''], before=('The Daily',''))

@L
def medium(g):
    return page(g, [f"Responses ({len(g['comments'])})",''], lambda c: [c['author'],'Follow',date_c()]+c['text'].split('\n')+[str(rng.randint(1,99)),'Reply',''])

@L
def slashdot(g):
    o=[g['title'] or 'Headline','Posted by editor on Monday March 03, 2024 @02:15PM','']
    for p in g['article']: o+=[p,'']
    for i,c in enumerate(g['comments']):
        o+=[f"Re:{(g['title'] or 'Headline')[:30]} (Score:{rng.randint(-1,5)}, {rng.choice(['Insightful','Funny','Interesting'])})",
            f"by {c['author']} ({rng.randint(1000,999999)}) on Monday March 03, 2024 @0{rng.randint(1,9)}:15PM (#{rng.randint(10000,99999)})"]+c['text'].split('\n')+['Parent','Share','']
    return o

@L
def newreddit(g):
    o=opening(g)
    o+=['Sort by: Best','']
    for i,c in enumerate(g['comments']):
        o+=[f"level {1 + (i%3==1)}",c['author'],'· '+ago_d()]+c['text'].split('\n')+['Reply','Share','']
    return o

@L
def dashage(g):
    return page(g, ['Conversation',''], lambda c: [c['author']+' — '+ago_d()]+c['text'].split('\n')+['↑ '+str(rng.randint(0,30))+' ↓','Reply',''])

@L
def disqusmod(g):
    o=opening(g,'Site','')
    o+=['Community','Login','Recommend','Tweet','Share','Sort by Newest','']
    for c in g['comments']:
        badge=rng.choice(['','','Mod','Top Commenter'])
        o+=[c['author']+(' '+badge if badge else ''),'•',ago_d()]+c['text'].split('\n')+[str(rng.randint(0,20)),'•','Reply','•','Share ›','']
    return o

@L
def livefyre(g):
    return page(g, [f"{len(g['comments'])} people listening",'+ Follow','Post comment','Newest | Oldest | Top Comments',''], lambda c: [c['author'],rng.choice(['Mar 3, 2024','Feb 11, 2024','Jan 30, 2024'])]+c['text'].split('\n')+['Like','·','Reply','·','Share',''])

@L
def tweetlike(g):
    o=opening(g)
    o+=['Replies','']
    for c in g['comments']:
        h='@'+''.join(ch for ch in c['author'] if ch.isalnum())[:15].lower()
        o+=[f"{c['author']} {h} · {ago_e()}"]+c['text'].split('\n')+[f"{rng.randint(0,9)}  {rng.randint(0,50)}  {rng.randint(0,300)}",'']
    return o

@L
def numberedparen(g):
    o=opening(g)
    o+=['Comments','']
    for i,c in enumerate(g['comments']):
        o+=[f"{i+1}) {c['author']}, {ago_e()}:"]+c['text'].split('\n')+['']
    return o

@L
def readersince(g):
    return page(g, ['Comments',''], lambda c: [c['author'],f"Reader since {rng.randint(1998,2023)}"]+c['text'].split('\n')+['Reply','Report',''], before=('The Journal',''))

@L
def bracketscore(g):
    return page(g, ['Top comments',''], lambda c: [f"{c['author']} [{rng.randint(-5,80)}]",ago_f()]+c['text'].split('\n')+['reply | flag',''])

@L
def verifiedcheck(g):
    return page(g, ['Discussion',''], lambda c: [c['author']+rng.choice([' ✓','',' (verified)']),date_f()]+c['text'].split('\n')+['Helpful (3)','Reply',''])

@L
def pipeline_meta(g):
    return page(g, ['Comments',''], lambda c: [f"Comment by {c['author']} on {date_f()}"]+c['text'].split('\n')+[''])

@L
def avatarinitials(g):
    o=opening(g)
    o+=[f"Comments ({len(g['comments'])})",'']
    for c in g['comments']:
        initials=''.join(w[0] for w in c['author'].split()[:2]).upper() or 'X'
        o+=[initials,c['author'],ago_f()]+c['text'].split('\n')+['Like','Reply','']
    return o

@L
def reactions(g):
    return page(g, ['Comments',''], lambda c: [c['author'],f"👍 {rng.randint(0,40)}  ❤️ {rng.randint(0,9)}"]+c['text'].split('\n')+['Reply',''])

@L
def usertitle(g):
    return page(g, [], lambda c: [c['author'],rng.choice(['Senior Member','Junior Member','Member','Banned'])]+c['text'].split('\n')+['Quote Reply',''], before=('Forum',''))

@L
def bullets(g):
    return page(g, ['Comments',''], lambda c: [c['author']+rng.choice(['',' • Top 1% Commenter',' • Subscriber'])+' • '+ago_g()]+c['text'].split('\n')+[''])

@L
def commentnumber(g):
    o=opening(g)
    o+=['Responses','']
    for i,c in enumerate(g['comments']):
        o+=[f"Comment #{i+1}",c['author']+' wrote:']+c['text'].split('\n')+['']
    return o

@L
def agenoago(g):
    return page(g, ['Comments',''], lambda c: [c['author'],ago_h()]+c['text'].split('\n')+['Reply',''])

@L
def quoted(g):
    return page(g, ['Reader comments',''], lambda c: ['“'+c['text'].replace('\n',' ')+'”','— '+c['author']]+[''])

@L
def upvotesfirst(g):
    return page(g, ['Comments',''], lambda c: [str(rng.randint(0,99)),c['author'],'said']+c['text'].split('\n')+[''])

@L
def emailish(g):
    return page(g, ['Feedback',''], lambda c: [f"{c['author']} <{c['author'].split()[0].lower()}@example.com>"]+c['text'].split('\n')+[''])

@L
def lynx(g):
    """lynx -dump: links numbered before their text, text indented, references at the end."""
    n = [0]
    def ref(t):
        n[0] += 1
        return f"[{n[0]}]{t}"
    o = ["   " + ref("Home") + " " + ref("News"), "", g["title"] or "Headline", ""]
    for p in g["article"]:
        o += ["   " + p, ""]
    o += [f"   {len(g['comments'])} Comments", ""]
    for c in g["comments"]:
        o += ["   " + ref(c["author"]) + " · " + ago_h()] + ["   " + l for l in c["text"].split("\n")]
        o += ["   " + ref("Reply") + " " + ref("Share"), ""]
    return o + ["References", ""] + [f"   {i}. https://example.com/{i}" for i in range(1, n[0] + 1)]

@L
def markdown(g):
    """html2text: links as Markdown."""
    def link(t):
        return f"[{t}](https://example.com/{rng.randint(1, 9999)})"
    return page(g, ["## Comments", ""],
                lambda c: [link(c["author"]) + " · " + ago_h()] + c["text"].split("\n") + [link("Reply"), ""],
                before=(link("Home") + " " + link("News"), ""))

@L
def starsafter(g):
    return page(g, ['Reviews',''], lambda c: [f"{c['author']} {rng.choice(['★★★★☆','★★☆☆☆','★★★★★'])} · {ago_i()}"]+c['text'].split('\n')+['Helpful?',''])

@L
def edited(g):
    return page(g, ['Comments',''], lambda c: [c['author']+rng.choice(['',' (edited)'])+' · '+ago_i()]+c['text'].split('\n')+['Reply',''])

@L
def verbage(g):
    return page(g, ['Comments',''], lambda c: [c['author']+' '+rng.choice(['commented','replied'])+' · '+ago_i()]+c['text'].split('\n')+[''])

@L
def multiseg(g):
    return page(g, ['Comments',''], lambda c: [c['author']+' | '+rng.choice(['Reader','Subscriber','Contributor'])+' | '+ago_i()]+c['text'].split('\n')+['Like · Reply',''])


def gold_comments(name, comments):
    """The comments as the layout shows them: one line each, or under a handle."""
    if name in ("colon", "quoted"):
        return [{"author": c["author"], "text": c["text"].replace("\n", " ")} for c in comments]
    if name == "youtube":
        return [{"author": "@" + c["author"].replace(" ", ""), "text": c["text"]} for c in comments]
    return comments


def renderings(src, families, rng):
    """(page name, family name, family, gold) for each dev page with comments under each
    family, `rng` seeded by both names so a page renders the same every time."""
    for f in sorted(glob.glob(src + "/*.gold.json")):
        g = json.load(open(f))
        if not g["comments"]:
            continue
        base = os.path.basename(f)[:-10]
        for name, fn in families.items():
            rng.seed(name + base)
            yield base, name, fn, g


def main():
    out = sys.argv[1]
    src = sys.argv[2] if len(sys.argv) > 2 else "../shared/data/pages/dev"
    os.makedirs(out, exist_ok=True)
    n = 0
    for base, name, fn, g in renderings(src, layouts, rng):
        lines = fn(g)
        gg = dict(g, layout=name, comments=gold_comments(name, g["comments"]))
        content = set(g["article"]) | {l for c in g["comments"] for l in c["text"].split("\n")} | {c["author"] for c in g["comments"]}
        gg["boilerplate"] = [l.strip() for l in lines if l.strip() and l.strip() not in content and l.strip() != (g["title"] or "")]
        open(f"{out}/{base}-{name}.txt", "w").write("\n".join(lines) + "\n")
        json.dump(gg, open(f"{out}/{base}-{name}.gold.json", "w"))
        n += 1
    print(n, "pages")


if __name__ == "__main__":
    main()
