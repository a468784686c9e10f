import Testing
@testable import WinnowSplit

/// Dumps written a text node a line (BeautifulSoup's `get_text("\n")`), where an author line
/// comes in pieces.
@Suite struct TextNodeDumpTests {
    /// (the lines of a dump, the lines the splitter reads).
    @Test(
        arguments: [
            (["Posted by", "G Reid Brown", "on May 6, 2024"], ["Posted by G Reid Brown on May 6, 2024"]),
            (
                ["Submitted by", "MHawke", "on", "Sat, 01/14/2023 - 18:18"],
                ["Submitted by MHawke on Sat, 01/14/2023 - 18:18"]
            ),
            (["—", "windswept", ",", "17 minutes ago"], ["— windswept, 17 minutes ago"]),
            (["MHawke", "says:", "May 2, 2024 at 8:15 am"], ["MHawke says:", "May 2, 2024 at 8:15 am"]),
            (["3 hours ago", "|", "parent", "|", "next"], ["3 hours ago | parent | next"]),
            // Pieces that stand on their own lines in text layouts, and are read there.
            (["Sort by", "G Reid Brown", "3 hours ago"], ["Sort by", "G Reid Brown", "3 hours ago"]),
            (["Like", "gadabout1", "3 hours ago"], ["Like", "gadabout1", "3 hours ago"]),
            (["DangerN", "Verified", "·", "2h"], ["DangerN", "Verified", "·", "2h"]),
            (
                ["live in ottawa", "an hour ago", "windswept said:"],
                ["live in ottawa", "an hour ago", "windswept said:"]
            ),
            (["G Reid Brown", "@greidbrown", "|", "5h"], ["G Reid Brown", "@greidbrown", "|", "5h"])
        ])
    func anAuthorLinesPiecesAreReadAsOneLine(_ dump: [String], _ lines: [String]) {
        #expect(PageLines.glueFragments(dump.map { ($0, 0) }).map(\.text) == lines)
    }

    @Test func aDumpOfTextNodesGivesItsCommentsAndAuthors() {
        let dump = """
            Council approves bike lanes
            The council voted 7 to 4 on Tuesday to build protected bike lanes on Elm Street by next summer.
            Comments
            Submitted by
            Marta K
            on
            Mon, 05/06/2024 - 09:21
            Ten percent is a lot for people who commute every day.
            Reply
            Submitted by
            You Get What You Pay For
            on
            Mon, 05/06/2024 - 10:02
            Only an idiot
            Only an idiot would defend this. Shut up and ride the bus.
            Reply
            Submitted by
            Ines
            on
            Tue, 05/07/2024 - 08:15
            Good post
            Good post.
            Reply
            """
        let page = Splitter().split(dump, source: "p")
        #expect(page.comments.map(\.author) == ["Marta K", "You Get What You Pay For", "Ines"])
        // Drupal's subject line repeats a comment's first words: a teaser, not its text.
        #expect(
            page.comments.map(\.text) == [
                "Ten percent is a lot for people who commute every day.",
                "Only an idiot would defend this. Shut up and ride the bus.", "Good post."
            ])
    }

    /// A card's footer under its text, a piece a line: "Name" / "2h ago" / "♥ 52" / "Reply".
    @Test func aFooterInPiecesUnderEachTextNamesItsAuthor() {
        let dump = """
            Council approves bike lanes
            The council voted 7 to 4 on Tuesday to build protected bike lanes on Elm Street by next summer.
            What our readers think
            Ten percent is a lot for people who commute every day.
            Marta K
            1d ago
            ♥ 52
            Reply
            Only an idiot would defend this. Shut up and ride the bus.
            Rob
            2h ago
            ♥ 3
            Reply
            The night buses are the only way I get home from my shift.
            Ines
            5h ago
            ♥ 17
            Reply
            """
        let page = Splitter().split(dump, source: "p")
        #expect(page.comments.map(\.author) == ["Marta K", "Rob", "Ines"])
        #expect(page.comments.first?.text == "Ten percent is a lot for people who commute every day.")
    }
}
