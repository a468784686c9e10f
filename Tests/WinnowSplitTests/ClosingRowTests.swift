import Testing

@testable import WinnowSplit

/// The control row that closes each comment closes the last one too, whatever the page
/// prints below it; and a handle is no date because its letters are a time's.
@Suite struct ClosingRowTests {
    static let article = AuthorNameShapeTests.article + "\n4 Comments\nSort by Top\n\n"

    @Test(arguments: [
        ["Agreed.", "Exactly right", "Nonsense.", "Well said"],
        ["I take the ferry twice a day. It costs me a lot.", "Agreed.", "Typical, they cut service.", "Exactly right"]
    ])
    func theLastCommentAboveAFooterKeepsItsRow(_ texts: [String]) {
        let names = ["Janet Reilly", "Tom Walsh", "Priya Natarajan", "Ken Adams"]
        let section = zip(names, texts).map { "\($0)\n\($1)\nLike · Reply · 1y\n" }.joined(separator: "\n")
        let page = Splitter().split(Self.article + section + "\nFacebook Comments Plugin", source: "p")
        #expect(page.comments.map(\.author) == names)
        #expect(page.comments.map(\.text) == texts)
    }

    /// "100%", "+1", "2 + 2 = 4": a comment of no words, above the row closing every comment.
    @Test(arguments: ["100%", "+1", "2 + 2 = 4"], ["date below", "date above", "date in the row"])
    func aCommentOfNumbersAloneIsAComment(_ odd: String, _ layout: String) {
        let names = ["Janet Reilly", "Tom Walsh", "Priya Natarajan"]
        let texts = ["I take the ferry twice a day.", odd, "Why not a monthly pass?"]
        let section = zip(names, texts).map { name, text in
            switch layout {
            case "date below": "\(name)\n2 hours ago\n\(text)\nReply\n"
            case "date above": "May 2, 2024\n\(name)\n\(text)\nReply\n"
            default: "\(name)\n\(text)\nLike · Reply · 1y\n"
            }
        }
        let page = Splitter().split(Self.article + section.joined(separator: "\n"), source: "p")
        #expect(page.comments.map(\.author) == names)
        #expect(page.comments.map(\.text) == texts)
    }

    /// Every comment a picture or a word, so no reading finds one to learn the row from:
    /// the same row every few lines, a name under each, closes cards (Facebook's, TikTok's).
    @Test(arguments: [
        (["😡😡😡", "👍", "🙄 here we go again"], ["Like · Reply · 1y"]), (["Agreed.", "Nonsense."], ["05-02 Reply", "12"]),
        (["THIS IS A DISGRACE.", "Why?", "👍"], ["Like · Reply · 1y"])
    ])
    func rowsEveryFewLinesCloseCardsOfShortComments(_ texts: [String], _ row: [String]) {
        let names = ["Janet Reilly", "ferry_fan", "Priya Natarajan"].prefix(texts.count)
        let section = zip(names, texts).map { ([$0, $1] + row).joined(separator: "\n") + "\n" }
        let page = Splitter().split(Self.article + section.joined(separator: "\n") + "\nContact us", source: "p")
        #expect(page.comments.map(\.author) == Array(names))
        #expect(page.comments.map(\.text) == texts)
    }

    @Test(arguments: [("05-02", true), ("2/5", true), ("02.05.", true), ("2024-05-02", false), ("5", false)])
    func aDayAndMonthInDigitsDatesARow(_ word: String, _ expected: Bool) {
        #expect(LineFeatures.isDayAndMonth(word) == expected)
    }

    @Test(arguments: [
        ("hartsmart12", false), ("pm2", true), ("8:18pm", true), ("7th", true), ("10h15", true), ("2nd", true),
        ("2023-05-30", true), ("smart1", false), ("dash99", false)
    ])
    func onlyWordsOfDigitsAndATimesLettersAreDateWords(_ word: String, _ expected: Bool) {
        #expect(Timestamp.isDateWord(Substring(word)) == expected)
    }

    @Test func aHandleEndingInDigitsBeforeItsAgeIsTheAuthor() {
        let names = ["MMackinnon", "hartsmart12", "ambsace"]
        let section = names.map { "\($0) | 1 month ago\nOnly if you rule, \($0) says.\nLike · Reply · 2\n" }
        let page = Splitter().split(Self.article + section.joined(separator: "\n"), source: "p")
        #expect(page.comments.map(\.author) == names)
    }
}
