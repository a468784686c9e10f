import Testing

@testable import WinnowSplit

/// Facebook's comments plugin through text browsers: the name runs into the comment's
/// first line and a row of controls closes each comment.
@Suite struct RunInNameTests {
    @Test(arguments: [
        ("Paul45 Although conservatives do have a philosophy", "Paul45"),
        ("G Reid Brown The question is why the right must speak", "G Reid Brown"),
        ("windswept This applies to anyone on the extreme", "windswept"),
        // A common word or a word with punctuation opens the text, not the name.
        ("MHawke The underlying fundamentalism does not allow", "MHawke"),
        ("Lymetime Agreed. It is the prism of belief.", "Lymetime"),
        // Initials and particles stay in the name.
        ("George O. This is a failed vision.", "George O."),
        ("Cassandra from Ottawa Martin has not been much of a booster", "Cassandra from Ottawa")
    ])
    func aNameRunIntoItsTextIsFound(_ line: String, _ name: String) {
        let found = PageLines.runInName(line)
        #expect(found?.name == name)
        #expect(found.map { "\($0.name) \($0.text)" } == line)
    }

    @Test(arguments: [
        "The question is why the right must speak",  // no name: a common word opens it
        "Canada Eyes New Rules For Foreign Workers Coming Next Spring",  // a title
        "Hi"
    ])
    func aLineWithoutARunInNameIsLeftAlone(_ line: String) {
        #expect(PageLines.runInName(line) == nil)
    }

    static let plugin = """
        12 Comments

        Paul45 Although conservatives do have a philosophy, low taxes and small
        government, mostly what their tone is all about is what they are against.
        Like · Reply · 2d
        McQuay24 Good post.
        Like · Reply · 5h
        Cassandra from Ottawa Martin has not been much of a booster and seems to
        be keeping his head down.
        Like · Reply · 1w
        windswept This applies to anyone on the extreme (left or right).
        Like · Reply · 17m
        Facebook Comments Plugin
        """

    @Test func theCommentsPluginsNamesAreReadOffTheirFirstLines() {
        let page = Splitter().split(CommentLayoutTests.article + Self.plugin, source: "p")
        #expect(page.comments.map(\.author) == ["Paul45", "McQuay24", "Cassandra from Ottawa", "windswept"])
        #expect(page.comments.first?.text.hasPrefix("Although conservatives") == true)
    }

    @Test func teasersUnderReadMoreKeepTheirHeadlines() {
        let front = """
            Latest opinion

            Don't write off the Liberals quite yet
            Throughout the long salad days of the Liberal Party of Canada, it stood for things.
            Read more
            Mitt Romney, the best of a bad Republican lot
            Mitt Romney will be that party's nominee for president, for no other reason.
            Read more
            Two years later, a whiff of hope in Haiti
            When I first went to Haiti, before the earthquake, I was surprised.
            Read more
            """
        // "Read more" is no comment's controls: the headlines keep their lines.
        let lines = PageLines(text: CommentLayoutTests.article + front).features.map(\.text)
        #expect(lines.contains("Don't write off the Liberals quite yet"))
        #expect(lines.contains("Mitt Romney, the best of a bad Republican lot"))
    }
}
