BEGIN TRANSACTION;
CREATE TABLE pages (id INTEGER PRIMARY KEY, url TEXT, fetched TEXT, html TEXT);
INSERT INTO "pages" VALUES(1,'https://news.example.com/2024/06/ferry-fares','2024-06-03','<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Ferry fares to rise ten percent in May | The Harbour Ledger</title>
<link rel="stylesheet" href="/css/site.css">
<script>window.analytics = {page: "article", section: "local"};</script>
</head>
<body>
<header class="masthead">
  <a class="logo" href="/">The Harbour Ledger</a>
  <nav><ul><li><a href="/local">Local</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/sports">Sports</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav>
</header>
<main>
<article class="story">
  <h1>Ferry fares to rise ten percent in May</h1>
  <div class="byline"><span class="author">By Dana Whitlock</span> <time datetime="2024-04-30T08:00">April 30, 2024</time></div>
  <div class="share"><button>Share</button> <button>Copy link</button></div>
  <p>The harbour ferry will raise fares by ten percent from May 1, the transit board said on Monday, citing the cost of fuel and of two new crew positions on the night runs.</p>
  <p>A monthly pass will go from $62 to $68. Riders under eighteen and over sixty-five keep their half fares, and the first morning crossing stays free for shift workers who show a badge.</p>
  <p>Commuter groups said the rise would hit hardest the people who cross twice a day and have no bridge within an hour''s drive. The board will hear from the public on May 14 before the new fares take effect.</p>
</article>
<section id="comments" class="comments-area">
  <h2 class="comments-title">3 Comments</h2>
  <ol class="comment-list">
    <li class="comment" id="comment-871">
      <div class="comment-author vcard"><img class="avatar" alt="" src="/avatars/871.png"> <b class="fn">Ines Okafor</b> <span class="says">says:</span></div>
      <div class="comment-metadata"><a href="#comment-871"><time datetime="2024-04-30T09:12">April 30, 2024 at 9:12 am</time></a></div>
      <div class="comment-content"><p>The night crossing is the only way I get home from my shift. Six dollars more a month is a lot when you already pay for parking at both ends.</p></div>
      <div class="reply"><a class="comment-reply-link" href="#respond">Reply</a></div>
    </li>
    <li class="comment" id="comment-872">
      <div class="comment-author vcard"><img class="avatar" alt="" src="/avatars/872.png"> <b class="fn">Walt Brenner</b> <span class="says">says:</span></div>
      <div class="comment-metadata"><a href="#comment-872"><time datetime="2024-04-30T10:40">April 30, 2024 at 10:40 am</time></a></div>
      <div class="comment-content"><p>Nobody cares about your shift. Stop whining, you freeloaders, and pay your way like the rest of us.</p></div>
      <div class="reply"><a class="comment-reply-link" href="#respond">Reply</a></div>
    </li>
    <li class="comment" id="comment-873">
      <div class="comment-author vcard"><img class="avatar" alt="" src="/avatars/873.png"> <b class="fn">Marguerite L.</b> <span class="says">says:</span></div>
      <div class="comment-metadata"><a href="#comment-873"><time datetime="2024-04-30T11:05">April 30, 2024 at 11:05 am</time></a></div>
      <div class="comment-content"><p>Will the May 14 hearing be streamed? Plenty of us work evenings and cannot get to the terminal office.</p></div>
      <div class="reply"><a class="comment-reply-link" href="#respond">Reply</a></div>
    </li>
  </ol>
  <div id="respond" class="comment-respond" hidden>
    <h3>Leave a Reply</h3>
    <form><textarea name="comment"></textarea><input type="submit" value="Post Comment"></form>
  </div>
</section>
<aside class="related"><h3>Most read</h3><ol><li><a href="#">Council weighs a second bridge</a></li><li><a href="#">Storm closes the north pier</a></li></ol></aside>
</main>
<footer><p>&copy; 2024 The Harbour Ledger &middot; <a href="/privacy">Privacy</a> &middot; <a href="/contact">Contact</a></p></footer>
</body>
</html>
');
COMMIT;
