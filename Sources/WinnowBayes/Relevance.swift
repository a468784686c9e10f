#if canImport(Glibc)
    import Glibc
#else
    import Darwin
#endif
import WinnowText

/// How much a comment's words speak for its discussion, in the naive Bayes spirit.
///
/// Each distinct comment word `w` adds `log(λ·P(w | discussion) / P(w) + 1 - λ)`: the
/// likelihood ratio of "drawn from a mix of this discussion and ordinary language" against
/// "ordinary language" alone, with `P(w)` from the model's document frequencies and the
/// discussion's words those of its article and of the other comments under it. Common
/// words score near zero whatever the discussion, so a short generic comment ("Great
/// article!") gives little evidence either way; shared rare words give a lot. When the
/// batch holds other discussions, a comment that one of them explains better than its own
/// loses up to twice the difference (`contrastWeight`, less for small discussions): it
/// reads like a comment moved there.
public struct Relevance: Sendable {
    /// Weight of the discussion in the on-topic mixture, for a long one.
    static let lambda = 0.3
    /// Discussion length (words) at which the weight is half of `lambda`: a headline and a
    /// sentence cannot say which words a comment on it would use, so a word missing from
    /// it is weak evidence, while a word it shares still counts.
    static let halfLength = 150.0
    /// The thread's share of a discussion's words when it has an article: the article says
    /// what the discussion is about, the commenters' words how they talk about it.
    static let threadShare = 0.2
    /// Words (an article's, and each comment's distinct words in a thread) at which a
    /// discussion is half known: a few comments are too few to say what it is about, so a
    /// thread's share of the mixture, and the weight of the comparison between two
    /// discussions, grow with their size.
    static let halfKnown = 500.0

    /// How well `size` words say what a discussion is about, from 0 towards 1.
    static func known(_ size: Double) -> Double { size / (size + halfKnown) }
    /// How much it counts against a comment that another discussion explains it better,
    /// when both discussions are well known.
    static let contrastWeight = 2.0
    /// Words named as evidence that a comment belongs elsewhere.
    static let evidenceLimit = 3

    /// The evidence: the comment's own discussion's, less `contrastWeight` × `contrast` ×
    /// how well both discussions are known (`known`).
    public var logRatio: Double = 0
    /// Comment words that carry information (not placeholders, not stop-like).
    public var informative = 0
    /// How much better than its own the best other discussion explains the comment, in
    /// nats (0: none does).
    public var contrast: Double = 0
    /// The discussion that explains the comment better, and the comment's words that say so.
    public var elsewhere: (discussion: Int, words: [String])?

    /// A comment word that says something about topic: its hash, its probability in
    /// ordinary language, and where it is in the comment's tokens.
    struct Word {
        let hash: UInt64
        let background: Double
        let token: Int
        /// Its number in the batch's discussions (−1: none of them uses it).
        let number: Int32
    }

    package static func isPlaceholder(_ tokens: TokenList, _ i: Int) -> Bool {
        let r = tokens.range(at: i)
        return tokens.bytes[r.lowerBound] == UInt8(ascii: "<")
    }

    /// Scores the comment `tokens` against discussion `index` of `discussions` (without
    /// the comment itself when it is one of its thread, `member`) and the other discussions.
    public init(
        tokens: TokenList, discussion index: Int, of discussions: Discussions, model: Model, member: Bool = true
    ) {
        let discussion = discussions.items[index]
        guard discussion.size() > 0 else { return }
        let (words, distinct) = Relevance.informativeWords(tokens, discussions, model)
        informative = words.count
        guard !words.isEmpty else { return }
        // The comment's own words leave its thread's counts: it cannot vouch for itself.
        let own: Float = member ? Float(distinct) : 0
        let lambda = Relevance.weight(discussion.size(leaving: own))
        let ownTerms = words.map { w in
            Relevance.term(
                discussions.share(w.hash, index, leaving: own, ownCount: member ? 1 : 0), w.background, lambda)
        }
        logRatio = ownTerms.reduce(0, +)
        guard discussions.count > 1, let best = Relevance.best(words, discussions, excluding: index),
            best.logRatio > logRatio
        else { return }
        contrast = best.logRatio - logRatio
        let sure =
            Relevance.known(discussion.size(leaving: own)) * Relevance.known(discussions.items[best.index].size())
        let penalty = Relevance.contrastWeight * sure * contrast
        logRatio -= penalty
        // Named as the reason only when it weighs: a nat or more.
        guard penalty >= 1 else { return }
        elsewhere = (best.index, Relevance.evidence(words, ownTerms, tokens, discussions, other: best.index))
    }

    /// The comment's words that speak most for discussion `other` over its own (`ownTerms`).
    static func evidence(
        _ words: [Word], _ ownTerms: [Double], _ tokens: TokenList, _ discussions: Discussions, other: Int
    ) -> [String] {
        let lambda = discussions.lambda[other]
        let gains = words.indices.map { k in
            (k, term(discussions.share(words[k].hash, other), words[k].background, lambda) - ownTerms[k])
        }
        let top = gains.filter { $0.1 > 0 }.sorted { $0.1 > $1.1 }.prefix(evidenceLimit)
        return top.map { tokens.string(at: words[$0.0].token) }
    }

    /// The comment's distinct words that say something about topic, with their background
    /// probability and where they first are in `tokens`; and how many distinct words it has.
    static func informativeWords(_ tokens: TokenList, _ discussions: Discussions, _ model: Model) -> (
        words: [Word], distinct: Int
    ) {
        var capacity = 64
        while capacity < tokens.count * 2 { capacity <<= 1 }
        var words: [Word] = [], distinct = 0
        // A set on the stack (no hashing of its own: the keys are mixed hashes already).
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: capacity) { seen in
            seen.initialize(repeating: 0)
            let mask = capacity - 1
            for i in 0..<tokens.count where !Relevance.isPlaceholder(tokens, i) {
                let hash = tokens.hash(at: i), h = hash | 1  // 0 marks an empty slot
                var slot = Int(truncatingIfNeeded: h >> 7) & mask
                // Safe: the table is at least twice the tokens, so a probe ends at an empty slot.
                while seen[slot] != 0, seen[slot] != h { slot = (slot + 1) & mask }
                guard seen[slot] == 0 else { continue }
                seen[slot] = h
                distinct += 1
                let known = discussions.word(hash)
                guard let p = known?.background ?? model.background.probability(hash), p >= 0 else { continue }
                words.append(Word(hash: hash, background: p, token: i, number: known?.number ?? -1))
            }
        }
        return (words, distinct)
    }

    /// The mixture weight of a discussion of `size` words.
    static func weight(_ size: Double) -> Double { Relevance.lambda * size / (size + Relevance.halfLength) }

    static func term(_ share: Double, _ background: Double, _ lambda: Double) -> Double {
        log(lambda * share / background + 1 - lambda)
    }

    /// The other discussion that explains `words` best, among those their words point to.
    static func best(_ words: [Word], _ set: Discussions, excluding own: Int) -> (index: Int, logRatio: Double)? {
        var pairs = 0
        for w in words { pairs += set.postings(word: w.number).count }
        guard pairs > 0 else { return nil }
        var capacity = 16
        while capacity < pairs * 2 { capacity <<= 1 }
        // Per discussion, what its shared words add beyond the log(1 - λ) every word costs,
        // summed in a small table on the stack: discussion + 1 (0: empty) and the sum.
        return withUnsafeTemporaryAllocation(of: (Int32, Double).self, capacity: capacity) { table in
            table.initialize(repeating: (0, 0))
            let mask = capacity - 1
            for w in words {
                for k in set.postings(word: w.number) {
                    let (d, weight) = set.posting(k)
                    guard d != own else { continue }
                    var slot = (d &* 0x9E37) & mask
                    // Safe: at most `pairs` keys in twice as many slots.
                    while table[slot].0 != 0, table[slot].0 != Int32(d + 1) { slot = (slot + 1) & mask }
                    table[slot].0 = Int32(d + 1)
                    table[slot].1 += log1p(weight / w.background)
                }
            }
            var best: (index: Int, logRatio: Double)?
            for (key, gain) in table where key != 0 {
                let d = Int(key) - 1, r = gain + Double(words.count) * set.logRest[d]
                // Ties go to the earlier discussion, whatever the table's order.
                if let b = best, r < b.logRatio || (r == b.logRatio && d > b.index) { continue }
                best = (d, r)
            }
            return best
        }
    }

    /// Probability that the comment is unrelated to its discussion. Each informative word
    /// absent from it adds log(1 − λ) ≈ −0.36, each shared one adds a lot. The mapping is
    /// set by that arithmetic, not fitted to an evaluation set: a short generic comment
    /// ("Great article!", log ratio near 0) gets 0.27, no evidence either way; eight
    /// informative words and none shared (≈ −2.9) about 0.6; fifteen (≈ −5.4) about 0.85.
    public var offTopicProbability: Double {
        Calibration.sigmoid(-(logRatio + 2.0) * 0.5)
    }
}
