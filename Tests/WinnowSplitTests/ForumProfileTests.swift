import Testing

@testable import WinnowSplit

/// A forum's post: the poster's name, rank and "Key: value" fields above the text.
@Suite struct ForumProfileTests {
    let splitter = Splitter()

    static let posts = [
        ("José Núñez", "I take the ferry twice a day. This increase costs me almost a hundred dollars a year."),
        ("Walrus Jr.", "Someone has to pay for the boats. Fuel isn't free."),
        ("g.d.", "Nonsense.")
    ]

    func page(_ posts: [[String]]) -> String {
        let article = (1...3).map { _ in
            "The ferry corporation said on Tuesday that fares will rise by 20 percent in May, the largest increase."
        }
        let head = ["Ferry fares to rise 20 per cent in May", ""] + article.flatMap { [$0, ""] } + ["Discussion", ""]
        let section = posts.enumerated().flatMap { i, post in ["#\(i + 2)"] + post + ["Reply With Quote", ""] }
        return (head + section + ["Most popular", "Contact us"]).joined(separator: "\n")
    }

    @Test(arguments: [
        // Rank, join date and post count, each poster's own.
        [
            ["Senior Member", "Join Date: Jan 2010", "Posts: 1,234"], ["Banned", "Join Date: Mar 2018", "Posts: 87"],
            ["Moderator", "Join Date: Sep 2021", "Posts: 15,020"]
        ],
        // XenForo's and phpBB's keys, no rank.
        [
            ["Joined: Jan 5, 2010", "Messages: 3,456", "Reaction score: 1,204"],
            [
                "Joined: Mar 2018", "Messages: 87",
                "Reaction score: 12"
            ], ["Joined: Sep 2021", "Messages: 15", "Reaction score: 0"]
        ],
        // A German forum's.
        [
            ["Registriert seit: 12.01.2010", "Beiträge: 1.234"], ["Registriert seit: 03.03.2018", "Beiträge: 87"],
            ["Registriert seit: 01.09.2021", "Beiträge: 15"]
        ],
        // A definition list's keys and values on lines of their own (XenForo's, rendered).
        [
            ["Well-known member", "Joined", "Jan 5, 2010", "Messages", "3,456"],
            ["Member", "Joined", "Mar 3, 2018", "Messages", "87"],
            ["New member", "Joined", "Sep 1, 2021", "Messages", "15"]
        ],
        // A rank alone, and one under another.
        [["Junior Member"], ["Banned"], ["Member"]],
        [["Senior Member"], ["Moderator", "Senior Member"], ["New Member"]]
    ])
    func theFieldsUnderThePosterAreNeitherAuthorNorText(_ fields: [[String]]) {
        let posts = Self.posts.indices.map { [Self.posts[$0].0] + fields[$0] + [Self.posts[$0].1] }
        let comments = splitter.split(page(posts), source: "p").comments
        #expect(comments.map(\.author) == Self.posts.map(\.0))
        #expect(comments.map(\.text) == Self.posts.map(\.1))
    }

    @Test(arguments: [
        ("join date: jan 2010", true), ("posts: 1,234", true), ("reaction score: 12", true),
        ("beiträge: 87", true), ("posts:", false), ("posts: ", false), ("my posts: all of them", false),
        ("location is everything: toronto", false), (": posts", false)
    ])
    func aProfileFieldIsAKnownKeyAndAValue(_ lower: String, _ expected: Bool) {
        #expect(LineFeatures.isProfileField(lower) == expected)
    }

    @Test(arguments: [
        ("Dr. Ken Adams @drkenadams@mastodon.social", true), ("Ken @ken@mastodon.social", true),
        ("Constantinople Metropolitan Transportation Authority @cmta", false),
        ("Walrus Jr.", true), ("g.d.", true), ("J.R. Miller", true), ("George O.", true),
        ("It ended.", false), ("Nonsense.", false), ("Dr.", false)
    ])
    func namesEndingInAnInitialOrJuniorAreNameShaped(_ line: String, _ expected: Bool) {
        #expect(LineFeatures(text: line, indent: 0).nameShaped == expected)
    }

    /// Replies embedded from a social network, short ones too: name, handle, text, date,
    /// the network's buttons (a page of one such reply showed no sign of comments).
    @Test(arguments: [1, 2, 3])
    func embeddedRepliesWithTheirButtonsAreComments(_ count: Int) {
        let replies = [("José Núñez", "Agreed, completely."), ("Walrus Jr.", "Well said."), ("g.d.", "Nonsense.")]
        let posts = replies.prefix(count).map { name, text in
            [
                name, "@\(name.filter(\.isLetter).lowercased())@mastodon.social", text, "May 2, 2024, 10:15",
                "Reply Boost Favourite"
            ]
        }
        let article = (1...3).map { _ in
            "The ferry corporation said on Tuesday that fares will rise by 20 percent in May, the largest increase."
        }
        let lines = ["Ferry fares to rise", ""] + article.flatMap { [$0, ""] } + posts.flatMap { $0 + [""] }
        let comments = splitter.split((lines + ["Contact us"]).joined(separator: "\n"), source: "p").comments
        #expect(comments.map(\.author) == replies.prefix(count).map(\.0))
        #expect(comments.map(\.text) == replies.prefix(count).map(\.1))
    }
}
