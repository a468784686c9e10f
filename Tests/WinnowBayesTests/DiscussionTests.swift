import Testing
@testable import WinnowBayes
import WinnowText

@Suite struct DiscussionTests {
    func tokens(_ text: String) throws -> TokenList { try TinyCorpus.tokens(text) }

    static let ferryArticle = String(
        repeating: "The ferry terminal expansion on Harbour Street was approved by council. ", count: 80)
    static let ferryThread = [
        "The ferry terminal queues are already long on weekends",
        "Harbour Street traffic will be worse with the expansion",
        "Council approved the terminal without asking the ferry riders"
    ]
    static let electionArticle = String(
        repeating: "The mayoral election campaign turned on ballots, polling stations and turnout. ", count: 80)
    static let electionThread = [
        "Polling stations closed early and the ballots ran out",
        "Turnout was low because the campaign ignored young voters",
        "The mayoral candidates never debated the ballots question"
    ]
    static let moved = "The ballots ran out at the polling stations before turnout was counted"

    /// Discussions of (title, article, thread comments), in order.
    func discussions(_ specs: [(String, String?, [String])]) throws -> Discussions {
        var builder = DiscussionsBuilder()
        for (title, article, comments) in specs {
            let d = builder.add(title: title, article: try article.map(tokens))
            for c in comments { builder.add(comment: try tokens(c), to: d) }
        }
        return builder.finish()
    }

    /// Two discussions; `moved` is the last comment of the ferry thread when `movedToFerry`.
    func discussions(movedToFerry: Bool) throws -> Discussions {
        try discussions([
            (
                "Ferry terminal approved", DiscussionTests.ferryArticle,
                DiscussionTests.ferryThread + (movedToFerry ? [DiscussionTests.moved] : [])
            ),
            (
                "Election night", DiscussionTests.electionArticle,
                DiscussionTests.electionThread + (movedToFerry ? [] : [DiscussionTests.moved])
            )
        ])
    }

    @Test func aCommentThatReadsLikeAnotherDiscussionIsOffTopicWhereItSits() throws {
        let model = try TinyCorpus.trainer(options: TinyCorpus.options).finish()
        let comment = try tokens(DiscussionTests.moved)
        let misplaced = Relevance(tokens: comment, discussion: 0, of: try discussions(movedToFerry: true), model: model)
        let home = Relevance(tokens: comment, discussion: 1, of: try discussions(movedToFerry: false), model: model)
        #expect(misplaced.contrast > 0)
        #expect(home.contrast == 0)
        #expect(misplaced.offTopicProbability > 0.5)
        #expect(home.offTopicProbability < 0.2)
        #expect(misplaced.elsewhere?.discussion == 1)
        #expect(misplaced.elsewhere?.words.contains("ballots") == true)
    }

    @Test func theContrastOnlyEverAddsOffTopicEvidence() throws {
        let model = try TinyCorpus.trainer(options: TinyCorpus.options).finish()
        let set = try discussions(movedToFerry: true)
        let comment = try tokens(DiscussionTests.ferryThread[0])
        let withOthers = Relevance(tokens: comment, discussion: 0, of: set, model: model)
        let alone = Relevance(
            tokens: comment, discussion: 0,
            of: try discussions([
                (
                    "Ferry terminal approved", DiscussionTests.ferryArticle,
                    DiscussionTests.ferryThread + [DiscussionTests.moved]
                )
            ]), model: model)
        #expect(withOthers.contrast == 0)
        #expect(withOthers.logRatio == alone.logRatio)
    }

    /// Three comments do not say what a thread is about: that a comment moved into the other
    /// thread shares a genuine comment's words must not flag the genuine one.
    @Test func smallThreadsAreComparedOnlyLightly() throws {
        let model = try TinyCorpus.trainer(options: TinyCorpus.options).finish()
        let set = try discussions([
            ("ferry", nil, DiscussionTests.ferryThread + [DiscussionTests.moved]),
            ("election", nil, DiscussionTests.electionThread)
        ])
        let genuine = Relevance(
            tokens: try tokens(DiscussionTests.electionThread[0]), discussion: 1, of: set, model: model)
        #expect(genuine.contrast > 0)
        #expect(genuine.offTopicProbability < 0.5)
        #expect(genuine.elsewhere == nil)
    }

    /// A thread with no article: its words are its comments' words, less the comment's own.
    @Test func aCommentCannotVouchForItself() throws {
        let model = try TinyCorpus.trainer(options: TinyCorpus.options).finish()
        let lone = "Zeppelin hangar acoustics baffle every orchestra conductor"
        let set = try discussions([("t", nil, DiscussionTests.ferryThread + [lone])])
        let r = Relevance(tokens: try tokens(lone), discussion: 0, of: set, model: model)
        let onTopic = Relevance(
            tokens: try tokens(DiscussionTests.ferryThread[1]), discussion: 0, of: set, model: model)
        #expect(r.logRatio < 0)
        #expect(onTopic.logRatio > r.logRatio)
    }

    @Test func aDiscussionWithoutArticleIsItsThread() throws {
        let set = try discussions([("t", nil, ["ferry ferry terminal", "ferry queues"])])
        let ferry = FeatureHash.string("ferry")
        #expect(set.items[0].threadTotal == 4)  // each comment counts a word once
        #expect(set.share(ferry, 0) == 0.5)
        #expect(set.share(ferry, 0, leaving: 2, ownCount: 1) == 0.5)  // without "ferry queues"
        #expect(!set.items[0].hasArticle)
    }

    @Test func anArticleAndItsThreadMixWithTheThreadWeighedByItsSize() throws {
        let set = try discussions([("t", "ferry terminal", ["queues"])])
        let mu = Relevance.threadShare * Relevance.known(1)
        #expect(abs(set.share(FeatureHash.string("ferry"), 0) - (1 - mu) * 0.5) < 1e-12)
        #expect(abs(set.share(FeatureHash.string("queues"), 0) - mu) < 1e-12)
        // Without the comment, the thread is empty: the article alone.
        #expect(set.share(FeatureHash.string("ferry"), 0, leaving: 1, ownCount: 0) == 0.5)
    }

    @Test func aWordPointsToAtMostALimitedNumberOfDiscussions() throws {
        let set = try discussions(
            (0..<(Discussions.postingLimit + 5)).map { k in
                ("\(k)", nil, ["ferry " + String(repeating: "filler\(k) ", count: k)])
            })
        let word = try #require(set.word(FeatureHash.string("ferry")))
        let list = set.postings(word: word.number).map { set.posting($0).discussion }
        #expect(list.count == Discussions.postingLimit)
        // Kept where the word is the largest share: the shortest threads.
        #expect(list.sorted() == Array(0..<Discussions.postingLimit))
    }
}
