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

    /// Thousands of one-line comments cost one pass, not one per line (a page of 20,000 took
    /// 47 s before).
    @Test(.timeLimit(.minutes(1))) func aLongRunOfOneLineCommentsIsSplitInOnePass() {
        let article = (0..<40).map { _ in "This is a paragraph of the article with enough words to count as prose here."
        }
        // Comments that read as people's words (`CommentCues`): a page has no other cue here.
        let comments = (0..<3000).map { "User\($0 % 997): I think this is one line comment number \($0) with words." }
        let page = Splitter().split(
            "A headline about the harbour\n\n" + (article + comments).joined(separator: "\n"), source: "p")
        #expect(page.comments.count == 3000)
        #expect(page.comments.first?.author == "User0")
    }

    /// A page of thousands of comments keeps its article and every comment: reading the
    /// first third of such a page as its preamble once paid (the article and 886 comments lost).
    @Test func aPageOfThousandsOfCommentsKeepsItsArticle() {
        let article = (0..<40).map { _ in "This is a paragraph of the article with enough words to count as prose here."
        }
        let comments = (0..<3000).flatMap {
            ["User\($0 % 997)", "I think this is one line comment number \($0) with words"]
        }
        let page = Splitter().split(
            "A headline about the harbour\n\n" + (article + comments).joined(separator: "\n"), source: "p")
        #expect(page.paragraphs.count == 40)
        #expect(page.comments.count == 3000)
    }

    /// A reference page's headings above paragraphs are not comments; the same blocks under
    /// a "Comments" heading, or written as people write, are.
    @Test func headingsAboveParagraphsAreCommentsOnlyWithTheSignsOfAComments() {
        let article = (0..<6).map { _ in "This is a paragraph of the article with enough words to count as prose here."
        }
        let blocks = [
            "napi_status", "Returns the status of the last call made to the engine.", "napi_extended_error_info",
            "Holds the details of an error that the engine reported.", "napi_env",
            "Represents the context of the engine."
        ]
        let reference = "A headline about the engine\n\n" + (article + blocks).joined(separator: "\n")
        #expect(Splitter().split(reference, source: "p").comments.isEmpty)
        let headed =
            "A headline about the engine\n\n" + (article + ["", "3 Comments", ""] + blocks).joined(separator: "\n")
        #expect(Splitter().split(headed, source: "p").comments.count == 3)
        let spoken = blocks.enumerated().map { $0.offset % 2 == 1 ? "I think \($0.element.lowercased())" : $0.element }
        #expect(
            Splitter().split("A headline\n\n" + (article + spoken).joined(separator: "\n"), source: "p").comments.count
                == 3)
    }

    /// A display name above its handle ("Name / @name / · / 3h") is the author, and a
    /// subject line repeated above each post ("Re: Ferry fares") is no one's words.
    @Test func handlesUnderNamesAndRepeatedSubjectsAreNotAuthorsOrText() {
        let article =
            "Ferry fares\n\n"
            + Array(
                repeating: "The ferry corporation raised fares again this spring, and riders call it steep.", count: 3
            )
            .joined(separator: "\n\n")
        let said = [
            ("Ann Lee", "I pay twice a day, this hurts."), ("Bo Chan", "Still cheaper than the bridge toll!"),
            ("Cy Diaz", "Why not a monthly pass for riders?")
        ]
        let tweets = said.flatMap {
            ["", $0.0, "@" + $0.0.replacingOccurrences(of: " ", with: "").lowercased(), "·", "3h", $0.1]
        }
        let a = splitter.split(article + "\n\n3 Comments\n" + tweets.joined(separator: "\n"), source: "p").comments
        #expect(a.map(\.author) == said.map(\.0))
        let posts = said.flatMap { ["", "Re: Ferry fares", $0.0, "Mar 3, 2024", $0.1] }
        let b = splitter.split(article + "\n\nDiscussion\n" + posts.joined(separator: "\n"), source: "p").comments
        #expect(b.map(\.text) == said.map(\.1))
    }

    /// Cards that show the comment first and its author under it, with the controls
    /// ("The text. / Name 2h ago ♥ 52 Reply"): each author goes with the text above.
    @Test func authorsUnderTheirCommentsWithTheControlsSignThem() {
        let article = (1...3).map { _ in
            "The ferry corporation raised fares again this spring, and riders call the increase steep."
        }
        let said = [
            ("Ann Lee", "I pay twice a day, this hurts."), ("Bo Chan", "Still cheaper than the bridge toll!"),
            ("Cy Diaz", "Why not a monthly pass for riders?")
        ]
        let cards = said.flatMap { ["", $0.1, "\($0.0) 2h ago ♥ 12 Reply"] }
        let page =
            (["Ferry fares rise", ""] + article.flatMap { [$0, ""] } + ["What our readers think"] + cards
            + ["", "Related stories", "Contact us"]).joined(separator: "\n")
        let comments = splitter.split(page, source: "p").comments
        #expect(comments.map(\.author) == said.map(\.0))
        #expect(comments.map(\.text) == said.map(\.1))
    }

    /// "Name / Toronto · 5h ago": the place and age under the name, the place recurring
    /// under other names, are not the author.
    @Test func aPlaceWithTheAgeUnderTheNameIsNotTheAuthor() {
        let article = (1...3).map { _ in
            "The ferry corporation raised fares again this spring, and riders call the increase steep."
        }
        let said = [("Ann Lee", "Toronto"), ("Bo Chan", "Halifax"), ("Cy Diaz", "Toronto"), ("Di Fox", "Halifax")]
        let comments = said.flatMap {
            ["", $0.0, "\($0.1) · 2h ago", "I read the piece and I think \($0.0) is right.", "Reply"]
        }
        let page = (["Ferry fares rise", ""] + article.flatMap { [$0, ""] } + ["Comments"] + comments)
            .joined(separator: "\n")
        #expect(splitter.split(page, source: "p").comments.map(\.author) == said.map(\.0))
    }

    /// "Other said:" under an author line with its date, on its line or the next, quotes the
    /// comment answered: it is the parent, not the author.
    @Test(arguments: [["Bo Chan 1 hour ago"], ["Bo Chan", "1 hour ago"]])
    func aQuotedAuthorUnderTheAuthorLineIsTheParent(_ authorLines: [String]) {
        let article = (1...3).map { _ in
            "The ferry corporation raised fares again this spring, and riders call the increase steep."
        }
        let posts =
            [
                "", "Ann Lee 2 hours ago", "I pay twice a day, this hurts.", "Reply",
                ""
            ] + authorLines + ["Ann Lee said:", "Still cheaper than the bridge toll!", "Reply"]
        let page = (["Ferry fares rise", ""] + article.flatMap { [$0, ""] } + ["Comments"] + posts).joined(
            separator: "\n")
        let comments = splitter.split(page, source: "p").comments
        #expect(comments.map(\.author) == ["Ann Lee", "Bo Chan"])
        #expect(comments.last?.text == "Still cheaper than the bridge toll!")
        #expect(comments.last?.parent == "Ann Lee")
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

    /// A handle is one lowercase word: either side may be one.
    @Test(arguments: [
        ("jsmith42 replied to Tom Reed", "jsmith42", "Tom Reed"), ("Tom Reed ▸ sunnyday", "Tom Reed", "sunnyday"),
        ("sunnyday  Reply to jsmith42", "sunnyday", "jsmith42")
    ])
    func aHandleOnEitherSideOfAReplyMarkerIsAName(_ line: String, _ name: String, _ parent: String) {
        let reply = LineFeatures.replyMarker(line, line.lowercased())
        #expect(reply?.name == name && reply?.parent == parent)
    }

    @Test(arguments: [
        "I replied to your comment", "we reply to everyone who writes in", "she replied to the council",
        "everyone replied to it"
    ])
    func aSentenceIsNotAReplyMarker(_ line: String) {
        #expect(LineFeatures.replyMarker(line, line.lowercased()) == nil)
    }
}
