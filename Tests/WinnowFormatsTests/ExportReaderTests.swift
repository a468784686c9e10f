import Foundation
import Testing
@testable import WinnowFormats

/// Small exports written for these tests (never copied from real dumps), one per format.
enum Exports {
    static let disqus = """
        <?xml version="1.0" encoding="utf-8"?>
        <disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">
          <post dsq:id="2002">
            <id/>
            <message><![CDATA[<p>Nonsense, <a href="http://x.example">read this</a> &amp; think.</p>]]></message>
            <createdAt>2024-03-01T10:05:00Z</createdAt>
            <isDeleted>false</isDeleted><isSpam>false</isSpam>
            <author><name>Bea</name><isAnonymous>false</isAnonymous></author>
            <thread dsq:id="77"/>
            <parent dsq:id="2001"/>
          </post>
          <thread dsq:id="77">
            <link>https://news.example/bridge</link>
            <title>Bridge closes for repairs</title>
            <message><![CDATA[<p>The bridge will close for six weeks.</p>]]></message>
          </thread>
          <post dsq:id="2001">
            <message><![CDATA[<p>Six weeks is too long.</p><p>Second line.</p>]]></message>
            <isDeleted>false</isDeleted><isSpam>true</isSpam>
            <author><name>Al</name></author>
            <thread dsq:id="77"/>
          </post>
        </disqus>
        """

    static let wordpress = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">
        <channel><item>
          <title>Library hours extended</title>
          <content:encoded><![CDATA[<p>The library will open until nine.</p>]]></content:encoded>
          <wp:comment>
            <wp:comment_id>11</wp:comment_id><wp:comment_author><![CDATA[Cy]]></wp:comment_author>
            <wp:comment_date>2024-02-02 09:00:00</wp:comment_date>
            <wp:comment_content><![CDATA[Great news &amp; about time.]]></wp:comment_content>
            <wp:comment_approved>1</wp:comment_approved><wp:comment_type>comment</wp:comment_type>
            <wp:comment_parent>0</wp:comment_parent>
          </wp:comment>
          <wp:comment>
            <wp:comment_id>12</wp:comment_id><wp:comment_author>Di</wp:comment_author>
            <wp:comment_content>Buy cheap pills</wp:comment_content>
            <wp:comment_approved>spam</wp:comment_approved><wp:comment_parent>11</wp:comment_parent>
          </wp:comment>
          <wp:comment>
            <wp:comment_id>13</wp:comment_id><wp:comment_author>blog</wp:comment_author>
            <wp:comment_content>Linked</wp:comment_content><wp:comment_type>pingback</wp:comment_type>
          </wp:comment>
        </item></channel></rss>
        """

    static let reddit = """
        {"id":"k1","author":"ed","body":"First!","link_id":"t3_zz","parent_id":"t3_zz","created_utc":1700000000,"link_title":"A thread"}
        {"id":"k2","author":"fi","body":"[removed]","link_id":"t3_zz","parent_id":"t1_k1","created_utc":"1700000100"}

        """

    static let youtube = """
        {"kind":"youtube#commentThreadListResponse","items":[{"kind":"youtube#commentThread","id":"t1",
        "snippet":{"videoId":"vid9","topLevelComment":{"kind":"youtube#comment","id":"-Ugx1","snippet":{
        "textOriginal":"Love this song","authorDisplayName":"@gus","publishedAt":"2024-01-01T00:00:00Z"}}},
        "replies":{"comments":[{"kind":"youtube#comment","id":"-Ugx1.r1","snippet":{"textOriginal":"me too",
        "authorDisplayName":"@hal","parentId":"-Ugx1","publishedAt":"2024-01-02T00:00:00Z"}}]}}]}
        """

    static let gzippedReddit: [UInt8] = [
        31, 139, 8, 0, 169, 207, 12, 107, 2, 255, 171, 86, 202, 76, 81, 178, 82, 74, 54, 84, 210, 81, 74, 44, 45, 201,
        200, 47, 2, 242, 18, 243, 242, 128, 220, 164, 252, 148, 74, 32, 167, 50, 191, 84, 33, 51, 37, 51, 191, 4, 40,
        148, 147, 153, 151, 29, 15, 214, 80, 98, 28, 159, 152, 148, 12, 20, 42, 72, 44, 74, 205, 43, 65, 19, 76, 46, 74,
        77, 44, 73, 77, 137, 47, 45, 73, 86, 178, 50, 52, 55, 128, 130, 90, 46, 0, 177, 68, 68, 98, 111, 0, 0, 0
    ]
}

@Suite struct ExportReaderTests {
    func comments(_ text: String, _ path: String = "x") throws -> [ExportedComment] {
        try #require(try ExportFile(path: path, bytes: Array(text.utf8)).comments())
    }

    @Test func disqusPostsKeepIdsAuthorsParentsThreadsAndStatus() throws {
        #expect(try ExportFile(path: "d.xml", bytes: Array(Exports.disqus.utf8)).format == .disqus)
        let c = try comments(Exports.disqus)
        #expect(c.map(\.id) == ["2002", "2001"])
        #expect(c[0].author == "Bea" && c[0].parent == "2001" && c[1].parent == "")
        #expect(c[0].text == "Nonsense, read this & think.")
        #expect(c[1].text == "Six weeks is too long.\nSecond line.")
        #expect(
            c.allSatisfy {
                $0.title == "Bridge closes for repairs" && $0.article == "The bridge will close for six weeks."
            })
        #expect(c.map(\.status) == ["approved", "spam"] && c[0].created == "2024-03-01T10:05:00Z")
    }

    @Test func wordpressCommentsKeepTheirPostAsArticleAndLeavePingbacksOut() throws {
        let c = try comments(Exports.wordpress)
        #expect(c.map(\.id) == ["11", "12"])
        #expect(c[0].text == "Great news & about time." && c[0].author == "Cy" && c[1].parent == "11")
        #expect(c.map(\.status) == ["approved", "spam"])
        #expect(
            c.allSatisfy { $0.title == "Library hours extended" && $0.article == "The library will open until nine." })
    }

    @Test func redditCommentsKeepParentsAndRemovals() throws {
        let c = try comments(Exports.reddit, "r.jsonl")
        #expect(c.map(\.id) == ["k1", "k2"] && c[1].parent == "k1" && c[0].parent == "")
        #expect(c[1].status == "removed" && c[0].title == "A thread" && c[1].created == "1700000100")
    }

    @Test func youtubeThreadsGiveTopLevelCommentsAndReplies() throws {
        let c = try comments(Exports.youtube, "y.json")
        #expect(c.map(\.id) == ["-Ugx1", "-Ugx1.r1"] && c[1].parent == "-Ugx1")
        #expect(c[0].author == "@gus" && c[0].title == "vid9")
    }

    @Test func gzipIsUndoneBeforeSniffing() throws {
        let file = try ExportFile(path: "r.jsonl.gz", bytes: Exports.gzippedReddit)
        #expect(file.compressed && file.format == .reddit)
        #expect(try file.comments()?.first?.text == "you idiot")
    }

    @Test func aTruncatedXMLExportIsNamedWithItsLine() throws {
        let cut = String(Exports.disqus.prefix(Exports.disqus.count / 2))
        #expect(throws: FormatError.self) { _ = try ExportFile(path: "cut.xml", bytes: Array(cut.utf8)).comments() }
        do {
            _ = try ExportFile(path: "cut.xml", bytes: Array(cut.utf8)).comments()
        } catch {
            #expect("\(error)".hasPrefix("cut.xml:") && "\(error)".contains("malformed XML"))
        }
    }

    @Test func aTruncatedGzipIsAClearError() {
        #expect(throws: FormatError.self) {
            _ = try ExportFile(path: "t.gz", bytes: Array(Exports.gzippedReddit.prefix(20)))
        }
    }

    @Test(
        arguments: [
            ([0xEF, 0xBB, 0xBF] + Array("caf\u{e9}".utf8), "caf\u{e9}", TextDecoding.Encoding.utf8),
            ([0xFF, 0xFE, 0x63, 0, 0xE9, 0], "c\u{e9}", .utf16),
            ([0x63, 0x61, 0x66, 0xE9, 0x20, 0x93, 0x71, 0x94], "caf\u{e9} \u{201C}q\u{201D}", .windows1252)
        ] as [([UInt8], String, TextDecoding.Encoding)])
    func encodingsAreDecoded(_ bytes: [UInt8], _ text: String, _ encoding: TextDecoding.Encoding) {
        let decoded = TextDecoding.decode(bytes)
        #expect(decoded.text == text && decoded.encoding == encoding)
    }

    /// Random bytes, and random cuts of each export, never crash a reader.
    @Test func readersSurviveRandomInput() {
        var rng = SystemRandomNumberGenerator()
        let exports = [Exports.disqus, Exports.wordpress, Exports.reddit, Exports.youtube]
        for round in 0..<300 {
            var bytes: [UInt8]
            if round % 2 == 0 {
                bytes = (0..<Int.random(in: 0..<300, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            } else {
                let source = Array(exports[round / 2 % exports.count].utf8)
                bytes = Array(source.prefix(Int.random(in: 0...source.count, using: &rng)))
                if !bytes.isEmpty {
                    bytes[Int.random(in: 0..<bytes.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng)
                }
            }
            _ = try? ExportFile(path: "f", bytes: bytes).comments()
        }
    }
}

@Suite struct FlatJSONTests {
    @Test func topLevelStringsAndNumbersAreReadAndNestedValuesSkipped() throws {
        let line =
            #"{"id":"k1","n":12.5,"body":"a \"quoted\" line\nnext \u00e9 \ud83d\ude00 \/","x":{"y":[1,"}"]},"z":null,"t":true}"#
        let f = try #require(FlatJSON.fields(ArraySlice(line.utf8)))
        #expect(f["id"] == "k1" && f["n"] == "12.5" && f["z"] == nil && f["t"] == nil && f["x"] == nil)
        #expect(f["body"] == "a \"quoted\" line\nnext é 😀 /")
    }

    @Test(arguments: ["", "[1,2]", "{\"a\":", "{\"a\" 1}", "{\"a\":\"open", "{\"a\":tru}", "{\"a\":1,}x"])
    func malformedLinesAreNotRead(_ line: String) {
        #expect(FlatJSON.fields(ArraySlice(line.utf8)) == nil)
    }

    /// Whatever Foundation reads as an object of strings and numbers, this reads alike.
    @Test func itAgreesWithFoundationOnRandomObjects() throws {
        var rng = SystemRandomNumberGenerator()
        let pieces = ["a", "é", "\"", "\\", "\n", "😀", "}", "{", ",", ":", " ", "\u{1}"]
        for _ in 0..<300 {
            var object: [String: Any] = [:]
            for k in 0..<Int.random(in: 1...5, using: &rng) {
                let text = (0..<Int.random(in: 0...8, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }
                    .joined()
                object["k\(k)"] = k % 3 == 2 ? Int.random(in: -999...999, using: &rng) as Any : text as Any
            }
            let data = try JSONSerialization.data(withJSONObject: object)
            let fields = try #require(FlatJSON.fields(ArraySlice([UInt8](data))))
            let foundation = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            #expect(fields == foundation.mapValues { "\($0)" })
            #expect(fields == RedditReader.parsedFields(ArraySlice([UInt8](data))))
        }
    }
}
