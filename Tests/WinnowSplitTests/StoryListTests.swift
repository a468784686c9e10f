import Testing
@testable import WinnowSplit

/// Pages whose lines look like comments but are not: section fronts, teasers cut short,
/// lists of stories under an article or under its comments.
@Suite struct StoryListTests {
    let splitter = Splitter()

    /// A section front's stories (a headline, its age, its teaser) are not comments.
    @Test func aListOfHeadlinesWithAgesAndTeasersHasNoComments() {
        let article = (0..<4).map { _ in "This is a paragraph of the article with enough words to count as prose here."
        }
        let stories = [
            ("Council approves protected bike lanes on Harbour Street", "3 hours ago"),
            ("Ferry fares to rise ten percent in May", "2 days ago"),
            ("Library extends weekend hours at three branches", "1 week ago")
        ].flatMap { [$0.0, $0.1, "You will find the details of the plan in the city's report, which we read."] }
        let page = "A headline\n\n" + (article + ["", "Latest news", ""] + stories).joined(separator: "\n")
        #expect(Splitter().split(page, source: "p").comments.isEmpty)
    }

    /// Stories with short headlines and bylines whose teasers stop at an ellipsis ("…",
    /// "...", WordPress's "[…]") are not comments either; a reader's comment may end so.
    @Test(arguments: ["…", "...", " […]"])
    func teasersCutShortAreNotComments(_ ellipsis: String) {
        let stories = ["Fares rise", "Library hours", "Bridge reopens", "Pool closes"].flatMap {
            [
                "", "\($0)", "By Staff | 2 hours ago",
                "The city says you will see the change this spring, and we have the details of the" + ellipsis
            ]
        }
        let page = "Latest\n\nMost popular\n" + stories.joined(separator: "\n")
        #expect(splitter.split(page, source: "p").comments.isEmpty)
        let said = ["ann": "I agree with you...", "bo": "I think so too.", "cy": "You are right!"]
        let comments = ["", "Comments", ""] + ["ann", "bo", "cy"].flatMap { ["", $0, "2 hours ago", said[$0] ?? ""] }
        let article = "A headline\n\n" + String(repeating: "This is a paragraph of the article here. ", count: 5)
        #expect(splitter.split(article + "\n" + comments.joined(separator: "\n"), source: "p").comments.count == 3)
    }

    /// Teasers stopped at a length, mid-sentence and without a mark, under headlines of a
    /// few words: a section front's stories, not comments.
    @Test func teasersStoppedMidSentenceAreNotComments() {
        let stories = [
            ("Fares rise", "The ferry corporation says riders will pay more from May, and the"),
            ("Library hours", "Three branches will open on Sundays this winter, the board said,"),
            ("Bridge reopens", "Crews finished the deck two weeks early, but drivers should expect delays on"),
            ("Pool closes", "The east-end pool needs a new roof, and the city has not yet found the")
        ].flatMap { ["", $0.0, "2 hours ago", $0.1] }
        let page = "Latest\n\nMost popular\n" + stories.joined(separator: "\n")
        #expect(splitter.split(page, source: "p").comments.isEmpty)
    }

    /// An article without comments, its related stories listed with their ages or bylines:
    /// headlines, not comments.
    @Test(arguments: [["2 hours ago", "1 day ago"], ["Staff | May 1, 2024", "Jane Doe | Apr 30, 2024"]])
    func storiesListedUnderAnArticleAreNotComments(_ under: [String]) {
        let article = (1...3).map { _ in
            "The ferry corporation raised fares again this spring, and riders call the increase steep."
        }
        let stories = [
            "Library extends weekend hours", "Storm warning for the coast tonight",
            "Council approves bike lanes on Harbour Street", "Mayor defends budget at town hall"
        ]
        let list = stories.enumerated().flatMap { ["", $0.element, under[$0.offset % 2]] }
        let page =
            (["Ferry fares rise", ""] + article.flatMap { [$0, ""] } + ["Comments are closed.", "", "More from News"]
            + list + ["", "Contact us", "Privacy policy"]).joined(separator: "\n")
        #expect(splitter.split(page, source: "p").comments.isEmpty)
    }

    /// Related stories listed under the comments ("More from News": headline, age) are not
    /// more comments.
    @Test func storiesListedAfterTheCommentsAreNotComments() {
        let article = (1...3).map { _ in
            "The ferry corporation raised fares again this spring, and riders call the increase steep."
        }
        let said = [("Ann Lee", "I pay twice a day, this hurts."), ("Bo Chan", "Still cheaper than the bridge toll!")]
        let comments = said.flatMap { ["", $0.0, "3 hours ago", $0.1, "Reply"] }
        let list = [
            "Library extends weekend hours", "Storm warning for the coast tonight",
            "Council approves bike lanes on Harbour Street"
        ].flatMap { ["", $0, "2 hours ago"] }
        let page =
            (["Ferry fares rise", ""] + article.flatMap { [$0, ""] } + ["2 Comments"] + comments
            + ["", "More from News"] + list + ["", "Contact us"]).joined(separator: "\n")
        #expect(splitter.split(page, source: "p").comments.map(\.author) == said.map(\.0))
    }
}
