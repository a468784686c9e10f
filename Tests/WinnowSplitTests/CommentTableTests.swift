import Testing

@testable import WinnowSplit

/// Tables of comments written out as text (Markdown, html2text, w3m's boxes, lynx's
/// columns): a row per comment under a heading that names whose column and the comment's.
@Suite struct CommentTableTests {
    static let article = CommentLayoutTests.article + "Comments\n\n"

    func comments(_ section: String) -> [String] {
        Splitter().split(Self.article + section, source: "p").comments.map { "\($0.author): \($0.text)" }
    }

    static let expected = [
        "Goober: That's a funny question given the tone of this debate.",
        "Michele K: And that's not just about tone.", "Sea to the Dea: Good grief."
    ]

    @Test(arguments: [
        // Markdown, with and without the outer pipes.
        """
        | Name | Date | Comment |
        |---|---|---|
        | Goober | 2024-05-02 09:15 | That's a funny question given the tone of this debate. |
        | Michele K | 2024-05-02 10:30 | And that's not just about tone. |
        | Sea to the Dea | May 3, 2024 | Good grief. |
        """,
        """
        Author | Comment
        --- | ---
        Goober | That's a funny question given the tone of this debate.
        Michele K | And that's not just about tone.
        Sea to the Dea | Good grief.
        """,
        // html2text's: no outer pipes, a space after the inner ones.
        """
        Name| Date| Comment
        ---|---|---
        Goober| 2024-05-02 09:15| That's a funny question given the tone of this debate.
        Michele K| 2024-05-02 10:30| And that's not just about tone.
        Sea to the Dea| 2024-05-03 11:00| Good grief.
        """,
        // w3m: box lines, each cell's text wrapped inside its column.
        """
        ┌──────────┬──────────────────────────────┐
        │   Name   │            Entry             │
        ├──────────┼──────────────────────────────┤
        │Goober    │That's a funny question given │
        │06.05.2024│the tone of this debate.      │
        ├──────────┼──────────────────────────────┤
        │Michele K │And that's not just about     │
        │06.05.2024│tone.                         │
        ├──────────┼──────────────────────────────┤
        │Sea to the│Good grief.                   │
        │Dea       │                              │
        │07.05.2024│                              │
        └──────────┴──────────────────────────────┘
        """,
        // lynx: the cells of a row run together under "Name Date Comment".
        """
           Name Date Comment
           Goober 2024-05-02 09:15 That's a funny question given the tone of this debate.
           Michele K 2024-05-02 10:30 And that's not just about tone.
           Sea to the Dea May 3, 2024 at 9:21 am Good grief.
        """
    ])
    func aTableOfCommentsGivesACommentPerRow(_ section: String) {
        #expect(comments(section + "\n") == Self.expected)
    }

    /// html2text's rows of a forum's table: the name's cell line written apart over its row
    /// ("Goober" over "Posts: 359| ..."), the post wrapped at the page's width and joined
    /// back, the page's own wrapped paragraphs too.
    @Test func aForumsRowsAsHtml2textWritesThemAreComments() {
        let prose = String(repeating: "The vote is set for the spring and the party is ready for it. ", count: 8)
        var lines: [String] = []
        var paragraph = ""
        for word in prose.split(separator: " ") {
            if paragraph.count + 1 + word.count > 78 {
                lines.append(paragraph)
                paragraph = String(word)
            } else {
                paragraph += paragraph.isEmpty ? String(word) : " " + word
            }
        }
        lines += [paragraph, "", "Author| Message  ", "---|---  ", "Goober  "]
        lines += [
            "Posts: 359| Posted: Mar 3, 2024 9:15 amThat's a funny question given the tone",
            "of this debate, which has been shrill, bitter and loud in every way and more",
            "than ever.", "Michele K  ", "Posts: 810| Posted: Apr 12, 2024 6:40 pmAnd that's not just about tone.",
            "Sea to the Dea  ", "Posts: 282| Posted: Mar 3, 2024 9:15 amGood grief."
        ]
        let page = Splitter().split(lines.joined(separator: "\n"), source: "p")
        #expect(page.comments.map(\.author) == ["Goober", "Michele K", "Sea to the Dea"])
        #expect(
            page.comments.first?.text
                == "That's a funny question given the tone of this debate, which has been shrill, bitter and loud in every way and more than ever."
        )
        #expect(page.article.split(separator: "\n").filter { !$0.isEmpty }.count == 1)
    }

    /// A table whose heading names no comment column is some other table.
    @Test(arguments: [
        ["| Name | Price |", "|---|---|", "| Ferry pass | $40 |", "| Day ticket | $6 |"],
        ["┌──────────┬─────┐", "│Name      │Price│", "├──────────┼─────┤", "│Ferry pass│$40  │", "└──────────┴─────┘"]
    ])
    func aTableWithoutACommentColumnIsLeftAlone(_ lines: [String]) {
        #expect(DumpMarkup.clean(lines) == lines)
    }
}
