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

    /// A table whose heading names no comment column is some other table.
    @Test(arguments: [
        ["| Name | Price |", "|---|---|", "| Ferry pass | $40 |", "| Day ticket | $6 |"],
        ["┌──────────┬─────┐", "│Name      │Price│", "├──────────┼─────┤", "│Ferry pass│$40  │", "└──────────┴─────┘"]
    ])
    func aTableWithoutACommentColumnIsLeftAlone(_ lines: [String]) {
        #expect(DumpMarkup.clean(lines) == lines)
    }
}
