import Foundation
/// JSON shapes that sites' APIs and exports return, written for these tests in each API's
/// documented field names (never copied from real responses).
enum JSONShapes {
    static let wordpressREST = """
        [{"id":101,"post":55,"parent":0,"author":0,"author_name":"Marta K","date":"2024-04-02T08:15:00",
          "content":{"rendered":"<p>Ten percent is a lot &amp; more.</p>\\n"},"status":"approved"},
         {"id":102,"post":55,"parent":101,"author":3,"author_name":"Rob","date":"2024-04-02T09:40:00",
          "content":{"rendered":"<p>Only an idiot would.</p>"},"status":"hold"}]
        """
    static let redditListing = """
        [{"kind":"Listing","data":{"children":[{"kind":"t3","data":{"id":"zz1","title":"Ferry fares","selftext":""}}]}},
         {"kind":"Listing","data":{"children":[{"kind":"t1","data":{"id":"c1","author":"vic","body":"Read it.",
           "parent_id":"t3_zz1","link_id":"t3_zz1","created_utc":1714551000.0,"replies":{"kind":"Listing","data":{
           "children":[{"kind":"t1","data":{"id":"c2","author":"ann","body":"[removed]","parent_id":"t1_c1",
           "link_id":"t3_zz1","replies":""}},{"kind":"more","data":{"count":3,"children":["c9"]}}]}}}}]}}]
        """
    static let hackerNews = """
        {"id":100,"type":"story","title":"A bridge","text":null,"author":"pg","children":[
         {"id":101,"author":"alice","text":"<p>Looks great &amp; fast.</p><p>Second.</p>","parent_id":100,
          "created_at":"2024-01-01T00:00:00Z","children":[{"id":102,"author":"bob","text":"No.","parent_id":101,
          "dead":true,"children":[]}]}]}
        """
    static let facebookGraph = """
        {
          "data": [
            {"id": "1_2", "message": "Great reporting.", "from": {"name": "Cara Lee", "id": "9"},
             "created_time": "2024-05-01T10:00:00+0000",
             "comments": {"data": [{"id": "1_3", "message": "Agreed.", "from": {"name": "Dev"}}]}}
          ],
          "paging": {"cursors": {"before": "x", "after": "y"}}
        }
        """
    static let disqusAPI = """
        {"code":0,"response":[
         {"id":"501","raw_message":"Ten percent.","message":"<p>Ten percent.</p>","author":{"name":"Marta K"},
          "parent":null,"thread":"77","createdAt":"2024-04-02T08:15:00","isApproved":true,"isSpam":false},
         {"id":"502","raw_message":"Click here","author":{"name":"promo88"},"parent":501,"thread":"77",
          "isApproved":false,"isSpam":true}]}
        """
    static let mastodon = """
        {"ancestors":[{"id":"1","content":"<p>Bridge closes.</p>","account":{"username":"city","display_name":"City Hall"}}],
         "descendants":[{"id":"2","content":"<p>About time.</p>","account":{"username":"zed","display_name":""},
          "in_reply_to_id":"1"}]}
        """
    static let splitRecords = """
        {"source":"a.txt","title":"Bike lanes","article":"Council voted.","comments":[{"author":"Gord","text":"Finally."},{"author":"Ann","text":"Agreed, Gord.","parent":"Gord"}]}
        {"source":"b.txt","title":"Library hours","article":"Open Sundays.","comments":[]}
        """
    /// Authors given by id, described once elsewhere in the document.
    static let twitterV2 = """
        {"data":[{"id":"101","text":"Bridge closes.","author_id":"9","conversation_id":"100"},
          {"id":"102","text":"About time.","author_id":"8"}],
         "includes":{"users":[{"id":"9","name":"Jane Roe","username":"janer"},{"id":"8","username":"sampoe"}]}}
        """
    static let commento = """
        {"version":1,"comments":[{"commentHex":"a1","commenterHex":"u1","markdown":"Ten **percent**.",
          "parentHex":"root","state":"approved"},{"commentHex":"a2","commenterHex":"u2","markdown":"No.",
          "parentHex":"a1","state":"approved"}],
         "commenters":[{"commenterHex":"u1","name":"Bob Smith"},{"commenterHex":"u2","name":"Ann Lee"}]}
        """
    static let remark42 = """
        {"id":"c1","pid":"","text":"<p>Ten percent.</p>","user":{"name":"Bob Smith","id":"github_1"}}
        {"id":"c2","pid":"c1","text":"<p>No.</p>","user":{"name":"Ann Lee","id":"google_1"}}
        """
    /// GitHub's GraphQL discussion comments (giscus): the text in `bodyText`.
    static let giscus = """
        {"data":{"repository":{"discussion":{"title":"posts/bridge","comments":{"nodes":[
          {"id":"DC_1","bodyText":"Late again.","author":{"login":"kim"},"replies":{"nodes":[
            {"id":"DC_2","bodyText":"Same here.","author":{"login":"lu"}}]}}]}}}}}
        """
    /// Drupal's JSON:API: fields under `attributes`, the parent a relationship.
    static let drupal = """
        {"jsonapi":{"version":"1.0"},"data":[
          {"type":"comment--comment","id":"3f1c","attributes":{"drupal_internal__cid":12,"name":"carol",
            "comment_body":{"value":"<p>Ten percent.</p>","format":"basic_html"}},
           "relationships":{"entity_id":{"data":{"type":"node--article","id":"a1"}},"pid":{"data":null}}},
          {"type":"comment--comment","id":"7a2b","attributes":{"drupal_internal__cid":13,"name":"dan",
            "comment_body":{"value":"<p>No.</p>"}},
           "relationships":{"entity_id":{"data":{"type":"node--article","id":"a1"}},
            "pid":{"data":{"type":"comment--comment","id":"3f1c"}}}}]}
        """
    static let prettyArray = """
        [
          {
            "comment_id": 7,
            "user": {"login": "ana"},
            "comment": "Nice piece.",
            "title": "Budget vote"
          }
        ]
        """
    /// Cusdis's export: the author as `by_nickname`.
    static let cusdis = """
        {"data":[{"id":"cu1","content":"Ten percent.","by_nickname":"Marta K","by_email":"m@example.com",
          "parentId":null,"created_at":"2024-04-02T08:15:00Z"}]}
        """
    /// Telegram Desktop's chat export of a channel's discussion group: rich text as an array
    /// of strings and objects, replies by `reply_to_message_id`, service messages among them.
    static let telegram = """
        {"name":"Ledger comments","type":"public_supergroup","id":1234567,"messages":[
          {"id":10,"type":"service","date":"2024-05-01T09:00:00","actor":"Ledger","action":"pin_message","text":""},
          {"id":11,"type":"message","date":"2024-05-01T10:00:00","from":"Marta K","from_id":"user1","text":"Ten percent."},
          {"id":12,"type":"message","date":"2024-05-01T10:05:00","from":"Rob","from_id":"user2","reply_to_message_id":11,
           "text":["Only an idiot. See ",{"type":"link","text":"https://example.com"}," now."]}]}
        """
    /// DiscordChatExporter's JSON: the author an object, the message replied to a reference.
    static let discord = """
        {"guild":{"id":"1","name":"Readers"},"channel":{"id":"2","name":"comments"},"messages":[
          {"id":"100","type":"Default","timestamp":"2024-05-01T10:00:00+00:00","content":"Ten percent.",
           "author":{"id":"7","name":"marta","nickname":"Marta K"}},
          {"id":"101","type":"Reply","timestamp":"2024-05-01T10:05:00+00:00","content":"No.",
           "author":{"id":"8","name":"rob"},"reference":{"messageId":"100","channelId":"2"}}]}
        """

    /// Coral Talk's comments collection as `mongoexport --jsonArray` writes it: MongoDB's typed values
    /// (`$oid`, `$date`, canonical `$numberLong`), each comment's text in its revisions (the
    /// last one edited), the story and the comment replied to by id.
    static let coral = """
        [{"_id":{"$oid":"65f1c2a9e4b0a1b2c3d4e5f6"},"id":"c1a7","tenantID":"t1","storyID":"s-ferry","authorID":"u-noor",
         "parentID":null,"status":"APPROVED","createdAt":{"$date":"2024-06-03T08:00:00.000Z"},
         "revisions":[{"id":"r1","body":"<p>Finally. The last boat was a joke.</p>","createdAt":{"$date":"2024-06-03T08:00:00.000Z"}}],
         "childIDs":["c1a8"],"ancestorIDs":[],"tags":[]},
        {"_id":{"$oid":"65f1c2a9e4b0a1b2c3d4e5f7"},"id":"c1a8","tenantID":"t1","storyID":"s-ferry","authorID":"u-gus",
         "parentID":"c1a7","status":"REJECTED","createdAt":{"$date":{"$numberLong":"1717405200000"}},
         "revisions":[{"id":"r2","body":"<p>Get a car, you whiner.</p>"},{"id":"r3","body":"<p>Get a car.</p>"}],
         "childIDs":[],"ancestorIDs":["c1a7"],"tags":[]}]
        """

    /// Bluesky's `getPostThread`: the post the replies discuss (sharing a story's link), a
    /// reply, and a reply to it whose author has no display name.
    static let bluesky = """
        {"thread":{"$type":"app.bsky.feed.defs#threadViewPost","post":{"uri":"at://did:plc:a/app.bsky.feed.post/1",
         "author":{"did":"did:plc:a","handle":"ledger.bsky.social","displayName":"The Ledger"},
         "record":{"$type":"app.bsky.feed.post","text":"Fares rise in May https://example.org/f","createdAt":"2024-05-02T10:00:00Z"},
         "embed":{"external":{"uri":"https://example.org/f","title":"Ferry fares to rise"}}},
         "replies":[{"$type":"app.bsky.feed.defs#threadViewPost","post":{"uri":"at://did:plc:b/app.bsky.feed.post/2",
          "author":{"did":"did:plc:b","handle":"kim.bsky.social","displayName":"Kim"},
          "record":{"text":"Ten percent.","createdAt":"2024-05-02T10:15:00Z",
           "reply":{"root":{"uri":"at://did:plc:a/app.bsky.feed.post/1"},"parent":{"uri":"at://did:plc:a/app.bsky.feed.post/1"}}}},
          "replies":[{"$type":"app.bsky.feed.defs#threadViewPost","post":{"uri":"at://did:plc:c/app.bsky.feed.post/3",
           "author":{"did":"did:plc:c","handle":"lu.bsky.social","displayName":""},
           "record":{"text":"No.","createdAt":"2024-05-02T10:20:00Z",
            "reply":{"root":{"uri":"at://did:plc:a/app.bsky.feed.post/1"},"parent":{"uri":"at://did:plc:b/app.bsky.feed.post/2"}}}},
           "replies":[]}]}]}}
        """

    /// `s` as a JSON string.
    static func quoted(_ s: String) -> String {
        String(decoding: (try? JSONSerialization.data(withJSONObject: [s])) ?? Data(), as: UTF8.self)
            .dropFirst().dropLast().description
    }
}
