import Testing

@testable import WinnowSplit

/// A forum's table as w3m lays it out, its columns side by side without rules: each row is
/// written out cell by cell, as lynx writes it, and its posts are comments.
@Suite struct ColumnTableTests {
    static let table = [
        "    Author                                 Message",
        "Goober         Posted: Tue Jan 14, 2023 6:18 pm",
        "Posts: 76      That's a funny question given the shrill, bitterness, the",
        "Joined: 2019   vitriol and sheer, raw hate expressed by the Left.",
        "               Quote Top",
        "live in ottawa Posted: Tue Jan 14, 2023 6:18 pm",
        "-love the      Shhhhh. You're not supposed to say that here.",
        "Leafs          Quote Top",
        "Posts: 3419",
        "Joined: 2019",
        "Rightontheleft Posted: Tue Jan 14, 2023 6:18 pm",
        "Posts: 1579    You call Harper's smirking non-answers calm and measured?",
        "Joined: 2019   Quote Top",
        "Sea to the Dea Posted: Mon May 06, 2024 9:21 am",
        "Posts: 3216    ROTL, better that than the quiet.",
        "Joined: 2019   Quote Top",
        "",
        "Related stories"
    ]

    @Test func aTablesRowsAreWrittenOutCellByCell() {
        let (lines, settled) = DumpMarkup.columnTables(Self.table)
        #expect(
            Array(lines[1..<9]) == [
                "Goober", "Posts: 76", "Joined: 2019", "Posted: Tue Jan 14, 2023 6:18 pm",
                "That's a funny question given the shrill, bitterness, the vitriol and sheer, raw hate expressed by the Left.",
                "Quote Top", "live in ottawa -love the Leafs", "Posts: 3419"
            ])
        // Rows with no gap between them open at their column's label ("Posted:").
        #expect(
            lines.contains("Sea to the Dea")
                && lines.firstIndex(of: "Sea to the Dea")! > lines.firstIndex(of: "Rightontheleft")! + 4)
        #expect(lines.suffix(2) == ["", "Related stories"])
        #expect(settled.count == lines.count && settled.filter { $0 }.count == lines.count - 3)
    }

    @Test func aForumTablesPostsAreComments() {
        let page = Splitter().split(CommentLayoutTests.article + Self.table.joined(separator: "\n"), source: "p")
        #expect(
            page.comments.map(\.author) == [
                "Goober", "live in ottawa -love the Leafs", "Rightontheleft", "Sea to the Dea"
            ])
        #expect(page.comments.first?.text.hasPrefix("That's a funny question") == true)
    }

    /// A table whose cells sit in the middle of their rows (w3m's default), the name's and
    /// the date's cells shorter than the comment's and touching the next row's.
    @Test func rowsWithTheirCellsInTheMiddleAreFound() {
        let table = [
            "  Name       Date                             Comment",
            "                     The question is why the 'right' must speak in such bitter",
            "G Reid    2024-05-01 tasteless tones. Surely someone can express their values",
            "Brown     18:40      civilly? Why does no such one step forward in the",
            "                     political arena?",
            "          2024-05-02 The underlying fundamentalism of the far right wing does",
            "MHawke    09:15      not allow for compromise by definition.",
            "                     Reason does not apply when these people are in the room.",
            "windswept 2024-05-01 This applies to anyone on the extreme (left or right).",
            "          18:40",
            "live in",
            "ottawa    2024-05-02 There is no \"Far right\" party in this country. It's like",
            "-love the 09:15      calling the NDP the Far-left party. Open your mind.",
            "Leafs"
        ]
        let lines = DumpMarkup.columnTables(table).lines
        #expect(
            Array(lines[1...]) == [
                "G Reid Brown", "2024-05-01 18:40",
                "The question is why the 'right' must speak in such bitter tasteless tones. Surely someone can express their values civilly? Why does no such one step forward in the political arena?",
                "MHawke", "2024-05-02 09:15",
                "The underlying fundamentalism of the far right wing does not allow for compromise by definition.",
                "Reason does not apply when these people are in the room.",
                "windswept", "2024-05-01 18:40", "This applies to anyone on the extreme (left or right).",
                "live in ottawa -love the Leafs", "2024-05-02 09:15",
                "There is no \"Far right\" party in this country. It's like calling the NDP the Far-left party. Open your mind."
            ])
    }

    /// Without a heading of a person's column and a text's, or with lines that run across
    /// the columns, the lines are left as they are.
    @Test func otherAlignedLinesAreLeftAlone() {
        let options = [
            "Option         Meaning", "-h, --help     Show this help", "-v             Verbose output",
            "-q             Quiet"
        ]
        #expect(DumpMarkup.columnTables(options).settled.isEmpty)
        var prose = Self.table
        prose[3] = "Joined: 2019 and vitriol and sheer, raw hate expressed by the Left."
        prose[4] = "That was all of it, the whole of the talk of the day and the night."
        #expect(DumpMarkup.columnTables(prose).lines[1] == prose[1])
    }
}
