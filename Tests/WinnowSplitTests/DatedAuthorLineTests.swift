import Testing

@testable import WinnowSplit

/// Author lines that date their comment: after a comma, in the languages whose dates the
/// splitter reads ("Name, May 2, 2024 at 10:15 am", "Name, heute 10:15 Uhr", "Name, gestern"),
/// and around the name in a sentence ("On May 2, 2024, Name said:", "Posted by Name on <date>").
@Suite struct DatedAuthorLineTests {
    static let names = ["Janet Reilly", "bikelover77", "Tom W."]
    static let texts = [
        "I take the ferry twice a day. This increase costs me a lot.", "Someone has to pay for the boats.",
        "Typical, they raise fares and cut service."
    ]

    @Test(arguments: [
        "{n}, today at 10:15", "{n}, May 2, 2024 at 10:15 am", "{n}, 12.03.2024, 10:15 Uhr", "{n}, heute 10:15 Uhr",
        "{n}, yesterday", "{n}, gestern", "{n}, hier à 10h15", "{n}, ayer a las 10:15", "{n}, ontem às 10:15",
        "{n}, 2 hours ago", "{n} · today at 10:15", "{n} 12 de marzo de 2024 a las 10:15",
        "{n} on May 2, 2024 at 10:15 am said:", "On May 2, 2024 at 10:15 am, {n} said:", "On 2 May 2024, {n} wrote:",
        "Posted by {n} on May 2, 2024", "Submitted by {n} on Tue, 05/02/2024 - 10:15",
        "{n} 2 hours ago (edited)", "{n} vor 2 Stunden bearbeitet", "{n}, May 2, 2024 (edited)"
    ])
    func theNameBesideTheDateIsTheAuthor(_ head: String) {
        let article = (1...2).map { _ in
            "The ferry corporation said on Tuesday that fares will rise by 20 per cent in May, the largest in years."
        }
        var lines = ["Ferry fares to rise", ""] + article.flatMap { [$0, ""] } + ["Comments", ""]
        for (name, text) in zip(Self.names, Self.texts) {
            lines += [head.replacingOccurrences(of: "{n}", with: name), text, "Reply", ""]
        }
        let comments = Splitter().split(lines.joined(separator: "\n"), source: "p").comments
        #expect(comments.map(\.author) == Self.names)
        #expect(comments.map(\.text) == Self.texts)
    }

    /// Italian, Dutch and Portuguese months date an author line as the others do.
    @Test(arguments: [
        ("Giulia Rossi 12 marzo 2024 alle 10:15", "Giulia Rossi"),
        ("jan_de_vries 12 maart 2024 om 10:15", "jan_de_vries"),
        ("João Silva 12 de março de 2024 às 10:15", "João Silva"), ("Anna 3 mei 2024", "Anna"),
        ("Luca 5 settembre 2024", "Luca")
    ])
    func otherLanguagesMonthsLeaveTheName(_ line: String, _ name: String) {
        #expect(AuthorName.withoutAge(line) == name)
    }

    /// A Spanish date runs to eight words: all of them leave the name.
    @Test(arguments: [
        ("Jürgen Müller 12 de marzo de 2024 a las 10:15", "Jürgen Müller"),
        ("marie_claire, 12 de marzo de 2024 a las 10:15", "marie_claire"), ("Tom W. May 6, 2024 at 9:21 AM", "Tom W.")
    ])
    func aLongDateAfterANameLeavesTheNameWhole(_ line: String, _ name: String) {
        #expect(AuthorName.withoutAge(line) == name)
    }

    /// "Posted by Name on <date>" under each comment signs it: the page is read so.
    @Test func postedByUnderEachCommentSignsTheCommentAbove() {
        let article = (1...2).map { _ in
            "The ferry corporation said on Tuesday that fares will rise by 20 per cent in May, the largest in years."
        }
        var lines = ["Ferry fares to rise", ""] + article.flatMap { [$0, ""] } + ["Reader responses", ""]
        for (name, text) in zip(Self.names, Self.texts) { lines += [text, "Posted by \(name) on May 2, 2024", ""] }
        let comments = Splitter().split((lines + ["Related stories"]).joined(separator: "\n"), source: "p").comments
        #expect(comments.map(\.author) == Self.names)
        #expect(comments.map(\.text) == Self.texts)
    }

    /// A signature under a comment keeps reading as one: "— Name, Tue 12/05/2023 5:10pm".
    @Test func aDashedSignatureWithACommaBeforeItsDateSignsTheCommentAbove() {
        #expect(LineFeatures.signature("— Goober, Tue 12/05/2023 5:10pm") == "Goober")
        #expect(LineFeatures.signature("— live in ottawa, Apr 2, 2024 9:41 AM") == "live in ottawa")
    }
}
