import Foundation
import Testing
@testable import WinnowFormats

@Suite struct HTMLPageTests {
    /// (HTML, the text a browser's "save as text" would give, as the splitter reads it).
    @Test(
        arguments: [
            ("<h1>Title</h1><p>One.</p><p>Two.</p>", "Title\n\nOne.\n\nTwo.\n"),
            ("<div>a</div><div>b</div>", "a\nb\n"),
            ("<p>line one<br>line two<br><br>after a blank</p>", "line one\nline two\n\nafter a blank\n"),
            ("<head><title>T</title><style>p{}</style></head><body><p>shown</p></body>", "shown\n"),
            ("<p>a</p><script>var s = '<p>no</p>';</script><p>b</p>", "a\n\nb\n"),
            ("<p>x</p><div hidden><p>no</p><div>no</div></div><p>y</p>", "x\n\ny\n"),
            ("<p>x</p><div style=\"display: none\"><div><p>no</p></div></div><p>y</p>", "x\n\ny\n"),
            ("<p>x</p><!-- <p>no</p> --><p>y</p>", "x\n\ny\n"),
            ("<p>Fish &amp; chips &lt;3 &#39;ok&#39;</p>", "Fish & chips <3 'ok'\n"),
            ("<p>if a < b and c > d</p>", "if a < b and c > d\n"),
            ("<p>  spaced\n\n   out\ttext  </p>", "spaced out text\n"),
            ("<pre>keep\n  this</pre>", "keep\n  this\n"),
            ("<span class=\"n\">Goober</span><span class=\"t\">3h</span>", "Goober 3h\n"),
            ("<p><span class=\"drop\">T</span>he start</p>", "The start\n"),
            ("<table><tr><td>Name</td><td>Text</td></tr></table>", "Name Text\n"),
            ("<p>open <b>never closed", "open never closed\n"),
            ("<p>x</p><template><p>no</p></template><noscript>Enable JavaScript</noscript>", "x\n"),
            // A name signed after a dash at the end of a comment's line (Stack Exchange's).
            ("<p>ok &ndash;&nbsp;<a class=\"comment-user\">Name</a> May 6</p>", "ok\n– Name May 6\n")
        ])
    func pagesRenderAsABrowserSavesThem(_ html: String, _ text: String) {
        #expect(HTMLPage.text(html) == text)
    }

    /// A comments plugin writes the name and the comment side by side; a name beside its
    /// badge and age stays one line.
    @Test func aPersonsNameIsPartedFromACommentBesideItButNotFromItsBadge() {
        let plugin =
            "<div><span><a class=\"UFICommentActorName\">Goober</a></span> <span>That is a funny question given the "
            + "shrill tone.</span></div>"
        #expect(HTMLPage.text(plugin) == "Goober\nThat is a funny question given the shrill tone.\n")
        let badge =
            "<header><a class=\"comment-author\">Goober</a> <span>Verified</span> <time>3 hours ago</time></header>"
        #expect(HTMLPage.text(badge) == "Goober Verified 3 hours ago\n")
    }

    /// A table of name, date and comment rows under a heading is a comments plugin's: each
    /// cell on a line of its own, as the splitter reads comments. A table of the same shape
    /// right after an article's paragraph, or with article prose after it, stays rows.
    @Test func aTableOfCommentsGetsEachCellOnALineButAnArticlesTableDoesNot() {
        let rows = [
            ("Goober", "2024-05-02 09:15", "That is a funny question given the shrill tone of the left."),
            ("You Get What You Pay For", "2024-05-01 18:40", "Good post."),
            ("MHawke", "2024-05-01 18:41", "Reason does not apply when these people are in the room, sadly.")
        ]
        let table =
            "<table><tr><th>Name</th><th>Date</th><th>Comment</th></tr>"
            + rows.map { "<tr><td>\($0.0)</td><td>\($0.1)</td><td>\($0.2)</td></tr>" }.joined() + "</table>"
        let lines = rows.map { "\($0.0)\n\($0.1)\n\($0.2)\n" }.joined()
        let asRows = rows.map { "\($0.0) \($0.1) \($0.2)\n" }.joined()
        #expect(
            HTMLPage.text("<h3>Comments</h3>" + table + "<p>Footer</p>") == "Comments\n\nName Date Comment\n" + lines
                + "\nFooter\n")
        let paragraph = "<p>On this side of the border, Conservatives have more time to sort out their divides.</p>"
        #expect(HTMLPage.text(paragraph + table).hasSuffix("Name Date Comment\n" + asRows))
        let prose =
            "<p>" + Array(repeating: "The article goes on after the table.", count: 5).joined(separator: " ") + "</p>"
        #expect(HTMLPage.text("<h3>Timeline</h3>" + table + prose).contains(asRows))
        let reference =
            "<h3>Functions</h3><table>" + rows.map { "<tr><td>\($0.0)</td><td>v2</td><td>\($0.2)</td></tr>" }.joined()
            + "</table>"
        #expect(HTMLPage.text(reference).hasSuffix(rows.map { "\($0.0) v2 \($0.2)\n" }.joined()))
    }

    @Test func anHTMLFileIsReadAsAPage() throws {
        let file = try ExportFile(
            path: "p.html", bytes: Array("<!DOCTYPE html><html><body><h1>T</h1><p>Hi</p></body></html>".utf8))
        #expect(file.format == .html && file.pageText == "T\n\nHi\n")
        #expect(try file.comments() == nil)
        let bare = try ExportFile(path: "saved.htm", bytes: Array("<div><p>Hi</p></div>".utf8))
        #expect(bare.format == .html)
    }

    /// Random cuts and bytes of a page never crash the renderer, and scripts never leak.
    @Test func theRendererSurvivesRandomCuts() {
        var rng = SystemRandomNumberGenerator()
        let page = """
            <html><head><script>var secret = 1;</script></head><body><div class="c" hidden>x</div>
            <p>a &amp; b</p><!-- c --><span class="author">N</span> <a href='#' style="display:none">y</a><br/>
            <table><tr><td>1</td><td>2</td></tr></table><pre> p </pre></body></html>
            """
        for _ in 0..<2000 {
            let bytes = randomCut(page, replacingWith: "<>/\"'=! -&;", upTo: 4, using: &rng)
            let text = HTMLPage.text(String(decoding: bytes, as: UTF8.self))
            #expect(!text.contains("secret") || !bytes.starts(with: Array(page.utf8).prefix(60)))
        }
    }

    /// A no-break space is a space; every other byte, "à" and "\u{A1}" too, is kept.
    @Test(arguments: [
        ("a\u{A0}b", "a b"), ("–\u{A0}Name\u{A0}", "– Name "), ("à\u{A1}é", "à\u{A1}é"), ("", ""),
        ("\u{A0}\u{A0}", "  ")
    ])
    func noBreakSpacesBecomeSpaces(_ text: String, _ spaced: String) {
        #expect(HTMLPage.spaced(text) == spaced)
    }
}
