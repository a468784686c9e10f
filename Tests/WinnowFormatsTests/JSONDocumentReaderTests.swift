import Foundation
import Testing
@testable import WinnowFormats

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
            (JSONShapes.cusdis, [["cu1", "Marta K", "Ten percent.", "", "", ""]]),
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
            (
                JSONShapes.telegram,
                [
                    ["11", "Marta K", "Ten percent.", "", "", ""],
                    ["12", "Rob", "Only an idiot. See https://example.com now.", "11", "", ""]
                ]
            ),
            (
                JSONShapes.discord,
                [["100", "marta", "Ten percent.", "", "", ""], ["101", "rob", "No.", "100", "", ""]]
            ),
            (
                JSONShapes.coral,
                [
                    ["c1a7", "u-noor", "Finally. The last boat was a joke.", "", "", "APPROVED"],
                    ["c1a8", "u-gus", "Get a car.", "c1a7", "", "REJECTED"]
                ]
            ),
            (
                JSONShapes.bluesky,
                [
                    ["at://did:plc:b/app.bsky.feed.post/2", "Kim", "Ten percent.", "", "Ferry fares to rise", ""],
                    [
                        "at://did:plc:c/app.bsky.feed.post/3", "lu.bsky.social", "No.",
                        "at://did:plc:b/app.bsky.feed.post/2", "Ferry fares to rise", ""
                    ]
                ]
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

    /// A scraper's record of a whole page (`{"url", "html"}`) is a page for the splitter, its
    /// address kept; a comment with a bit of markup, or of a few paragraphs, stays a comment.
    @Test func aRecordHoldingAWholePageIsAPage() throws {
        let html =
            "<!DOCTYPE html><html><head><title>T</title></head><body><h1>Bike lanes</h1><p>Council voted.</p></body></html>"
        let records = [
            #"{"url": "https://example.com/a", "html": \#(JSONShapes.quoted(html))}"#,
            #"{"id": "c1", "author": "ann", "text": "<p>Nice <b>work</b></p>"}"#,
            #"{"id": "c2", "author": "bo", "text": \#(JSONShapes.quoted(Array(repeating: "A paragraph.", count: 5).joined(separator: "\n")))}"#
        ]
        let comments = try JSONDocumentReader.read(
            records.joined(separator: "\n"), fields: CommentFields(), path: "p.jsonl")
        #expect(comments.map(\.page) == [true, false, false])
        #expect(comments[0].id == "https://example.com/a" && comments[0].text == "Bike lanes\n\nCouncil voted.\n")
        #expect(comments[1].text == "Nice work")
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

    /// The post a Bluesky thread's replies discuss is their article, not a comment.
    @Test func aBlueskyThreadsFirstPostIsTheArticle() throws {
        let comments = try JSONDocumentReader.read(JSONShapes.bluesky, fields: CommentFields(), path: "b.json")
        #expect(comments.allSatisfy { $0.article == "Fares rise in May https://example.org/f" })
        #expect(comments.map(\.created) == ["2024-05-02T10:15:00Z", "2024-05-02T10:20:00Z"])
    }

    @Test func mongoDBsTypedValuesAreReadAsTheirValues() throws {
        let coral = try JSONDocumentReader.read(JSONShapes.coral, fields: CommentFields(), path: "c.jsonl")
        #expect(coral.map(\.created) == ["2024-06-03T08:00:00.000Z", "1717405200000"])
        #expect(coral.map(\.thread) == ["s-ferry", "s-ferry"])
        let oid = #"{"_id":{"$oid":"65f1c2a9"},"text":"Ten percent.","user_id":{"$oid":"77aa"}}"#
        let c = try JSONDocumentReader.read(oid, fields: CommentFields(), path: "m.jsonl")
        #expect(c.map { [$0.id, $0.author] } == [["65f1c2a9", "77aa"]])
    }

    @Test func aRevisedCommentsNamedTextFieldIsReadFromItsLatestRevision() throws {
        var fields = CommentFields()
        fields.text = "body"
        let c = try JSONDocumentReader.read(JSONShapes.coral, fields: fields, path: "c.jsonl")
        #expect(c.map(\.text) == ["Finally. The last boat was a joke.", "Get a car."])
    }

    /// A deleted comment's null text is no comment, and no error ending the file; an
    /// export with a parent but no Reddit fields is read as JSON of any shape.
    @Test func aLineWhoseTextIsNullIsPassedOver() throws {
        let lines = """
            {"id": "1", "body": null, "parent_id": null}
            {"id": "2", "body": "Fares went up.", "parent_id": "1"}
            """
        let file = try ExportFile(path: "e.jsonl", bytes: Array(lines.utf8))
        #expect(file.format == .jsonl)
        #expect(try #require(try file.comments()).map { [$0.id, $0.text, $0.parent] } == [["2", "Fares went up.", "1"]])
        let stream = JSONLinesStream(try InflatingReader(path: try temporaryFile(lines)), fields: CommentFields())
        #expect(try stream.next()?.id == "2")
    }

    private func temporaryFile(_ text: String) throws -> String {
        let path = NSTemporaryDirectory() + "winnow-null-\(UUID().uuidString).jsonl"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
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
