import WinnowText

/// Accumulates counts from labeled comments and turns them into a `Model`.
///
/// Comments alternate between two folds. The model's counts are the sum of both; each
/// fold alone scores a bounded sample of the other fold's comments, and those held-out
/// scores fit the calibration. Memory stays bounded by the vocabulary plus the sample.
public struct Trainer: Sendable {
    public let options: TrainingOptions
    private var folds: [ClassCounts]
    private var sample: [Sampled] = []
    private var seen = 0
    private var rng = SplitMix64(seed: 0x5eed)
    private var scratch: [UInt64] = []
    public static let sampleLimit = 40_000

    struct Sampled: Sendable {
        var fold: Int, label: Int, weight: Double, features: [UInt64]
    }

    public init(options: TrainingOptions = TrainingOptions(), labels: [String] = []) {
        self.options = options
        folds = [ClassCounts(labels: labels), ClassCounts(labels: labels)]
    }

    public var documents: Int { seen }

    /// Counts one comment under `label` with `weight` (1 unless balancing).
    public mutating func add(tokens: TokenList, label: String, weight: Double = 1) {
        let fold = seen & 1
        for f in folds.indices { _ = folds[f].addLabel(label) }
        guard let k = folds[fold].labelIndex(label) else { return }
        FeatureExtractor().features(of: tokens, into: &scratch)
        let extractor = FeatureExtractor()
        folds[fold].add(features: scratch, label: k, weight: weight) { h in
            extractor.name(of: h, in: tokens) ?? ""
        }
        seen += 1
        let entry = Sampled(fold: fold, label: k, weight: weight, features: scratch)
        if sample.count < Trainer.sampleLimit {
            sample.append(entry)
        } else {
            let j = Int(rng.next() % UInt64(seen))
            if j < Trainer.sampleLimit { sample[j] = entry }
        }
    }

    /// The summed counts of everything added (before pruning).
    public var counts: ClassCounts {
        var total = folds[0]
        total.merge(folds[1])
        return total
    }

    /// Prunes the counts and fits each head's calibration on held-out scores.
    public func finish() throws(BayesError) -> Model {
        var total = counts
        guard seen > 0 else { throw .noTrainingData }
        let present = total.labels.indices.filter { total.documents[$0] > 0 }
        guard present.count >= 2 else { throw .singleLabel(label: present.first.map { total.labels[$0] } ?? "?") }
        let kept = total.pruned(minimum: Float(options.minimumCount))
        var calibrations: [String: Calibration] = [:]
        let foldModels = folds.map { Model(counts: $0, options: options, calibrations: [:]) }
        for (h, head) in foldModels[0].heads.enumerated() {
            var scores: [Double] = [], positive: [Bool] = [], weights: [Double] = []
            for s in sample {
                let other = foldModels[1 - s.fold]
                let rows = s.features.compactMap { other.counts.index[$0] }
                scores.append(other.score(rows: rows)[h].logOdds)
                positive.append(s.label == head.labelIndex)
                weights.append(s.weight)
            }
            calibrations[head.label] = Calibration.fit(scores: scores, positive: positive, weights: weights)
        }
        return Model(counts: kept, options: options, calibrations: calibrations)
    }
}

/// A tiny deterministic generator, so that training twice gives the same model.
struct SplitMix64: Sendable {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        return FeatureHash.finalize(state)
    }
}
