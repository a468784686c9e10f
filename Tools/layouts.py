#!/usr/bin/env python3
"""Re-render the shared dev pages' gold articles and comments into page layouts that are not in
the dev set, to check that the splitter generalizes. Writes pages and gold to OUT_DIR (never
into the repository); score them with ../shared/tools/split_score.py.

usage: Tools/layouts.py OUT_DIR [SHARED_PAGES_DEV]"""
import json, os, random, glob, sys
random.seed(7)
src=sys.argv[2] if len(sys.argv) > 2 else "../shared/data/pages/dev"
out=sys.argv[1]; os.makedirs(out, exist_ok=True)
def ago(): return random.choice(['5 hours ago','2 days ago','17 minutes ago','a week ago','1 month ago','3h','yesterday'])
def date(): return random.choice(['March 3, 2024 at 2:15 pm','Jan 7, 2023 8:18PM','2024-05-30 14:02','12/03/2023 09:15','Mon, 6 May 2024 10:32'])
layouts={}
def L(f): layouts[f.__name__]=f; return f
@L
def disqus(g):
    o=['MetroNews','Home  News  Opinion','',g['title'] or 'Headline','','By Staff | '+date(),'']
    for p in g['article']: o+= [p,'']
    o+=[f"{len(g['comments'])} comments",'Sort by Best','Login','']
    for c in g['comments']:
        o+=[c['author'],'• '+ago()]+c['text'].split('\n')+['Reply • Share ›','']
    o+=['ALSO ON METRONEWS','Subscribe','Privacy','Do Not Sell My Data']
    return o
@L
def pipe(g):
    o=[g['title'] or 'Headline','Published '+date(),'']
    for p in g['article']: o+=[p,'']
    o+=['Comments','']
    for c in g['comments']:
        o+=[c['author']+' | '+ago()]+c['text'].split('\n')+['Like · Reply · '+str(random.randint(0,30)),'']
    o+=['Trending Now','Five things to watch in the federal budget','Markets rally as inflation cools for third month']
    return o
@L
def numbered(g):
    o=['THE GAZETTE','Local | World | Business','',g['title'] or 'Headline','']
    for p in g['article']: o+=[p]
    o+=['','Reader comments ('+str(len(g['comments']))+')','']
    for i,c in enumerate(g['comments']):
        o+=[f"#{i+1} {c['author']}", date()]+c['text'].split('\n')+['']
    o+=['Add your comment','Name','Email','Post comment','© 2024 The Gazette']
    return o
@L
def plainblocks(g):
    o=[g['title'] or 'Headline','']
    for p in g['article']: o+=[p,'']
    o+=['Discussion','']
    for c in g['comments']:
        o+=[c['author'],'']+[c['text'].replace('\n',' '),'']
    o+=['Related Articles','Bank of Canada holds key rate steady at 5 per cent','Tech giants face new rules on online news']
    return o
@L
def votes(g):
    o=['Tribune Online','Menu','Search','',g['title'] or 'Headline', 'Updated '+date(),'']
    for p in g['article']: o+=[p,'']
    o+=['Join the discussion','']
    for c in g['comments']:
        o+=[c['author']+' · '+ago()]+c['text'].split('\n')+[f"▲ {random.randint(0,40)} ▼",'Reply','']
    o+=['Most Read','Province to hire 2,000 more nurses by spring','Opinion: The case for a four-day work week','Newsletter','Get the day\'s top stories in your inbox.']
    return o
@L
def avatar(g):
    o=['NEWS 24','',g['title'] or 'Headline','By Jane Reporter','']
    for p in g['article']: o+=[p,'']
    o+=['Comments','']
    for c in g['comments']:
        o+=['Avatar for '+c['author'],c['author'],ago()]+c['text'].split('\n')+['Reply','']
    o+=['Leave a comment','Your email address will not be published.']
    return o
@L
def indented_replies(g):
    o=[g['title'] or 'Headline','']
    for p in g['article']: o+=[p,'']
    o+=[f"{len(g['comments'])} Responses",'']
    for i,c in enumerate(g['comments']):
        ind='    ' if i%3==1 else ''
        o+=[ind+c['author']+' wrote on '+date()+':']+[ind+l for l in c['text'].split('\n')]+['']
    return o
@L
def blogger(g):
    o=['My Politics Blog',g['title'] or 'Headline','']
    for p in g['article']: o+=[p,'']
    o+=[f"{len(g['comments'])} comments:",'']
    for c in g['comments']:
        o+=[c['author']+' said...']+c['text'].split('\n')+[date(),'Delete','']
    o+=['Post a Comment','Newer Post','Older Post','Home','Subscribe to: Post Comments (Atom)']
    return o
@L
def agefused(g):
    o=['Daily Wire Service','',g['title'] or 'Headline','']
    for p in g['article']: o+=[p]
    o+=['','Comments','']
    for c in g['comments']:
        o+=[c['author']+' '+ago().replace('yesterday','1 day ago').replace('3h','3 hours ago')]+c['text'].split('\n')+['Reply','Report','']
    return o
n=0
for f in sorted(glob.glob(src+'/*.gold.json')):
    g=json.load(open(f)); base=os.path.basename(f)[:-10]
    for name,fn in layouts.items():
        lines=fn(g)
        gg=dict(g); gg['layout']=name
        # boilerplate: lines not in article or comments
        content=set(g['article'])|set(l for c in g['comments'] for l in c['text'].split('\n'))|set(c['author'] for c in g['comments'])
        gg['boilerplate']=[l.strip() for l in lines if l.strip() and l.strip() not in content and l.strip()!=(g['title'] or '')]
        if name=='plainblocks': gg['comments']=[{'author':c['author'],'text':c['text'].replace('\n',' ')} for c in g['comments']]
        open(f'{out}/{base}-{name}.txt','w').write('\n'.join(lines)+'\n')
        json.dump(gg,open(f'{out}/{base}-{name}.gold.json','w'))
        n+=1
print(n,'pages')
