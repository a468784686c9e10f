import Testing

@testable import WinnowSplit

/// "Name / Place / date" on a page too small for places to recur: the name is the author.
@Suite struct PlaceUnderNameTests {
    let splitter = Splitter()

    func page(_ cards: [[String]]) -> String {
        let article = (1...3).map { _ in
            "The city's decision to raise ferry fares by 20 percent will fall hardest on the workers."
        }
        let head: [String] = ["The ferry fare increase is a mistake", ""] + article.flatMap { [$0, ""] }
        let section: [String] = cards.flatMap { $0 + ["12 Recommend", "Share", "Flag"] }
        return (head + ["Comments 3", ""] + section + ["", "Most popular"]).joined(separator: "\n")
    }

    static let said = [
        ("I take the ferry twice a day. This costs me a hundred dollars a year.", "March 3"),
        ("The ferry has been subsidised for decades. Someone has to pay.", "March 3"),
        ("Yes, and the buses are next.", "March 4")
    ]

    @Test(arguments: [
        (["Janet R.", "Tom W.", "Mark P."], ["Staten Island", "Brooklyn", "NYC"]),
        (["Janet Reilly", "Tom Walsh", "Mark Pine"], ["Toronto", "Calgary", "Halifax"]),
        (["Janet Reilly", "Janet Reilly", "Tom Walsh"], ["Staten Island", "Staten Island", "Brooklyn"]),
        (["bikelover77", "grumpy_old_git"], ["Seattle", "Seattle"]),
        (["Janet Reilly", "ferrygal"], ["Portland, OR", "Ohio"])
    ])
    func theNameAboveADistinctPlaceIsTheAuthor(_ names: [String], _ places: [String]) {
        let cards = names.indices.map { [names[$0], places[$0], Self.said[$0].1, Self.said[$0].0] }
        let comments = splitter.split(page(cards), source: "p").comments
        #expect(comments.map(\.author) == names)
        #expect(comments.map(\.text) == Self.said.prefix(names.count).map(\.0))
    }

    /// An avatar's initials above each name are not the name, even where nothing recurs.
    @Test func initialsAboveTheNameAreNotTheAuthor() {
        let names = ["wolfhall", "ManCityFC", "EricW2"]
        let cards = Self.said.indices.map { i -> [String] in
            [String(names[i].prefix(1)).uppercased(), names[i], Self.said[i].1, Self.said[i].0]
        }
        #expect(splitter.split(page(cards), source: "p").comments.map(\.author) == names)
    }
}
