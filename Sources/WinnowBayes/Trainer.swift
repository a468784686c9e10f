import WinnowText

/// Accumulates counts from labeled comments and turns them into a `Model`.
///
/// Each comment goes to one of two folds by a hash of its content. The model's counts are
/// the sum of both; each fold alone scores a bounded sample of the other fold's comments,
/// and those held-out scores fit the calibrations. The sample keeps the comments with the
/// smallest hashes, so nothing depends on row order: trainers of shards merge into exactly
/// the trainer of the union. Memory stays bounded by the vocabulary plus the sample.
public struct Trainer: Sendable {
    public let options: TrainingOptions
    /// Weight of each domain's expert in a head's sum (default 1).
    public var domainWeights: [String: Double] = [:]
    /// Domains whose experts are held near the others' weights (see `Head.expertWeights`).
    public var domainBounds: [String: Double] = [:]
    package private(set) var folds = [ClassCounts(), ClassCounts()]
    package private(set) var sample: [Sampled] = []
    package private(set) var seen = 0
    private var scratch: [UInt64] = []
    public static let sampleLimit = 40_000

    package struct Sampled: Sendable, Equatable {
        var rowHash: UInt64, fold: Int, key: ClassKey, features: [UInt64]

        /// A total order, so that merged and union samples list equal entries alike.
        static func precedes(_ a: Sampled, _ b: Sampled) -> Bool {
            if a.rowHash != b.rowHash { return a.rowHash < b.rowHash }
            if a.key != b.key { return a.key < b.key }
            return a.features.lexicographicallyPrecedes(b.features)
        }
    }

    /// Rebuilds a trainer from saved state (count shards).
    package init(options: TrainingOptions, folds: [ClassCounts], sample: [Sampled], seen: Int) {
        self.options = options
        self.folds = folds
        self.sample = sample
        self.seen = seen
    }

    public init(options: TrainingOptions = TrainingOptions()) {
        self.options = options
    }

    public var documents: Int { seen }

    /// Counts one comment under `label`, from `domain` (where comments like it come from).
    public mutating func add(tokens: TokenList, label: String, domain: String) {
        let extractor = FeatureExtractor(charGrams: options.charGrams)
        extractor.features(of: tokens, into: &scratch)
        let key = ClassKey(label: label, domain: domain)
        let rowHash = scratch.reduce(FeatureHash.string(label + "\u{0}" + domain)) { FeatureHash.pair($0, $1) }
        let fold = Int(rowHash >> 63)
        let k = folds[fold].addClass(key)
        _ = folds[1 - fold].addClass(key)
        // The calibration sample keeps what scoring sees; masks are counted only.
        sample.append(Sampled(rowHash: rowHash, fold: fold, key: key, features: scratch))
        if options.maskShapes { extractor.addMaskShapes(of: tokens, to: &scratch) }
        folds[fold].add(features: scratch, class: k) { h in
            extractor.name(of: h, in: tokens) ?? FeatureExtractor.maskShapeName(of: h, in: tokens) ?? ""
        }
        seen += 1
        if sample.count >= 2 * Trainer.sampleLimit { trimSample() }
    }

    /// Keeps the `sampleLimit` entries with the smallest row hashes (bottom-k sampling).
    private mutating func trimSample() {
        sample.sort(by: Sampled.precedes)
        if sample.count > Trainer.sampleLimit { sample.removeSubrange(Trainer.sampleLimit...) }
    }

    /// Adds another trainer's counts and sample: the result equals training on both inputs.
    public mutating func merge(_ other: Trainer) {
        for f in 0..<2 { folds[f].merge(other.folds[f]) }
        for key in folds[0].classes + folds[1].classes {
            for f in 0..<2 { _ = folds[f].addClass(key) }
        }
        sample += other.sample
        seen += other.seen
        trimSample()
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
        var specs = Model.defaultSpecs(total, options, weights: domainWeights, bounds: domainBounds)
        var ordered = self
        ordered.trimSample()
        let calibrator = HeldOutCalibrator(folds: folds, total: total, sample: ordered.sample, options: options)
        for h in specs.indices { calibrator.calibrate(&specs[h]) }
        return Model(counts: total.pruned(minimum: Float(options.minimumCount)), options: options, heads: specs)
    }
}
