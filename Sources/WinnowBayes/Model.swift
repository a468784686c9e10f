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
    let readable: [Bool]

    /// What a head needs beyond the counts: its domains' calibrations and weights.
    public struct HeadSpec: Sendable, Equatable {
        public var label: String
        public var domains: [Head.DomainExpert]
        public var calibration: Calibration
    }

    public init(counts: ClassCounts, options: TrainingOptions, heads specs: [HeadSpec]) {
        self.counts = counts
        self.options = options
        heads = specs.map {
            Head(counts: counts, label: $0.label, options: options, domains: $0.domains, calibration: $0.calibration)
        }
        background = Background(counts: counts)
        words = Model.wordList(counts)
        table = FeatureTable(hashes: counts.hashes)
        readable = counts.names.map { $0.utf8.first != UInt8(ascii: "~") }
    }

    static func wordList(_ counts: ClassCounts) -> WordList {
        let k = counts.classes.count
        var entries: [(word: String, frequency: Double)] = []
        for row in 0..<counts.featureCount where Background.isWord(counts.names[row]) {
            var df = 0.0
            for j in 0..<k { df += Double(counts.counts[row * k + j]) }
            if df >= 3 { entries.append((counts.names[row], df)) }
        }
        return WordList(entries)
    }

    /// Uncalibrated heads (every domain weight 1) for the labels other than the negative one.
    public convenience init(counts: ClassCounts, options: TrainingOptions) {
        self.init(counts: counts, options: options, heads: Model.defaultSpecs(counts, options, weights: [:]))
    }

    static func defaultSpecs(_ counts: ClassCounts, _ options: TrainingOptions, weights: [String: Double]) -> [HeadSpec] {
        counts.labels.sorted().filter { $0 != options.negativeLabel }.map { label in
            HeadSpec(label: label,
                     domains: Head.pairedDomains(counts, label, options.negativeLabel).map {
                         Head.DomainExpert(domain: $0, weight: weights[$0] ?? 1, calibration: .identity)
                     },
                     calibration: .identity)
        }
    }

    public var specs: [HeadSpec] {
        heads.map { HeadSpec(label: $0.label, domains: $0.domains, calibration: $0.calibration) }
    }

    public func head(_ label: String) -> Head? { heads.first { $0.label == label } }

    /// Maps the distinct features of `tokens` to counts rows (unknown features skipped).
    /// Rows are deduplicated with a stamp per row instead of sorting the hashes.
    package func rows(of tokens: TokenList, scratch: inout ScoreScratch) {
        scratch.rows.removeAll(keepingCapacity: true)
        if scratch.stamps.count != counts.featureCount {
            scratch.stamps = [UInt32](repeating: 0, count: counts.featureCount)
            scratch.stamp = 0
        }
        scratch.stamp &+= 1
        if scratch.stamp == 0 {  // wrapped: clear old stamps
            for i in scratch.stamps.indices { scratch.stamps[i] = 0 }
            scratch.stamp = 1
        }
        let stamp = scratch.stamp
        scratch.hashes.removeAll(keepingCapacity: true)
        FeatureExtractor(charGrams: options.charGrams).forEachFeature(of: tokens) { scratch.hashes.append($0) }
        let n = scratch.hashes.count
        if scratch.found.count < n { scratch.found = [Int32](repeating: -1, count: max(n, 2 * scratch.found.count)) }
        scratch.hashes.withUnsafeBufferPointer { hashes in
            scratch.found.withUnsafeMutableBufferPointer { found in
                table.rows(of: hashes, into: UnsafeMutableBufferPointer(rebasing: found[0..<n]))
            }
        }
        var rows: [Int32] = []
        swap(&rows, &scratch.rows)  // keeps the buffer unique, so appends do not copy
        scratch.stamps.withUnsafeMutableBufferPointer { stamps in
            scratch.found.withUnsafeBufferPointer { found in
                // Safe: rows come from the table built over these counts, so they index
                // `stamps`, which has one entry per counts row.
                for i in 0..<n {
                    let row = found[i]
                    guard row >= 0, stamps[Int(row)] != stamp else { continue }
                    stamps[Int(row)] = stamp
                    rows.append(row)
                }
            }
        }
        swap(&rows, &scratch.rows)
    }

    /// Calibrated probability and raw log-odds of each head, in `heads` order.
    package func score(rows: [Int32]) -> [(probability: Double, logOdds: Double)] {
        rows.withUnsafeBufferPointer { buf in
            heads.map { head in
                let s = head.logOdds(rows: buf)
                return (head.calibration.probability(s), s)
            }
        }
    }

    /// The features present in `rows` that pushed head `h` up the most.
    package func evidence(rows: [Int32], head h: Int, limit: Int) -> [(name: String, weight: Float)] {
        let head = heads[h]
        var best: [(Int32, Float)] = []
        for r in rows where readable[Int(r)] {  // char grams are not readable
            let w = head.weights[Int(r)] * Float(head.calibration.a)
            guard w > 0 else { continue }
            if best.count < limit {
                best.append((r, w))
                best.sort { $0.1 > $1.1 }
            } else if w > best[limit - 1].1 {
                best[limit - 1] = (r, w)
                best.sort { $0.1 > $1.1 }
            }
        }
        return best.map { (counts.names[Int($0.0)], $0.1) }
    }
}

/// Reusable buffers for scoring one comment at a time on one thread.
public struct ScoreScratch: Sendable {
    package var rows: [Int32] = []
    /// Per counts row, the last comment that touched it (see `Model.rows`).
    var stamps: [UInt32] = []
    var stamp: UInt32 = 0
    var hashes: [UInt64] = []
    var found: [Int32] = []
    public init() {}
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

