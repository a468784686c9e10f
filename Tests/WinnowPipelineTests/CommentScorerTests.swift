import Testing
@testable import WinnowPipeline

@Suite struct CommentScorerTests {
    /// Under an article the spam class adds to off-topic only past even odds.
    @Test(arguments: [(0.0, 0.0), (0.3, 0.0), (0.5, 0.0), (0.75, 0.5), (1.0, 1.0)])
    func spamCountsBesideAnArticleOnlyWhenConfident(_ spam: Double, _ evidence: Double) {
        #expect(abs(CommentScorer.confidentSpam(spam) - evidence) < 1e-12)
    }
}
