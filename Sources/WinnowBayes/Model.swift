import Dispatch
import WinnowText

/// A trained classifier: the counts, the options they were trained with, and one scoring
/// head per non-negative label. Immutable and shared by all scoring threads.
public final class Model: Sendable {
    public let counts: ClassCounts
    public let options: TrainingOptions
    public let heads: [Head]
    public let background: Background
    /// The words of the training comments (seen in 3 or more), for the normalizer.
    public let words: WordList
    let table: FeatureTable
    /// Rows a moderator can read as evidence (not character grams).
    let readable: ReadableRows
    /// How the model was adapted to a site's decisions, if it was.
    public let adaptation: Adaptation?

    /// What a head needs beyond the counts: its domains' calibrations and weights.
    public struct HeadSpec: Sendable, Equatable {
        public var label: String
        public var domains: [Head.DomainExpert]
        public var calibration: Calibration
    }

    /// `counts` may come without its hash index (a loaded model's); the model's own
    /// copy has it, built on the second thread.
    public init(counts: ClassCounts, options: TrainingOptions, heads specs: [HeadSpec], adaptation: Adaptation? = nil) {
        self.options = options
        self.adaptation = adaptation
        // Two independent halves of loading a model, on two cores: nothing can be scored
        // before loading ends (BENCHMARKS.md has the time).
        let (scoring, lexicon) = Model.concurrently(
            { () -> ([Head], FeatureTable) in
                let whole = options.maskShapes ? counts.maskShapeRows() : nil
                let heads = specs.map {
                    Head(
                        counts: counts, label: $0.label, options: options, domains: $0.domains,
                        calibration: $0.calibration, whole: whole)
                }
                // A row that every head weighs 0 changes no sum; it stays in the table only when
                // the length normalisation must know which features the model knows.
                return (
                    heads,
                    FeatureTable(
                        hashes: counts.hashes, weights: Model.pack(heads, rows: counts.featureCount),
                        heads: heads.count, keepZeroRows: !options.lengthCountsEveryFeature)
                )
            },
            {
                var indexed = counts
                indexed.buildIndex()
                return (
                    indexed, Background(counts: indexed), Model.wordList(indexed, negative: options.negativeLabel),
                    ReadableRows(indexed.names)
                )
            })
        (heads, table) = scoring
        (self.counts, background, words, readable) = lexicon
    }

    /// Runs `first` on this thread and `second` on another; returns both results.
    static func concurrently<A: Sendable, B: Sendable>(
        _ first: @Sendable () -> A, _ second: @escaping @Sendable () -> B
    ) -> (A, B) {
        let done = DispatchSemaphore(value: 0)
        let box = ResultBox<B>()
        DispatchQueue.global().async {
            box.value = second()
            done.signal()
        }
        let a = first()
        done.wait()
        // Safe: the semaphore orders the other thread's write before this read.
        guard let b = box.value else { preconditionFailure("the second task always sets its result") }
        return (a, b)
    }

    /// A result handed from one thread to another, ordered by a semaphore.
    private final class ResultBox<T>: @unchecked Sendable {
        var value: T?
    }

    /// Every head's weight of each row, side by side: `[row * heads.count + head]`.
    static func pack(_ heads: [Head], rows: Int) -> [Float] {
        var packed = [Float](repeating: 0, count: rows * heads.count)
        for (j, head) in heads.enumerated() {
            for r in 0..<rows { packed[r * heads.count + j] = head.weights[r] }
        }
        return packed
    }

    /// The training comments' words seen in 3 or more, with how many comments hold them, and
    /// how many of the `negative` label's (civil) ones do.
    static func wordList(_ counts: ClassCounts, negative: String) -> WordList {
        let civil = counts.classes.indices.filter { counts.classes[$0].label == negative }
        var entries: [(word: String, frequency: Double)] = [], ordinary: [(word: String, frequency: Double)] = []
        for row in 0..<counts.featureCount where Background.isWord(counts.names[row]) {
            let (df, civilDF) = documents(counts, row, civil)
            guard df >= 3 else { continue }
            entries.append((counts.names[row], df))
            ordinary.append((counts.names[row], civilDF))
        }
        // Answered from the counts themselves: a table of every pair cost a sixth of loading.
        return WordList(entries, ordinary: ordinary) { hash in
            counts.index[hash].map { documents(counts, Int($0), civil) }
        }
    }

    /// The training comments holding feature `row`: all, and those of the `civil` classes.
    private static func documents(_ counts: ClassCounts, _ row: Int, _ civil: [Int]) -> (all: Double, civil: Double) {
        let k = counts.classes.count
        var all = 0.0
        for j in 0..<k { all += Double(counts.counts[row * k + j]) }
        return (all, civil.reduce(0.0) { $0 + Double(counts.counts[row * k + $1]) })
    }

    /// Uncalibrated heads (every domain weight 1) for the labels other than the negative one.
    public convenience init(counts: ClassCounts, options: TrainingOptions) {
        self.init(
            counts: counts, options: options, heads: Model.defaultSpecs(counts, options, weights: [:], bounds: [:]))
    }

    static func defaultSpecs(
        _ counts: ClassCounts, _ options: TrainingOptions, weights: [String: Double],
        bounds: [String: Double]
    ) -> [HeadSpec] {
        counts.labels.sorted().filter { $0 != options.negativeLabel }.map { label in
            HeadSpec(
                label: label,
                domains: Head.pairedDomains(counts, label, options.negativeLabel).map {
                    Head.DomainExpert(domain: $0, weight: weights[$0] ?? 1, calibration: .identity, bound: bounds[$0])
                },
                calibration: .identity)
        }
    }

    public var specs: [HeadSpec] {
        heads.map { HeadSpec(label: $0.label, domains: $0.domains, calibration: $0.calibration) }
    }

    public func head(_ label: String) -> Head? { heads.first { $0.label == label } }

    /// Each head's calibrated probability and raw log-odds for the comment `tokens`, in
    /// `heads` order. `scratch` keeps the comment's looked-up features for `evidence`.
    package func score(_ tokens: TokenList, scratch: inout ScoreScratch) -> [(probability: Double, logOdds: Double)] {
        lookUp(tokens, into: &scratch)
        return headScores(scratch)
    }

    /// Looks up the distinct features of `tokens` (unknown ones skipped) and sums each
    /// head's weights over them, into `scratch`.
    private func lookUp(_ tokens: TokenList, into scratch: inout ScoreScratch) {
        scratch.prepare(features: FeatureExtractor.maxFeatures(of: tokens), heads: heads.count)
        let n = FeatureExtractor(charGrams: options.charGrams).write(tokens, into: &scratch.hashes)
        let distinct = scratch.seen.dedupe(&scratch.hashes, count: n)
        scratch.distinct = distinct
        scratch.known = scratch.hashes.withUnsafeBufferPointer { hashes in
            scratch.found.withUnsafeMutableBufferPointer { found in
                scratch.weights.withUnsafeMutableBufferPointer { weights in
                    scratch.sums.withUnsafeMutableBufferPointer { sums in
                        table.lookup(
                            UnsafeBufferPointer(rebasing: hashes[0..<distinct]), rows: found,
                            weights: weights, sums: sums)
                    }
                }
            }
        }
    }

    /// What `score` returns, from the sums `lookUp` left in `scratch`.
    private func headScores(_ scratch: ScoreScratch) -> [(probability: Double, logOdds: Double)] {
        let features = options.lengthCountsEveryFeature ? scratch.distinct : scratch.known
        return heads.indices.map { j in
            let s = heads[j].logOdds(sum: scratch.sums[j], features: features)
            return (heads[j].calibration.probability(s), s)
        }
    }

    /// The features of the comment `scratch` was last scored for that pushed head `h` up
    /// the most, from the weights its lookup kept.
    package func evidence(_ scratch: ScoreScratch, head h: Int, limit: Int) -> [(name: String, weight: Float)] {
        scratch.found.withUnsafeBufferPointer { found in
            scratch.weights.withUnsafeBufferPointer { weights in
                evidence(
                    rows: UnsafeBufferPointer(rebasing: found[0..<scratch.known]), weights: weights,
                    head: h, limit: limit)
            }
        }
    }

    /// `weights` is `[i * heads + head]` for the i-th of `rows`. Keeps the best `limit`
    /// by insertion: a comment has hundreds of features and `limit` is a handful.
    private func evidence(
        rows: UnsafeBufferPointer<Int32>, weights: UnsafeBufferPointer<Float>, head h: Int,
        limit: Int
    ) -> [(name: String, weight: Float)] {
        guard limit > 0 else { return [] }
        let a = Float(heads[h].calibration.a), stride = heads.count
        var best: [(row: Int32, weight: Float)] = []
        best.reserveCapacity(limit + 1)
        // What a feature must beat: 0 until `limit` are kept, then the weakest kept. One
        // comparison that is almost always false, where testing the sign first was a
        // coin toss for the branch predictor on every feature.
        var floor: Float = 0
        for (i, r) in rows.enumerated() {
            let w = weights[i * stride + h] * a
            guard w > floor, readable[r] else { continue }
            var k = best.count
            while k > 0, best[k - 1].weight < w { k -= 1 }  // ties keep the earlier feature first
            best.insert((r, w), at: k)
            if best.count > limit { best.removeLast() }
            if best.count == limit { floor = best[limit - 1].weight }
        }
        return best.map { (counts.names[Int($0.row)], $0.weight) }
    }
}

extension Model {
    /// Each token of `tokens` with the weight every head gives it as a word (nil when the
    /// model never saw it), for `winnow normalize --explain`.
    public func tokenWeights(_ tokens: TokenList) -> [(token: String, weights: [Float]?)] {
        (0..<tokens.count).map { i in
            guard let row = counts.index[tokens.hash(at: i)] else { return (tokens.string(at: i), nil) }
            return (tokens.string(at: i), heads.map { $0.weights[Int(row)] })
        }
    }
}
