import Testing
@testable import WinnowBayes
import WinnowText

@Suite struct RelevanceTests {
    func tokens(_ text: String) throws -> TokenList { try TinyCorpus.tokens(text) }

    /// The comment against `article` alone, as a scorer weighs a job no indexer has seen.
    func alone(tokens: TokenList, article: Discussions, model: Model) -> Relevance {
        Relevance(tokens: tokens, discussion: 0, of: article, model: model, member: false)
    }

    /// Document frequency comes from the counts of every class (all labels, all domains).
    @Test func documentFrequencyCountsCommentsAcrossAllClasses() throws {
        let model = try TinyCorpus.trainer(options: TinyCorpus.options).finish()
        let expected = TinyCorpus.rows.filter { $0.0.split(separator: " ").contains("the") }.count
        #expect(model.background.documentFrequency(FeatureHash.string("the")) == Double(expected))
        #expect(model.background.documentFrequency(FeatureHash.string("zyzzyva")) == 0)
    }

    @Test func sharedRareWordsMakeACommentRelevant() throws {
        let model = try TinyCorpus.trainer(options: TinyCorpus.options).finish()
        let article = Discussions(
            article: try tokens(
                String(
                    repeating:
                        "The ferry terminal expansion on Harbour Street was approved by council. ", count: 30)))
        let related = alone(
            tokens: try tokens("The ferry terminal on Harbour Street needs this expansion"), article: article,
            model: model)
        let unrelated = alone(
            tokens: try tokens(
                "Bitcoin giveaway tonight, crypto wallets, lottery tickets, casino bonuses, diet pills and cheap watches for everyone"
            ), article: article, model: model)
        #expect(related.logRatio > unrelated.logRatio)
        #expect(related.offTopicProbability < 0.2)
        #expect(unrelated.offTopicProbability > 0.5)
    }

    @Test func shortGenericCommentsAreNotEvidence() throws {
        let model = try TinyCorpus.trainer(options: TinyCorpus.options).finish()
        let article = Discussions(article: try tokens("The ferry terminal expansion was approved by council."))
        let p = alone(tokens: try tokens("Great article!"), article: article, model: model)
            .offTopicProbability
        #expect(p < 0.5)
    }

    @Test func noArticleMeansNoRelevanceEvidence() throws {
        let model = try TinyCorpus.trainer(options: TinyCorpus.options).finish()
        let r = alone(
            tokens: try tokens("anything at all"), article: Discussions(article: TokenList()), model: model)
        #expect(r.logRatio == 0 && r.informative == 0)
    }

    /// A headline says little about which words comments will use: missing words weigh less.
    @Test func wordsMissingFromAShortArticleAreWeakEvidence() throws {
        let model = try TinyCorpus.trainer(options: TinyCorpus.options).finish()
        let comment = try tokens("The budget hearing ran late and the mayor answered questions from residents")
        let headline = Discussions(article: try tokens("Ferry fares rise in April"))
        let long = Discussions(
            article: try tokens(String(repeating: "Ferry fares rise in April as the terminal expands. ", count: 40)))
        let short = alone(tokens: comment, article: headline, model: model).offTopicProbability
        let full = alone(tokens: comment, article: long, model: model).offTopicProbability
        #expect(short < full)
        #expect(short < 0.5)
    }
}
