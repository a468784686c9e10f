import WinnowText

/// A trained classifier: the counts, the options they were trained with, and one scoring
/// head per non-negative label. Immutable and shared by all scoring threads.
public final class Model: Sendable {
    public let counts: ClassCounts
    public let options: TrainingOptions
    public let heads: [Head]
    public let background: Background

    public init(counts: ClassCounts, options: TrainingOptions, calibrations: [String: Calibration]) {
        self.counts = counts
        self.options = options
        heads = counts.labels.indices
            .filter { counts.labels[$0] != options.negativeLabel }
            .map { Head(counts: counts, label: $0, options: options,
                        calibration: calibrations[counts.labels[$0]] ?? .identity) }
        background = Background(counts: counts)
    }

    public var calibrations: [String: Calibration] {
        Dictionary(uniqueKeysWithValues: heads.map { ($0.label, $0.calibration) })
    }

    public func head(_ label: String) -> Head? { heads.first { $0.label == label } }

    /// Maps the features of `tokens` to counts rows (unknown features are skipped).
    package func rows(of tokens: TokenList, scratch: inout ScoreScratch) {
        FeatureExtractor().features(of: tokens, into: &scratch.features)
        scratch.rows.removeAll(keepingCapacity: true)
        for h in scratch.features {
            if let r = counts.index[h] { scratch.rows.append(r) }
        }
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
        for r in rows {
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
    package var features: [UInt64] = []
    package var rows: [Int32] = []
    public init() {}
}
