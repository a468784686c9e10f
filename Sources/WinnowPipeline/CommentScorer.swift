import WinnowBayes
import WinnowText

/// Scores one comment at a time on one thread: normalizer, buffers and the article
/// profile of the page being scored are reused from comment to comment.
/// `@unchecked Sendable`: handed to worker threads, but each instance is used by one
/// thread at a time (`BatchScorer` gives every slice its own).
public final class CommentScorer: @unchecked Sendable {
    public let model: Model
    public let policy: VerdictPolicy
    private let normalizer: Normalizer
    /// Buffers reused from comment to comment, moved out while a comment is scored: passing
    /// a class's stored property to a function copies it, a retain and release per buffer.
    private var buffers: (tokens: TokenList, scratch: ScoreScratch)? = (TokenList(), ScoreScratch())
    private var articleKey: String?
    private var article = ArticleProfile()
    private let hostileHead: Int?
    private let offtopicHead: Int?
    static let reasonLimit = 3

    public init(model: Model, policy: VerdictPolicy) {
        self.model = model
        self.policy = policy
        normalizer = Normalizer(words: model.words)
        hostileHead = model.heads.firstIndex { $0.label == "hostile" }
        offtopicHead = model.heads.firstIndex { $0.label == "offtopic" }
    }

    /// Sets the article later comments are compared with (nil or empty: none).
    private func setArticle(_ text: String?) throws {
        guard text != articleKey else { return }
        articleKey = text
        guard let text, !text.isEmpty else {
            article = ArticleProfile()
            return
        }
        var (tokens, scratch) = buffers.take() ?? (TokenList(), ScoreScratch())
        defer { buffers = (tokens, scratch) }
        try normalizer.tokenize(text, into: &tokens)
        article = ArticleProfile(tokens: tokens)
    }

    /// The comment's verdict row: scores, verdict, reasons, and what the job carries
    /// along (source, id, author, title); its article is compared with when it has one.
    public func score(_ job: CommentJob) throws -> ScoredComment {
        try setArticle(job.article)
        var scored = try score(job.text, source: job.source, id: job.id, author: job.author)
        scored.title = job.title
        return scored
    }

    private func score(_ text: String, source: String, id: String, author: String) throws -> ScoredComment {
        var (tokens, scratch) = buffers.take() ?? (TokenList(), ScoreScratch())
        defer { buffers = (tokens, scratch) }
        try normalizer.tokenize(text, into: &tokens)
        let heads = model.score(tokens, scratch: &scratch)
        let hostile = policy.adjust(hostileHead.map { heads[$0].probability } ?? 0, "hostile")
        let spam = policy.adjust(offtopicHead.map { heads[$0].probability } ?? 0, "offtopic")
        let relevance = Relevance(tokens: tokens, article: article, model: model)
        let unrelated = article.isEmpty ? 0 : relevance.offTopicProbability
        let spamEvidence = article.isEmpty ? spam : CommentScorer.confidentSpam(spam)
        // Noisy-OR: off-topic when it is spam, or when it is unrelated to the article.
        let offtopic = 1 - (1 - spamEvidence) * (1 - unrelated)
        let verdict = policy.verdict([("hostile", hostile), ("offtopic", offtopic)])
        let reasons = explain(scratch, hostile: hostile, spam: spamEvidence, unrelated: unrelated)
        return ScoredComment(
            source: source, id: id, author: author, verdict: verdict,
            hostile: hostile, offtopic: offtopic, reasons: reasons, text: text)
    }

    /// With an article, the spam class counts only past even odds, rescaled to [0, 1]: the
    /// spam class is learnt from YouTube, and on news comments its middling scores are
    /// noise beside the article's own evidence (Models/README.md, "Off-topic").
    static func confidentSpam(_ p: Double) -> Double { max(0, (p - 0.5) / 0.5) }

    /// "hostile: idiot, shut up; spam: <url>, subscribe; no overlap with article", built in
    /// place (one string per comment, not one per part).
    private func explain(_ scratch: ScoreScratch, hostile: Double, spam: Double, unrelated: Double) -> String {
        var reasons = ""
        func part(_ text: String) {
            if !reasons.isEmpty { reasons += "; " }
            reasons += text
        }
        func tokens(_ head: Int?, _ label: String, _ p: Double) {
            guard let head, p >= 0.4 else { return }
            let evidence = model.evidence(scratch, head: head, limit: CommentScorer.reasonLimit)
            guard !evidence.isEmpty else { return }
            part(label)
            for (k, e) in evidence.enumerated() {
                reasons += k == 0 ? ": " : ", "
                reasons += e.name
            }
        }
        tokens(hostileHead, "hostile", hostile)
        tokens(offtopicHead, "spam", spam)
        if unrelated >= 0.5 { part("no overlap with article") }
        return reasons
    }
}
