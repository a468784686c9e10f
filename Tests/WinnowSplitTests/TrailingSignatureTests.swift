import Testing

@testable import WinnowSplit

/// Stack Exchange's comments through text browsers: each comment signed at its end, "text –
/// Name date", on the item's last line.
@Suite struct TrailingSignatureTests {
    @Test(arguments: [
        ("Good post. – McQuay24 May 6, 2024 at 9:21", "McQuay24 May 6, 2024 at 9:21", "Good post."),
        ("the room. - MHawke 2 hours ago", "MHawke 2 hours ago", "the room."),
        (
            "Open your mind. — Sea to the Dea Jan 14, 2023 at 18:18", "Sea to the Dea Jan 14, 2023 at 18:18",
            "Open your mind."
        )
    ])
    func aSignatureAtTheLinesEndIsFound(_ line: String, _ author: String, _ text: String) {
        let found = PageLines.trailingSignature(line)
        #expect(found?.author == author && found?.text == text)
    }

    @Test(arguments: [
        "Prices rose in 2024 – the biggest rise since 2008",  // no name before the date
        "It was – as the minister said – a long day",
        "– Goober May 6, 2024"  // a signature line of its own
    ])
    func aDashInASentenceIsNoSignature(_ line: String) {
        #expect(PageLines.trailingSignature(line) == nil)
    }

    static let section = """
        Comments

            That's a funny question given the tone of this debate and of
            everything else. – Goober May 6, 2024 at 9:21
            And that's not just about tone. – Michele K Jan 14, 2023 at 18:18
            Good grief. It never ends. – Sea to the Dea May 6,
            2024 at 9:21
            So true. – Goober 2 hours ago
        """

    @Test func commentsSignedAtTheirEndGetTheirAuthors() {
        let page = Splitter().split(CommentLayoutTests.article + Self.section, source: "p")
        #expect(page.comments.map(\.author) == ["Goober", "Michele K", "Sea to the Dea", "Goober"])
        #expect(
            page.comments.map(\.text).first
                == "That's a funny question given the tone of this debate and of\neverything else.")
    }

    @Test func twoSignedLinesAreLeftToTheArticle() {
        let lines = ["Ferries are late. – Goober May 6, 2024 at 9:21", "So are trains. – Michele K May 7, 2024"]
        #expect(PageLines.splitTrailingSignatures(lines.map { ($0, 0) }).map(\.text) == lines)
    }

    /// Under the section's heading one or two signed lines are comments too, and the first
    /// opens after the heading, not in the article above it.
    @Test(arguments: [1, 2])
    func oneOrTwoSignedLinesUnderTheHeadingAreComments(_ count: Int) {
        let signed = [
            ("Goober", "Ferries are late. Again, and nobody ever says sorry."),
            ("Michele K", "So are trains.")
        ].prefix(count)
        let section = ["Comments"] + signed.map { "\($0.1) – \($0.0) May 6, 2024 at 9:21" }
        let page = Splitter().split(CommentLayoutTests.article + section.joined(separator: "\n"), source: "p")
        #expect(page.comments.map(\.author) == signed.map(\.0))
        #expect(page.comments.map(\.text) == signed.map(\.1))
        #expect(!page.paragraphs.isEmpty)
    }
}
