import Foundation
import Testing
@testable import WinnowFormats

/// Feeds and exports written for these tests in each format's documented element names.
enum XMLShapes {
    static let wordpressFeed = """
        <?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
         xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
        <title>Comments on: Ferry fares</title><link>https://news.example/ferry</link><description>Local news</description>
        <item><title>By: Marta K</title><dc:creator><![CDATA[Marta K]]></dc:creator>
         <pubDate>Mon, 03 Jun 2024 07:55:00 +0000</pubDate><guid isPermaLink="false">c-871</guid>
         <description><![CDATA[Ten percent is a lot.]]></description>
         <content:encoded><![CDATA[<p>Ten percent is a lot &amp; more.</p>]]></content:encoded></item>
        <item><title>By: Rob</title><dc:creator>Rob</dc:creator><guid isPermaLink="false">c-872</guid>
         <description>Only an idiot would.</description></item>
        </channel></rss>
        """
    static let atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xmlns:thr="http://purl.org/syndication/thread/1.0">
          <title>Comments on Library hours</title><id>post-5</id>
          <entry><id>c-1</id><published>2024-05-01T18:20:00Z</published><title type="text">Great</title>
            <content type="html">&lt;p&gt;Great news for students.&lt;/p&gt;</content><author><name>Jules</name></author></entry>
          <entry><id>c-2</id><content type="text">Who pays for the staff?</content><author><name>Pat</name></author>
            <thr:in-reply-to ref="c-1" type="text/html"/></entry>
        </feed>
        """
    static let cmsExport = """
        <comments article="Bridge closes">
          <comment id="7" parent="0"><user>ana</user><body>Six weeks is too long.</body><status>approved</status></comment>
          <comment id="8" parent="7"><user>ben</user><body>Agreed.</body><status>spam</status></comment>
        </comments>
        """
}

@Suite struct XMLDocumentReaderTests {
    @Test(
        arguments: [
            (
                XMLShapes.wordpressFeed,
                [
                    ["c-871", "Marta K", "Ten percent is a lot & more.", "", "Comments on: Ferry fares", ""],
                    ["c-872", "Rob", "Only an idiot would.", "", "Comments on: Ferry fares", ""]
                ]
            ),
            (
                XMLShapes.atom,
                [
                    ["c-1", "Jules", "Great news for students.", "", "Comments on Library hours", ""],
                    ["c-2", "Pat", "Who pays for the staff?", "c-1", "Comments on Library hours", ""]
                ]
            ),
            (
                XMLShapes.cmsExport,
                [["7", "ana", "Six weeks is too long.", "", "", "approved"], ["8", "ben", "Agreed.", "7", "", "spam"]]
            )
        ] as [(String, [[String]])])
    func feedsAndExportsGiveTheirComments(_ xml: String, _ expected: [[String]]) throws {
        let file = try ExportFile(path: "f.xml", bytes: Array(xml.utf8))
        #expect(file.format == .xml)
        let comments = try #require(try file.comments())
        #expect(comments.map { [$0.id, $0.author, $0.text, $0.parent, $0.title, $0.status] } == expected)
    }

    @Test func aBrokenDocumentIsNamedWithItsLineAndOneWithoutCommentsSaysSo() {
        #expect {
            _ = try XMLDocumentReader.read("<a>\n<b>x</c>\n</a>", fields: CommentFields(), path: "x.xml")
        } throws: { error in
            "\(error)".hasPrefix("x.xml:") && "\(error)".contains("malformed XML")
        }
        #expect {
            _ = try XMLDocumentReader.read("<a><b>x</b></a>", fields: CommentFields(), path: "x.xml")
        } throws: { error in
            "\(error)".hasPrefix("x.xml: no comments found")
        }
    }

    /// Only what opens with an element and closes one is XML: a dump's "<< Back" is a page.
    @Test(arguments: [("<< Back to news\nHeadline\n", InputFormat.page), ("<rss><channel></channel></rss>", .xml)])
    func onlyElementsAreSniffedAsXML(_ text: String, _ format: InputFormat) {
        #expect(FormatSniffer.sniff(text, path: "f.txt") == format)
    }

    /// A page dump that opens with markup sniffs as XML but keeps its text for the splitter
    /// when it does not parse; a declared XML document does not.
    @Test func aDumpThatOpensWithMarkupKeepsItsPageText() throws {
        let dump = "<b>Breaking</b> Council votes\n\nThe ferry will cost more.\n"
        let file = try ExportFile(path: "d.txt", bytes: Array(dump.utf8))
        #expect(file.format == .xml && file.looselyXML && file.pageText == dump)
        let declared = try ExportFile(path: "d.xml", bytes: Array(("<?xml version=\"1.0\"?>\n" + dump).utf8))
        #expect(!declared.looselyXML && declared.pageText == nil)
    }

    @Test func theReaderSurvivesRandomCuts() {
        var rng = SystemRandomNumberGenerator()
        let shapes = [XMLShapes.wordpressFeed, XMLShapes.atom, XMLShapes.cmsExport]
        for round in 0..<300 {
            let bytes = randomCut(shapes[round % shapes.count], replacingWith: "<>/\"=a ", using: &rng)
            _ = try? XMLDocumentReader.read(String(decoding: bytes, as: UTF8.self), fields: CommentFields(), path: "f")
        }
    }
}
