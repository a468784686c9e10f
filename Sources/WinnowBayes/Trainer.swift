import WinnowText

/// Accumulates counts from labeled comments and turns them into a `Model`.
///
/// Comments alternate between two folds. The model's counts are the sum of both; each
/// fold alone scores a bounded sample of the other fold's comments, and those held-out
/// scores fit the calibrations. Memory stays bounded by the vocabulary plus the sample.
public struct Trainer: Sendable {
    public let options: TrainingOptions
    /// Weight of each domain's expert in a head's sum (default 1).
    public var domainWeights: [String: Double] = [:]
    private var folds = [ClassCounts(), ClassCounts()]
    private var sample: [Sampled] = []
    private var seen = 0
    private var rng = SplitMix64(seed: 0x5eed)
    private var scratch: [UInt64] = []
    public static let sampleLimit = 40_000

    struct Sampled: Sendable {
        var fold: Int, key: ClassKey, features: [UInt64]
    }

    public init(options: TrainingOptions = TrainingOptions()) {
        self.options = options
    }

    public var documents: Int { seen }

    /// Counts one comment under `label`, from `domain` (where comments like it come from).
    public mutating func add(tokens: TokenList, label: String, domain: String) {
        let fold = seen & 1
        let key = ClassKey(label: label, domain: domain)
        let k = folds[fold].addClass(key)
        _ = folds[1 - fold].addClass(key)
        let extractor = FeatureExtractor(charGrams: options.charGrams)
        extractor.features(of: tokens, into: &scratch)
        folds[fold].add(features: scratch, class: k) { h in extractor.name(of: h, in: tokens) ?? "" }
        seen += 1
        let entry = Sampled(fold: fold, key: key, features: scratch)
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

    /// Prunes the counts and fits each head's calibrations on held-out scores.
    public func finish() throws(BayesError) -> Model {
        let total = counts
        guard seen > 0 else { throw .noTrainingData }
        let labels = total.labels
        guard labels.count >= 2 else { throw .singleLabel(label: labels.first ?? "?") }
        var specs = Model.defaultSpecs(total, options, weights: domainWeights)
        let calibrator = HeldOutCalibrator(folds: folds, sample: sample, options: options)
        for h in specs.indices { calibrator.calibrate(&specs[h]) }
        return Model(counts: total.pruned(minimum: Float(options.minimumCount)), options: options, heads: specs)
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
