import Testing

@testable import WinnowSplit

/// Names keep their own shape when every name on a page shares it: initials, apostrophes,
/// hyphens and a handle's digits are a name's, not a widget's decoration around it.
@Suite struct AuthorNameShapeTests {
    static let article = """
        Ferry fares rise again

        The council raised the ferry fares again this year, and riders are not pleased about it.

        Officials said the budget required the increase and that nothing else could be done.

        """

    static let texts = [
        "I think the council is wrong about the ferry fares this year.",
        "The budget could have been balanced some other way entirely.",
        "Riders have no other way to get to work on the island.",
        "Everyone agrees the increase is too steep for families.",
        "This is the third increase in three years, and it shows."
    ]

    static let pages: [[String]] = [
        ["Tom K.", "Jane D.", "Mary S.", "Bob T.", "Al P."],
        ["Sean O'Brien", "Mary O’Neil", "Tom D'Arcy", "Bob O'Hara", "Al Smith"],
        ["D'Angelo Russell", "D'Arcy Fox", "O'Hara Lee", "D'Souza Ray"],
        ["Mary-Ann Lee", "Jean-Luc Roy", "Anne-Marie Fox", "Bob Smith"],
        ["jo12 Smith", "al99", "bob7 Fox", "Zoë Brontë"]
    ]

    /// Each comment's author line in one layout: the name alone above its age, the name
    /// and its age on one line ("al99 3h ago"), "Name says:" above a date.
    static let layouts: [(String, @Sendable (String, Int) -> [String])] = [
        ("name above age", { name, i in [name, "\(i + 2) hours ago"] }),
        ("name and age", { name, i in ["\(name) \(i + 2)h ago"] }),
        ("says", { name, i in ["\(name) says:", "March \(i + 2), 2024 at 10:15 pm"] })
    ]

    @Test(arguments: pages, layouts.indices)
    func everyNameIsKeptWhole(_ names: [String], _ layout: Int) {
        let lines = names.enumerated().flatMap { i, name in
            Self.layouts[layout].1(name, i) + [Self.texts[i % Self.texts.count], "Reply", ""]
        }
        let page = Splitter().split(
            Self.article + "\(names.count) Comments\n\n" + lines.joined(separator: "\n"), source: "p")
        #expect(page.comments.map(\.author) == names, "\(Self.layouts[layout].0)")
    }
}
