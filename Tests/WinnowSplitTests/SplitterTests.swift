import Testing
import Foundation
@testable import WinnowSplit

@Suite struct SplitterTests {
    let splitter = Splitter()

    @Test func alternatingAuthorAndCommentLinesAfterTheArticle() {
        let page = """
            The city council approved the new budget on Tuesday after a long debate about transit funding and taxes.
            Councillors said the plan balances spending with the need to repair roads before winter arrives again.© AGENCY
            Clay
            Exactly! This is what we asked for.
            Clay
            And the roads need it badly.
            Second line of the same comment.
            Sheep #5491
            Good post.
            """
        let p = splitter.split(page, source: "p")
        #expect(p.paragraphs.count == 2)
        #expect(p.comments.map(\.author) == ["Clay", "Clay", "Sheep #5491"])
        #expect(p.comments[1].text == "And the roads need it badly.\nSecond line of the same comment.")
        #expect(p.comments[2].text == "Good post.")
    }

    @Test func authorTimestampBodyReplyBlocks() {
        let page = """
            Site Name

            A headline about the harbour plan

            The harbour plan will add a new ferry terminal and a park, officials said on Monday afternoon.

            Construction is expected to start next spring and finish within three years, according to the city.

            2 Comments

            Goober
            5 hours ago
            That's a funny question given the tone of this debate.
            Reply

            Michele K
            1 week ago
            And that's not just about tone.
            Reply

            Most Popular
            Wildfire season expected to start early, officials warn
            Tech giants face new rules on online news
            """
        let p = splitter.split(page, source: "p")
        #expect(p.title == "A headline about the harbour plan")
        #expect(p.comments.map(\.author) == ["Goober", "Michele K"])
        #expect(
            p.comments.map(\.text) == [
                "That's a funny question given the tone of this debate.", "And that's not just about tone."
            ])
        #expect(!p.article.contains("Most Popular"))
    }

    @Test func pageWithRankingListsHasNoComments() {
        let page = """
            Shoppers in the night: How prices fail to connect
            21:22 JST, July 14, 2024
            Cross-border shopping will never be made obsolete; two studies published last week refute hopes for convergence.
            In fact, price levels do affect each other, but imperfectly, and they only fleetingly stay together.
            "Politics" POPULAR ARTICLE
            -
            Province to hire 2,000 more nurses by spring
            -
            Wildfire season expected to start early, officials warn
            -
            JN ACCESS RANKING
            -
            Five things to watch in the federal budget
            """
        let p = splitter.split(page, source: "p")
        #expect(p.comments.isEmpty)
        #expect(p.paragraphs.count == 2)
    }

    @Test func indentedRepliesGetDepthAndParent() {
        let page = """
            The union says its members will walk off the job on Friday if no deal is reached with the city.

            Leah Morrison wrote:
            Split shifts are brutal.
            5 points

                Kevin D wrote:
                They knew the schedule.
                2 points
            """
        let p = splitter.split(page, source: "p")
        #expect(p.comments.count == 2)
        #expect(p.comments[1].depth == 1)
        #expect(p.comments[1].parent == "Leah Morrison")
    }

    static let article = """
        A headline about the harbour plan

        The harbour plan will add a new ferry terminal and a park, officials said on Monday afternoon.

        Construction is expected to start next spring and finish within three years, according to the city.

        """

    /// Facebook's plugin: the author above the comment, a row of controls with its age below.
    @Test func commentsFollowedByAControlRowWithTheirAge() {
        let page =
            SplitterTests.article + """
                3 Comments
                Sort by Most relevant
                Goober
                That's a funny question given the tone of this debate.
                Like · Reply · 3y
                Michele K
                And that's not just about tone.
                Like · Reply · an hour ago
                Sea to the Dea
                Good grief, read the plan before you judge it.
                Like · Reply · 2d
                """
        let p = splitter.split(page, source: "p")
        #expect(p.comments.map(\.author) == ["Goober", "Michele K", "Sea to the Dea"])
        #expect(p.comments[1].text == "And that's not just about tone.")
    }

    /// Old Reddit: "[–] name 12 points 3 hours ago" above the comment, a row of controls
    /// without separators below.
    @Test func authorLinesWithScoresAndControlRowsWithoutSeparators() {
        let page =
            SplitterTests.article + """
                all 2 comments
                [–] Goober 12 points 3 hours ago
                That's a funny question given the tone of this debate.
                permalink embed save report reply
                [–] Michele K 4 points 1 hour ago
                And that's not just about tone.
                permalink embed save report reply
                """
        let p = splitter.split(page, source: "p")
        #expect(p.comments.map(\.author) == ["Goober", "Michele K"])
        #expect(
            p.comments.map(\.text) == [
                "That's a funny question given the tone of this debate.", "And that's not just about tone."
            ])
    }

    /// The date above the author: each timestamp belongs to the comment after it, so a
    /// short comment before the next date is not taken for an author.
    @Test func commentsDatedAboveTheirAuthor() {
        let page =
            SplitterTests.article + """
                Comments
                March 3, 2024
                Goober
                That's a funny question given the tone of this debate.
                2024-05-30T14:02
                Michele K
                Good post.
                Jan 7, 2023 8:18PM
                Sea to the Dea
                Good grief, read the plan before you judge it.
                """
        let p = splitter.split(page, source: "p")
        #expect(p.comments.map(\.author) == ["Goober", "Michele K", "Sea to the Dea"])
        #expect(p.comments[1].text == "Good post.")
    }

    /// Letters-page style: "Name, Place" above the comment, a rating control below each.
    @Test func authorsWithTheirTownAndAControlUnderEveryComment() {
        let page =
            SplitterTests.article + """
                Your views
                Goober, Kingston, Ont.
                That's a funny question given the tone of this debate.
                Click to rate
                windswept, Halifax
                And that's not just about tone.
                Click to rate
                Sea to the Dea, Perth
                Good grief, read the plan before you judge it.
                Click to rate
                Michele K, London
                The ferry has been late every morning this week.
                Click to rate
                """
        let p = splitter.split(page, source: "p")
        #expect(p.comments.map(\.author) == ["Goober", "windswept", "Sea to the Dea", "Michele K"])
        #expect(p.comments.allSatisfy { !$0.text.contains("Click to rate") })
    }

    /// "Name / Toronto / date": the place between author and date is not the author.
    @Test func aPlaceBetweenTheAuthorAndTheDate() {
        let page =
            SplitterTests.article + """
                Readers' Picks
                Goober
                Toronto
                March 3, 2024
                That's a funny question given the tone of this debate.
                Reply
                12 Recommend
                windswept
                Calgary
                2024-05-30
                And that's not just about tone.
                Reply
                3 Recommend
                Sea to the Dea
                Toronto
                Jan 7, 2023
                Good grief, read the plan before you judge it.
                Reply
                7 Recommend
                """
        let p = splitter.split(page, source: "p")
        #expect(p.comments.map(\.author) == ["Goober", "windswept", "Sea to the Dea"])
    }

    /// One comment under a short heading: the heading is not taken for its author.
    @Test func aHeadingAboveASingleComment() {
        let page =
            SplitterTests.article + """
                Comments
                Add comment
                monkey121
                1 day ago
                How about the harbour? Say what you want about the plan, the ferry needs it.
                6 likes
                """
        #expect(splitter.split(page, source: "p").comments.map(\.author) == ["monkey121"])
    }

    /// Letters pages and some blogs sign a comment below it: "— Name, date", "-- Name".
    @Test(arguments: ["— %@, 19 November 2023", "-- %@", "~%@"])
    func commentsSignedBelow(_ signature: String) {
        func signed(_ name: String) -> String { signature.replacingOccurrences(of: "%@", with: name) }
        let page =
            SplitterTests.article + """
                Comments
                That's a funny question given the tone of this debate.
                \(signed("Goober"))
                Good post.
                \(signed("Michele K"))
                Good grief, read the plan before you judge it.
                It is all in the second part.
                \(signed("Sea to the Dea"))
                """
        let p = splitter.split(page, source: "p")
        #expect(p.comments.map(\.author) == ["Goober", "Michele K", "Sea to the Dea"])
        #expect(
            p.comments.map(\.text) == [
                "That's a funny question given the tone of this debate.", "Good post.",
                "Good grief, read the plan before you judge it.\nIt is all in the second part."
            ])
        #expect(p.paragraphs.count == 2)
    }

    /// A readers' responses box of one line each, "Name: comment", after the article; a
    /// reply says whom it answers on a line of its own.
    @Test func oneLineCommentsAndRepliesNamingTheirParent() {
        let page =
            SplitterTests.article + """
                What readers are saying
                Goober: That's a funny question given the tone of this debate.
                windswept: And that's not just about tone, it's the ferry schedule.
                Sea to the Dea: Good grief, read the plan before you judge it.
                Michele K: The ferry has been late every morning this week.
                More from this section
                """
        let p = splitter.split(page, source: "p")
        #expect(p.comments.map(\.author) == ["Goober", "windswept", "Sea to the Dea", "Michele K"])
        #expect(p.comments[0].text == "That's a funny question given the tone of this debate.")
        let replies =
            SplitterTests.article + """
                Comments
                Goober · 5 hours ago
                That's a funny question given the tone of this debate.
                Flag
                windswept · 2 hours ago
                In reply to Goober
                And that's not just about tone.
                Flag
                """
        let r = splitter.split(replies, source: "p")
        #expect(
            r.comments.map(\.text) == [
                "That's a funny question given the tone of this debate.", "And that's not just about tone."
            ])
        #expect(r.comments.last?.parent == "Goober")
    }

    /// A panel's transcript ("Name: ..." lines) whose speakers the article introduced stays
    /// in the article.
    @Test func aTranscriptOfSpeakersTheArticleIntroducedIsNotComments() {
        let page = """
            New year, ancient resolutions

            Peter Stockland is director of the Cardus Centre for Cultural Renewal, a think tank in Ottawa that writes on culture.
            Sheema Khan writes a monthly column for The Globe and Mail and holds a doctorate in chemical physics from Harvard.
            Lorna Dueck has been reporting on Christian practice in Canadian life for the past twenty years and hosts a show.
            Guy Nicholson edits the online Comment page and professes no religious beliefs of his own at all.
            Guy Nicholson: Thanks for joining us today. Which of these words comes closest to a resolution?
            Peter Stockland: Well, I would say they are all part of the same process, so it is hard to pick one out.
            Sheema Khan: I think forgiveness is the closest, in the sense that one seeks forgiveness from God.
            Lorna Dueck: What a great way to start us off, Guy. I think the word confession best suits it.
            Peter Stockland: With perhaps the qualifier, Lorna, that confession requires a concrete act.
            """
        #expect(splitter.split(page, source: "p").comments.isEmpty)
    }

    /// "— Winston Churchill" under a quoted line is the quotation's source, not a comment.
    @Test func quotationSourcesInAnArticleAreNotComments() {
        let page = """
            Why the harbour plan matters

            The harbour plan will add a new ferry terminal and a park, officials said on Monday afternoon.

            "The best time to plant a tree was twenty years ago. The second best time is now."
            — Chinese proverb

            Construction is expected to start next spring and finish within three years, according to the city.

            "We shape our buildings; thereafter they shape us."
            — Winston Churchill

            The mayor said the park would open first, before the terminal, so residents could enjoy it sooner.
            """
        let p = splitter.split(page, source: "p")
        #expect(p.comments.isEmpty)
        #expect(p.paragraphs.contains("— Winston Churchill"))
    }

    /// Hacker News: "name 4 hours ago | next [–]" above, "reply" below; forum posts with
    /// numbering and badge lines around the author.
    @Test func agesBeforeControlsAndForumBadges() {
        let hn =
            SplitterTests.article + """
                Goober 4 hours ago | next [–]
                That's a funny question given the tone of this debate.
                reply
                You Get What You Pay For 35 minutes ago | next [–]
                And that's not just about tone.
                reply
                """
        #expect(splitter.split(hn, source: "p").comments.map(\.author) == ["Goober", "You Get What You Pay For"])
        let forum =
            SplitterTests.article + """
                Replies: 2
                Post #2
                Work At Home Guy
                Posts: 233
                2023-11-19 07:55
                That's a funny question given the tone of this debate.
                Quote
                Post #3
                Michele K
                Posts: 7458
                Apr 2, 2024 9:41 AM
                And that's not just about tone.
                Quote
                """
        #expect(splitter.split(forum, source: "p").comments.map(\.author) == ["Work At Home Guy", "Michele K"])
    }

    @Test(arguments: ["", "\n\n\n", "Reply\nShare", "一行だけ"])
    func degeneratePagesDoNotInventComments(_ text: String) {
        #expect(splitter.split(text, source: "p").comments.isEmpty)
    }

    @Test func explainGivesOneStatePerLine() {
        let lines = splitter.explain("Title here\n\nThe article body is a long sentence that goes on for a while.\n")
        #expect(lines.count == 2)
    }
}

@Suite struct ReplyMarkerTests {
    static let page = """
        Council votes to close the east pool

        The council voted on Tuesday to close the east pool for a year of repairs, a decision
        that surprised swimmers who had campaigned to keep it open through the summer.

        Repairs will cost four million dollars, according to the city's estimate, and the work
        is expected to begin in the autumn once contracts are signed.

        Comments

        Maria Lopez
        We swim there every morning. Where are we supposed to go now?

        %@
        The west pool is open until ten, and the bus stops right outside.
        """

    @Test(arguments: [
        "Tom Reed replied to Maria Lopez", "Tom Reed  Reply to Maria Lopez", "Tom Reed in reply to Maria Lopez",
        "Tom Reed ▸ Maria Lopez", "Tom Reed ► Maria Lopez"
    ])
    func anAuthorLineWithAReplyMarkerNamesTheParent(_ header: String) {
        let text = ReplyMarkerTests.page.replacingOccurrences(of: "%@", with: header)
        let page = Splitter().split(text, source: "p.txt")
        #expect(page.comments.map(\.author) == ["Maria Lopez", "Tom Reed"])
        #expect(page.comments.last?.parent == "Maria Lopez")
    }

    @Test(arguments: ["I replied to your comment", "we reply to everyone who writes in"])
    func aSentenceIsNotAReplyMarker(_ line: String) {
        #expect(LineFeatures.replyMarker(line, line.lowercased()) == nil)
    }
}
