import Testing

@testable import WinnowSplit

/// A forum's table rows as html2text writes them: the post's date cell runs into its text,
/// and its buttons end its last line.
@Suite struct ForumRowTests {
    @Test(arguments: [
        ("Good post. Quote Top", ["Good post.", "Quote Top"]),
        ("Open your mind. Reply Share Report", ["Open your mind.", "Reply Share Report"]),
        // One word, or no sentence's end before the controls: the line's own words.
        ("I agree with you. Reply", ["I agree with you. Reply"]),
        ("You should read the top post", ["You should read the top post"]),
        ("Nobody here will like or share", ["Nobody here will like or share"])
    ])
    func controlsEndingAPostAreReadApart(_ line: String, _ expected: [String]) {
        #expect(PageLines.trailingControlsApart(line) == expected)
    }

    @Test(arguments: [
        (
            "Posted: Tue Jan 14, 2023 6:18 pmThe question is why.",
            ["Posted: Tue Jan 14, 2023 6:18 pm", "The question is why."]
        ),
        (
            "Joined: 2019 | Posted: May 6, 2024 9:21AM\"Quoted\" text",
            ["Joined: 2019 | Posted: May 6, 2024 9:21AM", "\"Quoted\" text"]
        ),
        ("We met at 9:21 am and it was amazing", ["We met at 9:21 am and it was amazing"]),
        ("The train left at 10:15 amid the snow.", ["The train left at 10:15 amid the snow."])
    ])
    func aTimeRunIntoTheTextIsReadApart(_ line: String, _ expected: [String]) {
        #expect(PageLines.timeApart(line) == expected)
    }

    @Test func forumPostsWithTheirButtonsOnTheLastLineAreComments() {
        let rows = zip(
            CommentLayoutTests.three, [CommentLayoutTests.funny, CommentLayoutTests.tone, "Good grief, what a debate."]
        )
        .enumerated().map { i, row in
            "\(row.0)\nPosts: \(120 + i)\nJoined: 2019 | Posted: Tue Jan 14, 2023 6:1\(i) pm\(row.1) Quote Top"
        }
        let page = Splitter().split(
            CommentLayoutTests.article + "Author| Message\n" + rows.joined(separator: "\n"), source: "p")
        #expect(page.comments.map(\.author) == CommentLayoutTests.three)
        #expect(page.comments.first?.text == CommentLayoutTests.funny)
    }
}
