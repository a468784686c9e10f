#if canImport(Glibc)
    import Glibc
#else
    import Darwin
#endif
import WinnowText

/// How much a comment's words speak for its article, in the naive Bayes spirit.
///
/// Each distinct comment word `w` adds `log(λ·P(w | article) / P(w) + 1 - λ)`: the
/// likelihood ratio of "drawn from a mix of this article and ordinary language" against
/// "ordinary language" alone, with `P(w)` from the model's document frequencies. Common
/// words score near zero whatever the article, so a short generic comment ("Great
/// article!") gives little evidence either way; shared rare words give a lot.
public struct Relevance: Sendable {
    /// Weight of the article in the on-topic mixture, for a long article.
    static let lambda = 0.3
    /// Article length (tokens) at which the weight is half of `lambda`: a headline and a
    /// sentence cannot say which words a comment on it would use, so a word missing from
    /// it is weak evidence, while a word it shares still counts.
    static let halfLength = 150.0

    public var logRatio: Double = 0
    /// Comment words that carry information (not placeholders, not stop-like).
    public var informative = 0

    static func isPlaceholder(_ tokens: TokenList, _ i: Int) -> Bool {
        let r = tokens.range(at: i)
        return tokens.bytes[r.lowerBound] == UInt8(ascii: "<")
    }

    /// Scores the comment `tokens` against `article` with background frequencies of `model`.
    public init(tokens: TokenList, article: ArticleProfile, model: Model) {
        guard !article.isEmpty else { return }
        let n = max(model.counts.documents.reduce(0, +), 1)
        let wordsPerDocument = max(model.background.tokensPerDocument, 1)
        let lambda = Relevance.lambda * Double(article.total) / (Double(article.total) + Relevance.halfLength)
        var seen = Set<UInt64>()
        for i in 0..<tokens.count where !Relevance.isPlaceholder(tokens, i) {
            let h = tokens.hash(at: i)
            guard seen.insert(h).inserted else { continue }
            let df = model.background.documentFrequency(h)
            // Very common words (in over 2 % of comments) say nothing about topic.
            guard df / n < 0.02 else { continue }
            informative += 1
            let pBackground = (df + 0.5) / (n + 1) / wordsPerDocument
            let pArticle = Double(article.counts[h] ?? 0) / Double(article.total)
            let r = log(lambda * pArticle / pBackground + 1 - lambda)
            logRatio += r
        }
    }

    /// Probability that the comment is unrelated to the article. Each informative word
    /// absent from the article adds log(1 − λ) ≈ −0.36, each shared one adds a lot. The
    /// mapping is set by that arithmetic, not fitted to an evaluation set: a short generic
    /// comment ("Great article!", log ratio near 0) gets 0.27, no evidence either way; eight
    /// informative words and none shared (≈ −2.9) about 0.6; fifteen (≈ −5.4) about 0.85.
    public var offTopicProbability: Double {
        Calibration.sigmoid(-(logRatio + 2.0) * 0.5)
    }
}
