import Testing

@testable import WinnowSplit

/// Comments of shapes readers write, under the controls widgets print: a second paragraph
/// with an everyday word chrome also uses, a comment of pictures alone, one that opens as a
/// reply line does, reaction buttons of pictures and counts.
@Suite struct CommentShapeTests {
    /// The article of `AuthorNameShapeTests`, under which the comments follow a heading.
    static let article = AuthorNameShapeTests.article + "\nComments\n\n"

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var controls: String
        var comments: [(author: String, text: String)]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "a second paragraph about the budget", controls: "Like · Reply · Share",
            comments: [
                ("Tom Baker", "First paragraph of my comment here.\nSecond paragraph goes on about the budget."),
                ("jsmith42", "Short one."), ("Mary O'Neil", "I agree with the above.")
            ]),
        Case(
            name: "comments of pictures alone", controls: "Reply",
            comments: [
                ("Tom Baker", "👍"), ("jsmith42", "😡😡😡"), ("Mary O'Neil", "Great point 👏"), ("Dave K.", "❤️")
            ]),
        Case(
            name: "reactions of pictures and counts", controls: "👍 12  👎 1  Reply",
            comments: [
                ("Tom Baker", "@jsmith42 no, the budget says otherwise."), ("jsmith42", "Reply to all: calm down."),
                ("Mary O'Neil", "@jsmith42 well said.")
            ]),
        Case(
            name: "a heart and a flag", controls: "♥ 4  Reply  Flag",
            comments: [("Tom Baker", "Riders have no other way to work."), ("jsmith42", "😡😡😡"), ("Dave K.", "Why?")]),
        Case(
            name: "a picture button under every comment", controls: "❤️",
            comments: [("Tom Baker", "Fares should be frozen."), ("jsmith42", "Nonsense!"), ("Dave K.", "Why?")])
    ]

    @Test(arguments: cases)
    func everyCommentKeepsItsAuthorAndText(_ c: Case) {
        let section = c.comments.enumerated().map { i, comment in
            "\(comment.author)\n\(i + 2) hours ago\n\(comment.text)\n\(c.controls)\n"
        }
        let page = Splitter().split(Self.article + section.joined(separator: "\n"), source: "p")
        #expect(page.comments.map(\.author) == c.comments.map(\.author))
        #expect(page.comments.map(\.text) == c.comments.map(\.text))
    }

    /// Reactions' pictures sit among a row's controls; a sum's signs do not ("+" alone is
    /// a vote button, so "2 + 2 = 4" once passed for a row of them).
    @Test(arguments: [("👍 12  👎 1  Reply", true), ("♥ 4  Reply  Flag", true), ("2 + 2 = 4", false), ("= Reply", false)])
    func picturesButNotSignsJoinAControlRow(_ line: String, _ controls: Bool) {
        #expect(LineFeatures.isControlRow(line.lowercased()) == controls)
    }
}
