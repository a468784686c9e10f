import WinnowBayes
import WinnowText

/// Scores one comment at a time on one thread: normalizer, buffers and the article
/// profile of the page being scored are reused from comment to comment.
/// `@unchecked Sendable`: handed to worker threads, but each instance is used by one
/// thread at a time (`BatchScorer` gives every slice its own).
public final class CommentScorer: @unchecked Sendable {
    public let model: Model
    public let policy: VerdictPolicy
    /// The labels scored and their columns.
    public let columns: VerdictColumns
    private let normalizer: Normalizer
    private let familiar: FamiliarWords
    /// Buffers reused from comment to comment, moved out while a comment is scored: passing
    /// a class's stored property to a function copies it, a retain and release per buffer.
    private var buffers: (tokens: TokenList, scratch: ScoreScratch)? = (TokenList(), ScoreScratch())
    /// The last article met without a discussion, alone as one (`score`), and its text.
    private var lone: (article: String?, discussions: Discussions?)
    /// Per column label, the model's head that scores it.
    private let heads: [Int?]
    /// Per column label, the policy's thresholds.
    private let thresholds: [(reject: Double, review: Double)]
    private let hasBaseRates: Bool
    static let reasonLimit = 3
    static let offtopicColumn = 1

    public init(model: Model, policy: VerdictPolicy) {
        self.model = model
        self.policy = policy
        normalizer = Normalizer(words: model.words)
        familiar = FamiliarWords(words: model.words)
        columns = VerdictColumns(modelLabels: model.heads.map { Label($0.label) })
        heads = columns.labels.map { label in model.heads.firstIndex { $0.label == label.rawValue } }
        hasBaseRates = !policy.baseRates.isEmpty
        thresholds = columns.labels.map { (policy.rejectThreshold($0.rawValue), policy.reviewThreshold($0.rawValue)) }
    }

    /// The article `text` as a discussion of its own, without thread (nil or empty: none),
    /// for a job that no `DiscussionIndexer` has seen; made once per article in a row.
    private func alone(_ text: String?) throws -> Discussions? {
        guard text != lone.article else { return lone.discussions }
        lone = (text, nil)
        guard let text, !text.isEmpty else { return nil }
        var (tokens, scratch) = buffers.take() ?? (TokenList(), ScoreScratch())
        defer { buffers = (tokens, scratch) }
        try normalizer.tokenize(text, into: &tokens)
        let discussions = Discussions(article: tokens)
        // An article of no words (placeholders only) is no article.
        lone.discussions = discussions.items[0].hasArticle ? discussions : nil
        return lone.discussions
    }

    /// The comment's verdict row: scores, verdict, reasons, and what the job carries
    /// along (source, id, author, title); its article is compared with when it has one.
    public func score(_ job: CommentJob) throws -> ScoredComment {
        // A job no indexer has seen is weighed against its article alone, as a discussion
        // it is not part of.
        let discussion =
            try job.discussion.map { ($0.set, $0.index, true) } ?? alone(job.article).map { ($0, 0, false) }
        var scored = try score(job.text, source: job.source, id: job.id, author: job.author, discussion)
        (scored.title, scored.parent, scored.created, scored.status) = (job.title, job.parent, job.created, job.status)
        return scored
    }

    private func score(
        _ text: String, source: String, id: String, author: String,
        _ discussion: (set: Discussions, index: Int, member: Bool)?
    ) throws -> ScoredComment {
        var (tokens, scratch) = buffers.take() ?? (TokenList(), ScoreScratch())
        defer { buffers = (tokens, scratch) }
        try normalizer.tokenize(text, into: &tokens)
        let probabilities = model.score(tokens, scratch: &scratch)
        var scores = [Double](repeating: .nan, count: heads.count)
        for (c, head) in heads.enumerated() {
            guard let head else { continue }
            let p = probabilities[head].probability
            scores[c] = hasBaseRates ? policy.adjust(p, columns.labels[c].rawValue) : p
        }
        // Off-topic: spam (the offtopic head), or unrelated to the article (noisy-OR).
        let spam = scores[CommentScorer.offtopicColumn]
        var spamEvidence = spam, unrelatedReason: String?
        if let (set, index, member) = discussion {
            let relevance = Relevance(tokens: tokens, discussion: index, of: set, model: model, member: member)
            let unrelated = relevance.offTopicProbability
            // Beside a thread alone (no article), the spam class keeps its whole range: on a
            // video's comments the thread is often half spam, and only the class tells them apart.
            spamEvidence = spam.isNaN ? 0 : set.items[index].hasArticle ? CommentScorer.confidentSpam(spam) : spam
            scores[CommentScorer.offtopicColumn] = 1 - (1 - spamEvidence) * (1 - unrelated)
            if unrelated >= 0.5 { unrelatedReason = CommentScorer.unrelatedReason(relevance, set, index) }
        }
        var verdict = self.verdict(scores)
        var reasons = explain(scratch, scores: scores, spam: spamEvidence)
        if let unrelatedReason {
            if !reasons.isEmpty { reasons += "; " }
            reasons += unrelatedReason
        }
        // Scores of a language the model never learnt say little: a person should look.
        if let unfamiliar = familiar.unfamiliar(tokens, text: text) {
            if verdict == Verdict.approve.rawValue { verdict = Verdict.review.rawValue }
            if !reasons.isEmpty { reasons += "; " }
            reasons += unfamiliar
        }
        return ScoredComment(
            source: source, id: id, author: author, verdict: verdict, scores: scores, reasons: reasons, text: text)
    }

    /// The policy's verdict, from thresholds looked up once per column rather than per
    /// comment (no array per comment on the scoring path).
    private func verdict(_ scores: [Double]) -> String {
        var reject = false, review = false
        for (c, p) in scores.enumerated() where !p.isNaN {
            reject = reject || p >= thresholds[c].reject
            review = review || p >= thresholds[c].review
        }
        return (reject ? Verdict.reject : review ? Verdict.review : Verdict.approve).rawValue
    }

    /// With an article, the spam class counts only past even odds, rescaled to [0, 1]: the
    /// spam class is learnt from YouTube, and on news comments its middling scores are
    /// noise beside the article's own evidence (Models/README.md, "Off-topic").
    static func confidentSpam(_ p: Double) -> Double { max(0, (p - 0.5) / 0.5) }

    /// "hostile: idiot, shut up; spam: <url>, subscribe", built in
    /// place (one string per comment, not one per part): each head's strongest features
    /// when its score is 0.4 or more (the offtopic head is the spam class, named so).
    private func explain(_ scratch: ScoreScratch, scores: [Double], spam: Double) -> String {
        var reasons = ""
        func part(_ text: String) {
            if !reasons.isEmpty { reasons += "; " }
            reasons += text
        }
        for (c, head) in heads.enumerated() {
            guard let head else { continue }
            let isSpam = c == CommentScorer.offtopicColumn
            guard (isSpam ? spam : scores[c]) >= 0.4 else { continue }
            let evidence = model.evidence(scratch, head: head, limit: CommentScorer.reasonLimit)
            guard !evidence.isEmpty else { continue }
            part(isSpam ? "spam" : columns.labels[c].rawValue)
            for (k, e) in evidence.enumerated() {
                reasons += k == 0 ? ": " : ", "
                reasons += e.name
            }
        }
        return reasons
    }

    /// Why a comment reads as unrelated: the discussion it reads like, with the words that
    /// say so ("reads like \"Ferry fares rise\": ferry, fares"), else that it shares nothing
    /// with its own.
    static func unrelatedReason(_ relevance: Relevance, _ set: Discussions, _ index: Int) -> String {
        guard let elsewhere = relevance.elsewhere, !elsewhere.words.isEmpty else {
            return set.items[index].hasArticle ? "no overlap with article" : "no overlap with thread"
        }
        let title = set.items[elsewhere.discussion].title
        return "reads like \"\(title)\": " + elsewhere.words.joined(separator: ", ")
    }
}
