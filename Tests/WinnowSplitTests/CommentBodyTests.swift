import Testing

@testable import WinnowSplit

/// What a comment's own text holds: lists, and sentences that open with a date.
@Suite struct CommentBodyTests {
    let splitter = Splitter()

    func page(_ bodies: [[String]]) -> String {
        let article = (1...3).map { _ in
            "The ferry corporation said on Tuesday that fares will rise by 20 percent in May, the largest increase."
        }
        let names = ["José Núñez", "ferry_fan", "Dr. Ken Adams"]
        let cards = zip(names, bodies).flatMap { name, body in
            ["\(name) • 2 hours ago"] + body + ["Reply • Share ›", ""]
        }
        return
            (["Ferry fares to rise", ""] + article.flatMap { [$0, ""] } + ["3 Comments", ""] + cards
            + ["Most popular", "Contact us"]).joined(separator: "\n")
    }

    /// A list its line introduces ("...could do:") is the comment's, dashes and all: the
    /// items are not signatures, nor chrome for being short.
    @Test(arguments: ["-", "•", "*"])
    func aListTheCommentIntroducesIsItsText(_ marker: String) {
        let list =
            ["Three things they could do:"]
            + ["cut the bonuses", "sell the old terminal", "ask Ottawa"].map {
                "\(marker) \($0)"
            }
        let bodies = [list, ["1. Fares up.", "2. Service down."], ["Agreed on all counts."]]
        let comments = splitter.split(page(bodies), source: "p").comments
        #expect(comments.map(\.author) == ["José Núñez", "ferry_fan", "Dr. Ken Adams"])
        #expect(comments.map(\.text) == bodies.map { $0.joined(separator: "\n") })
    }

    /// "May 2 is my birthday": a day without a year or a time, then a lowercase word, is
    /// the sentence's first words, not a scraper's date stamp.
    @Test(arguments: [
        ("May 2 is my birthday, thanks for the present.", "May 2 is my birthday, thanks for the present."),
        (
            "1. A national call centre to reach every riding in the country.",
            "1. A national call centre to reach every riding in the country."
        ),
        ("May 2, 2024 I think the fares are far too high now.", "I think the fares are far too high now."),
        ("2023-05-30 12:01 the fares are far too high now.", "the fares are far too high now.")
    ])
    func aSentenceOpeningWithADayKeepsIt(_ line: String, _ expected: String) {
        #expect(PageLines.stripDatePrefix(line) == expected)
    }

    /// Dated above its author, a comment's last sentence sits above the next comment's date:
    /// it is the comment's, not the next author line.
    @Test func aSentenceAboveTheNextDateIsTheCommentsLastLine() {
        let said = [
            ("ferry_fan", ["I take the ferry twice a day.", "This increase costs me almost a hundred dollars a year."]),
            ("Harbourmaster2", ["Someone has to pay for the boats.", "Fuel isn't free, and neither are crews."]),
            ("anon123", ["Typical.", "They raise fares and cut service at the same time."])
        ]
        let article = (1...3).map { _ in
            "The ferry corporation said on Tuesday that fares will rise by 20 percent in May, the largest increase."
        }
        let head = ["Ferry fares", "By Staff Reporter", "Published May 2, 2024", ""] + article.flatMap { [$0, ""] }
        let cards = said.flatMap { ["May 2, 2024 at 10:15 am", $0.0] + $0.1 + [""] }
        let text = (head + ["Comments", ""] + cards + ["Most popular", "Contact us"]).joined(separator: "\n")
        let comments = splitter.split(text, source: "p").comments
        #expect(comments.map(\.author) == said.map(\.0))
        #expect(comments.map(\.text) == said.map { $0.1.joined(separator: "\n") })
    }
}
