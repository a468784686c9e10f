import Testing

@testable import WinnowSplit

/// A guestbook's date cell run into its entry by a text browser ("06.05.2024 Shhhhh."):
/// the date is read apart from the words under a name, on a page of three or more.
@Suite struct LeadingDateTests {
    @Test(arguments: [
        (
            "06.05.2024 Shhhhh. You're not supposed to say that.", "06.05.2024",
            "Shhhhh. You're not supposed to say that."
        ),
        ("06.05.2024| Shhhhh.", "06.05.2024", "Shhhhh."),
        ("2024-05-01 18:40 The question is why.", "2024-05-01 18:40", "The question is why.")
    ])
    func aDateOpeningALineIsReadApart(_ line: String, _ date: String, _ text: String) {
        let split = PageLines.leadingDate(line)
        #expect(split?.date == date)
        #expect(split?.text == text)
    }

    /// A changelog's date with its comma, a number, a date alone: not a comment's date.
    @Test(arguments: ["2016-10-18, Version 0.10.48", "2024 was a year", "06.05.2024", "1.2.3 fixes", "Shhhhh."])
    func otherLinesOpeningWithDigitsAreLeftAlone(_ line: String) {
        #expect(PageLines.leadingDate(line) == nil)
    }

    @Test func guestbookEntriesUnderTheirNamesAreComments() {
        let entries = zip(CommentLayoutTests.three, [CommentLayoutTests.funny, CommentLayoutTests.tone, "Good grief."])
            .map { "\($0.0)\n06.05.2024 \($0.1)" }
        let page = Splitter().split(
            CommentLayoutTests.article + "Guestbook\n" + entries.joined(separator: "\n"), source: "p")
        #expect(page.comments.map(\.author) == CommentLayoutTests.three)
        #expect(page.comments.first?.text == CommentLayoutTests.funny)
        // Two such lines are no pattern: a page's own lines are left as written.
        let two = PageLines.splitLeadingDates([
            ("Goober", 0), ("06.05.2024 Hello.", 0), ("Sea", 0), ("06.05.2024 Hi.", 0)
        ])
        #expect(two.count == 4)
    }
}
