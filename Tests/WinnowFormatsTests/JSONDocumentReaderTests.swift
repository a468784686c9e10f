import Foundation
import Testing
@testable import WinnowFormats

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
}

@Suite struct JSONDocumentReaderTests {
    /// (shape, id, author, text, parent, title, status) of each comment, in order.
    @Test(
        arguments: [
            (
                JSONShapes.wordpressREST,
                [
                    ["101", "Marta K", "Ten percent is a lot & more.", "", "", "approved"],
                    ["102", "Rob", "Only an idiot would.", "101", "", "hold"]
                ]
            ),
            (
                JSONShapes.redditListing,
                [
                    ["c1", "vic", "Read it.", "", "Ferry fares", ""],
                    ["c2", "ann", "[removed]", "c1", "Ferry fares", "removed"]
                ]
            ),
            (
                JSONShapes.hackerNews,
                [
                    ["101", "alice", "Looks great & fast.\nSecond.", "", "A bridge", ""],
                    ["102", "bob", "No.", "101", "A bridge", "dead"]
                ]
            ),
            (
                JSONShapes.facebookGraph,
                [["1_2", "Cara Lee", "Great reporting.", "", "", ""], ["1_3", "Dev", "Agreed.", "1_2", "", ""]]
            ),
            (
                JSONShapes.disqusAPI,
                [
                    ["501", "Marta K", "Ten percent.", "", "", "approved"],
                    ["502", "promo88", "Click here", "501", "", "spam"]
                ]
            ),
            (
                JSONShapes.mastodon,
                [["1", "City Hall", "Bridge closes.", "", "", ""], ["2", "zed", "About time.", "1", "", ""]]
            ),
            (JSONShapes.prettyArray, [["7", "ana", "Nice piece.", "", "Budget vote", ""]]),
            (
                JSONShapes.giscus,
                [
                    ["DC_1", "kim", "Late again.", "", "posts/bridge", ""],
                    ["DC_2", "lu", "Same here.", "DC_1", "posts/bridge", ""]
                ]
            ),
            (
                JSONShapes.drupal,
                [["3f1c", "carol", "Ten percent.", "", "", ""], ["7a2b", "dan", "No.", "3f1c", "", ""]]
            ),
            (
                JSONShapes.twitterV2,
                [["101", "Jane Roe", "Bridge closes.", "", "", ""], ["102", "sampoe", "About time.", "", "", ""]]
            ),
            (
                JSONShapes.commento,
                [
                    ["a1", "Bob Smith", "Ten **percent**.", "", "", "approved"],
                    ["a2", "Ann Lee", "No.", "a1", "", "approved"]
                ]
            ),
            (
                JSONShapes.remark42,
                [["c1", "Bob Smith", "Ten percent.", "", "", ""], ["c2", "Ann Lee", "No.", "c1", "", ""]]
            ),
            // A titled post with an author and replies is a comment itself, not their thread.
            (
                #"[{"id": "r1", "title": "Late again", "author": "kim", "body": "The 8:15 ferry is late daily.", "replies": [{"id": "r2", "author": "lu", "body": "Same here."}]}]"#,
                [
                    ["r1", "kim", "The 8:15 ferry is late daily.", "", "Late again", ""],
                    ["r2", "lu", "Same here.", "r1", "", ""]
                ]
            )
        ] as [(String, [[String]])])
    func commentsAreFoundInEachShape(_ json: String, _ expected: [[String]]) throws {
        let file = try ExportFile(path: "c.json", bytes: Array(json.utf8))
        #expect(file.format == .jsonl)
        let comments = try #require(try file.comments())
        #expect(comments.map { [$0.id, $0.author, $0.text, $0.parent, $0.title, $0.status] } == expected)
    }

    @Test func splitRecordsGiveTheirCommentsTheArticleAndReadAReplyToANameAsItsParent() throws {
        let comments = try JSONDocumentReader.read(JSONShapes.splitRecords, fields: CommentFields(), path: "s.jsonl")
        #expect(comments.map(\.author) == ["Gord", "Ann"])
        #expect(comments.allSatisfy { $0.article == "Council voted." && $0.title == "Bike lanes" })
        #expect(comments[1].parent == comments[0].id && comments[0].id.count == 12)
    }

    @Test func threadsAndCreationTimesKeepTheExportsValues() throws {
        let reddit = try JSONDocumentReader.read(JSONShapes.redditListing, fields: CommentFields(), path: "r.json")
        #expect(reddit[0].thread == "zz1" && reddit[0].created == "1714551000")
        let disqus = try JSONDocumentReader.read(JSONShapes.disqusAPI, fields: CommentFields(), path: "d.json")
        #expect(disqus.map(\.thread) == ["77", "77"] && disqus[0].created == "2024-04-02T08:15:00")
    }

    @Test func objectsInsideACommentAreRepliesOnlyWithAnIdOrAnAuthor() throws {
        let tweets = """
            {"id_str":"1","text":"Vote #no","user":{"screen_name":"kay"},"entities":{"hashtags":[{"text":"no","indices":[5,8]}]}}
            {"id_str":"2","text":"Agreed","user":{"screen_name":"lu"},"replies":[{"id":"3","text":"Me too"}]}
            """
        let comments = try JSONDocumentReader.read(tweets, fields: CommentFields(), path: "t.jsonl")
        #expect(comments.map(\.text) == ["Vote #no", "Agreed", "Me too"])
        #expect(comments.map(\.author) == ["kay", "lu", ""] && comments.map(\.id) == ["1", "2", "3"])
        #expect(comments[2].parent == "2")
    }

    @Test func namedFieldsWinOverGuessesAndReachIntoObjects() throws {
        var fields = CommentFields()
        (fields.text, fields.author, fields.id) = ("message", "from.id", "created_time")
        let comments = try JSONDocumentReader.read(JSONShapes.facebookGraph, fields: fields, path: "f.json")
        #expect(comments[0].text == "Great reporting." && comments[0].author == "9")
        #expect(comments[0].id == "2024-05-01T10:00:00+0000")
    }

    @Test(
        arguments: [
            ("[\n {\"text\": \"ok\"},\n {\"text\": tru}\n]", "d.json:3: column "),
            ("[{\"foo\": 1, \"bar\": \"x\"}]", "d.json: no comments found: no object has a text field"),
            ("{\"text\": \"a\"}\n{\"body2\": \"b\"}\n", "d.json:2: no field 'text' (fields: body2)"),
            ("{\"text\": \"a\"}\n{\"text\": \"b\"\n", "d.json:2: column 13: the text ends inside an object")
        ])
    func badJSONIsNamedWithItsLine(_ json: String, _ message: String) {
        #expect {
            _ = try JSONDocumentReader.read(json, fields: CommentFields(), path: "d.json")
        } throws: { error in
            "\(error)".hasPrefix(message)
        }
    }

    @Test func aNamedTextFieldNoObjectHasIsNamed() {
        var fields = CommentFields()
        fields.text = "msg"
        #expect(
            throws: FormatError.noComments(
                path: "w.json", field: "msg",
                seen: ["author", "author_name", "content", "date", "id", "parent", "post", "status"])
        ) {
            _ = try JSONDocumentReader.read(JSONShapes.wordpressREST, fields: fields, path: "w.json")
        }
    }

    @Test func markupIsReadAsTextOnlyWhereItLooksLikeHTML() {
        #expect(MarkupText.isMarkup("<p>a</p>") && MarkupText.isMarkup("Q&amp;A"))
        #expect(!MarkupText.isMarkup("if a < b and c > d") && !MarkupText.isMarkup("Q&A"))
    }

    /// Random cuts and bytes of each shape never crash the reader.
    @Test func theReaderSurvivesRandomCuts() {
        var rng = SystemRandomNumberGenerator()
        let shapes = [
            JSONShapes.wordpressREST, JSONShapes.redditListing, JSONShapes.hackerNews, JSONShapes.facebookGraph,
            JSONShapes.disqusAPI, JSONShapes.mastodon, JSONShapes.splitRecords
        ]
        for round in 0..<400 {
            let bytes = randomCut(shapes[round % shapes.count], replacingWith: "{}[]\",:a1", using: &rng)
            _ = try? JSONDocumentReader.read(String(decoding: bytes, as: UTF8.self), fields: CommentFields(), path: "f")
        }
    }
}

@Suite struct JSONParserTests {
    /// UTF-8's bytes escaped one by one as characters (Facebook's "Download your
    /// information") are read as the text they encode; real Latin-1 escapes stay.
    @Test(arguments: [
        (#""caf\u00c3\u00a9 That\u00e2\u0080\u0099s""#, "café That’s"), (#""caf\u00e9""#, "café"),
        (#""na\u00efve \u2019""#, "naïve ’"), (#""a\u00ff\u00fe""#, "aÿþ"), (#""\u00c3\u00a9 \u00e9""#, "Ã© é")
    ])
    func escapedUTF8BytesReadAsTheirText(_ json: String, _ text: String) throws {
        #expect(try JSONParser.parse(Array(json.utf8)[...]) == .string(text))
    }

    @Test(
        arguments: [
            (#"{"a": [1, -2.5e3, "x\"\u00e9", true, false, null], "b": {}}"#, true),
            ("[]", true), ("  \"s\" ", true), ("12345678901234567890", true),
            ("{\"a\":1,}", true), ("[1,]", true), ("[,]", false), ("[1,,2]", false), ("[1 2]", false),
            ("{\"a\" 1}", false), ("tru", false), ("+1", false),
            ("[1]x", false), ("{\"a\":\"open}", false), ("", false), ("nan", false)
        ])
    func itReadsJSONAndOnlyJSON(_ text: String, _ valid: Bool) {
        #expect(((try? JSONParser.parse(Array(text.utf8)[...])) != nil) == valid, "\(text)")
    }

    @Test func valuesKeepTheirDocumentOrderAndLiteralNumbers() throws {
        let node = try JSONParser.parse(Array(#"{"z": 1.0, "a": [12345678901234567890], "m": "é"}"#.utf8)[...])
        #expect(node.keys == ["z", "a", "m"])
        #expect(node["z"] == .number("1.0") && node["a"] == .array([.number("12345678901234567890")]))
        #expect(node["m"] == .string("é"))
    }

    @Test func nestingPastTheLimitIsAnErrorNotACrash() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONParser.Failure.self) { _ = try JSONParser.parse(Array(deep.utf8)[...]) }
        let fine = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
        #expect((try? JSONParser.parse(Array(fine.utf8)[...])) != nil)
    }

    /// Whatever Foundation reads as JSON, this reads too, and the other way round.
    @Test func itAgreesWithFoundationOnRandomText() {
        var rng = SystemRandomNumberGenerator()
        let pieces = ["{", "}", "[", "]", "\"a\"", ":", ",", "1", "-2.5", "true", "null", " ", "\"\\u00e9\"", "x"]
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 1...8, using: &rng)).map { _ in pieces.randomElement(using: &rng) ?? "" }
                .joined()
            let ours = (try? JSONParser.parse(Array(text.utf8)[...])) != nil
            let foundation =
                (try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])) != nil
            #expect(ours == foundation, "\(text)")
        }
    }
}
