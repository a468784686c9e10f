import Testing

@testable import WinnowSplit

/// Comment sections as sites lay them out, after the same article: each gives its
/// comments with their authors (and, where a layout could blur them, their texts).
@Suite struct CommentLayoutTests {
    struct Layout: Sendable, CustomTestStringConvertible {
        var name: String
        /// The page's lines after the article.
        var section: String
        var authors: [String]
        var texts: [String]? = nil
        var testDescription: String { name }
    }

    static let article = """
        A headline about the harbour plan

        The harbour plan will add a new ferry terminal and a park, officials said on Monday afternoon.

        Construction is expected to start next spring and finish within three years, according to the city.

        """

    static let three = ["Goober", "Michele K", "Sea to the Dea"]
    static let funny = "That's a funny question given the tone of this debate."
    static let tone = "And that's not just about tone."

    static func signed(_ signature: String) -> Layout {
        func sign(_ name: String) -> String { signature.replacingOccurrences(of: "%@", with: name) }
        return Layout(
            name: "signed below: " + signature,
            section: """
                Comments
                \(funny)
                \(sign("Goober"))
                Good post.
                \(sign("Michele K"))
                Good grief, read the plan before you judge it.
                It is all in the second part.
                \(sign("Sea to the Dea"))
                """,
            authors: three,
            texts: [
                funny, "Good post.", "Good grief, read the plan before you judge it.\nIt is all in the second part."
            ])
    }

    static let layouts: [Layout] = [
        Layout(
            name: "Facebook's plugin: a row of controls with the comment's age below it",
            section: """
                3 Comments
                Sort by Most relevant
                Goober
                \(funny)
                Like · Reply · 3y
                Michele K
                \(tone)
                Like · Reply · an hour ago
                Sea to the Dea
                Good grief, read the plan before you judge it.
                Like · Reply · 2d
                """,
            authors: three),
        Layout(
            name: "old Reddit: scores before the age, controls without separators",
            section: """
                all 2 comments
                [–] Goober 12 points 3 hours ago
                \(funny)
                permalink embed save report reply
                [–] Michele K 4 points 1 hour ago
                \(tone)
                permalink embed save report reply
                """,
            authors: ["Goober", "Michele K"], texts: [funny, tone]),
        Layout(
            name: "the date above the author, a short comment before the next date",
            section: """
                Comments
                March 3, 2024
                Goober
                \(funny)
                2024-05-30T14:02
                Michele K
                Good post.
                Jan 7, 2023 8:18PM
                Sea to the Dea
                Good grief, read the plan before you judge it.
                """,
            authors: three, texts: [funny, "Good post.", "Good grief, read the plan before you judge it."]),
        Layout(
            name: "a town after the name, a rating control under every comment",
            section: """
                Your views
                Goober, Kingston, Ont.
                \(funny)
                Click to rate
                windswept, Halifax
                \(tone)
                Click to rate
                Sea to the Dea, Perth
                Good grief, read the plan before you judge it.
                Click to rate
                Michele K, London
                The ferry has been late every morning this week.
                Click to rate
                """,
            authors: ["Goober", "windswept", "Sea to the Dea", "Michele K"],
            texts: [
                funny, tone, "Good grief, read the plan before you judge it.",
                "The ferry has been late every morning this week."
            ]),
        Layout(
            name: "a place between the author and the date",
            section: """
                Readers' Picks
                Goober
                Toronto
                March 3, 2024
                \(funny)
                Reply
                12 Recommend
                windswept
                Calgary
                2024-05-30
                \(tone)
                Reply
                3 Recommend
                Sea to the Dea
                Toronto
                Jan 7, 2023
                Good grief, read the plan before you judge it.
                Reply
                7 Recommend
                """,
            authors: ["Goober", "windswept", "Sea to the Dea"]),
        Layout(
            name: "a heading above a single comment",
            section: """
                Comments
                Add comment
                monkey121
                1 day ago
                How about the harbour? Say what you want about the plan, the ferry needs it.
                6 likes
                """,
            authors: ["monkey121"]),
        signed("— %@, 19 November 2023"), signed("-- %@"), signed("~%@"), signed("– %@ May 6, 2024 at 9:21"),
        signed("Posted by %@ on May 6, 2024"),
        Layout(
            name: "a name and a long date on one line (Blogger), Drupal's \"Submitted by Name on <date>\"",
            section: """
                3 comments:
                Goober May 6, 2024 at 9:21 AM
                \(funny)
                Reply Delete
                Submitted by Michele K on Mon, 05/06/2024 - 09:21
                \(tone)
                Reply
                Sea to the Dea Today 9:21am
                Good grief, read the plan before you judge it.
                Star 53 Reply
                """,
            authors: three),
        Layout(
            name: "quoted comments signed below (a quotation's source only where a page quotes once or twice)",
            section: """
                Reader comments
                “\(funny)”
                — Goober
                “Good post.”
                — Michele K
                “Good grief, read the plan before you judge it.”
                — Sea to the Dea
                """,
            authors: three),
        Layout(
            name: "one-line comments, Name: comment",
            section: """
                What readers are saying
                Goober: \(funny)
                windswept: And that's not just about tone, it's the ferry schedule.
                Sea to the Dea: Good grief, read the plan before you judge it.
                Michele K: The ferry has been late every morning this week.
                More from this section
                """,
            authors: ["Goober", "windswept", "Sea to the Dea", "Michele K"]),
        Layout(
            name: "Hacker News: name, age and controls on one line",
            section: """
                Goober 4 hours ago | next [–]
                \(funny)
                reply
                You Get What You Pay For 35 minutes ago | next [–]
                \(tone)
                reply
                """,
            authors: ["Goober", "You Get What You Pay For"]),
        Layout(
            name: "a forum: numbered posts, badge lines around the author",
            section: """
                Replies: 2
                Post #2
                Work At Home Guy
                Posts: 233
                2023-11-19 07:55
                \(funny)
                Quote
                Post #3
                Michele K
                Posts: 7458
                Apr 2, 2024 9:41 AM
                \(tone)
                Quote
                """,
            authors: ["Work At Home Guy", "Michele K"], texts: [funny, tone]),
        Layout(
            name: "a forum: the member's title under the name",
            section: """
                Goober
                Senior Member
                \(funny)
                Quote Reply
                Michele K
                Member
                \(tone)
                Quote Reply
                Sea to the Dea
                Senior Member
                Good grief, read the plan before you judge it.
                Quote Reply
                windswept
                Junior Member
                The ferry has been late every morning this week.
                Quote Reply
                """,
            authors: ["Goober", "Michele K", "Sea to the Dea", "windswept"]),
        Layout(
            name: "a text browser's dump: numbered links before names and controls",
            section: """
                   3 Comments
                   [5]Goober · 5 hours ago
                   \(funny)
                   [6]Reply [7]Share
                   [8]Michele K · 2 hours ago
                   \(tone)
                   [9]Reply [10]Share
                   [11]Sea to the Dea · 1 hour ago
                   Good grief, read the plan before you judge it.
                   [12]Reply [13]Share
                References
                   1. https://example.com/1
                """,
            authors: three),
        Layout(
            name: "a decoration no rule knows after every name",
            section: """
                Comments
                Goober +12
                5 hours ago
                \(funny)
                Michele K +3
                2 hours ago
                \(tone)
                Sea to the Dea +40
                1 hour ago
                Good grief, read the plan before you judge it.
                """,
            authors: three)
    ]

    @Test(arguments: layouts)
    func eachLayoutGivesItsCommentsAndAuthors(_ layout: Layout) {
        let page = Splitter().split(Self.article + layout.section, source: "p")
        #expect(page.comments.map(\.author) == layout.authors)
        if let texts = layout.texts { #expect(page.comments.map(\.text) == texts) }
        #expect(page.paragraphs.count == 2)
    }

    /// "In reply to Name" on a line of its own names the parent and is not comment text.
    @Test func aReplyNamesItsParentOnALineOfItsOwn() {
        let section = """
            Comments
            Goober · 5 hours ago
            \(Self.funny)
            Flag
            windswept · 2 hours ago
            In reply to Goober
            \(Self.tone)
            Flag
            """
        let page = Splitter().split(Self.article + section, source: "p")
        #expect(page.comments.map(\.text) == [Self.funny, Self.tone])
        #expect(page.comments.last?.parent == "Goober")
    }
}
