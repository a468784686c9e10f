#if canImport(Glibc)
    import Glibc
#else
    import Darwin
#endif

/// One score of the model: label `L` against the negative label ("ok").
///
/// Within each domain that has comments of both, the per-feature log-odds
/// `log P(f | L, d) - log P(f | ok, d)` come from the counts; each domain's score is
/// calibrated on held-out comments, and the head adds the calibrated domain scores
/// (a product of domain experts). Since every domain sees the same features, that sum
/// folds into one weight per feature: scoring costs one lookup and add per feature.
/// Other labels stay out: spam is no evidence about hostility, nor hostility about spam.
public struct Head: Sendable {
    public let label: String
    /// Per domain: its calibration and weight in the sum.
    public let domains: [DomainExpert]
    /// Maps the summed score to a probability.
    public let calibration: Calibration
    /// Per counts row, the combined weight.
    let weights: [Float]
    let bias: Double
    let lengthPower: Double

    public struct DomainExpert: Sendable, Equatable {
        public var domain: String
        public var weight: Double
        public var calibration: Calibration
        /// If set, each feature's weight stays within this many nats of the other experts'
        /// (see `expertWeights`); nil leaves the expert's own counts alone.
        public var bound: Double? = nil
        /// Set for an expert learnt from one site's decisions by `winnow adapt`: its weights
        /// come from `siteWeights` with this smoothing, and it holds no trained expert to its
        /// evidence, so they score as before.
        public var siteSmoothing: Double? = nil

        public var adapted: Bool { siteSmoothing != nil }

        public init(
            domain: String, weight: Double, calibration: Calibration, bound: Double? = nil,
            siteSmoothing: Double? = nil
        ) {
            (self.domain, self.weight, self.calibration) = (domain, weight, calibration)
            (self.bound, self.siteSmoothing) = (bound, siteSmoothing)
        }
    }

    /// `whole`: rows left unshrunk (words' masks, see `combined`).
    init(
        counts: ClassCounts, label: String, options: TrainingOptions, domains: [DomainExpert], calibration: Calibration,
        whole: [Bool]? = nil
    ) {
        self.label = label
        self.domains = domains
        self.calibration = calibration
        lengthPower = options.lengthPower
        let raw = Head.expertWeights(counts, label, options, domains)
        weights = Head.combined(raw, domains, rows: counts.featureCount, shrink: options.shrink(label), whole: whole)
            .map { Float($0) }
        bias = zip(domains, raw).reduce(0.0) { b, e in
            e.1 == nil ? b : b + e.0.weight * e.0.calibration.b
        }
    }

    /// Per feature, the experts' calibrated weights summed, then moved `shrink` toward 0
    /// (those within it of 0 become 0). Measured in Models/README.md ("Fifth round").
    /// Rows marked `whole` keep their sum: the shrink is against a word's many correlated
    /// features outvoting the few that carry evidence, and a mask the normalizer could not
    /// read stands alone for its word, its grams and pairs gone.
    static func combined(
        _ raw: [[Double]?], _ experts: [DomainExpert], rows: Int, shrink: Double, whole: [Bool]? = nil
    ) -> [Double] {
        var w = [Double](repeating: 0, count: rows)
        for (expert, raw) in zip(experts, raw) {
            guard let raw else { continue }
            let factor = expert.weight * expert.calibration.a
            for row in w.indices { w[row] += factor * raw[row] }
        }
        guard shrink > 0 else { return w }
        for row in w.indices where whole?[row] != true { w[row] = shrunk(w[row], by: shrink) }
        return w
    }

    /// Soft thresholding: `x` moved `t` toward 0, or 0 when it is within `t` of it.
    @inline(__always)
    static func shrunk(_ x: Double, by t: Double) -> Double { x > t ? x - t : x < -t ? x + t : 0 }

    /// Domains in which both `label` and the negative label have comments.
    static func pairedDomains(_ counts: ClassCounts, _ label: String, _ negative: String) -> [String] {
        let domains = Set(counts.classes.map(\.domain))
        return domains.sorted().filter { d in
            let pos = counts.classIndex(ClassKey(label: label, domain: d)).map { counts.documents[$0] } ?? 0
            let neg = counts.classIndex(ClassKey(label: negative, domain: d)).map { counts.documents[$0] } ?? 0
            return pos > 0 && neg > 0
        }
    }

    /// Domains with civil comments but none labeled `label`. Their civil comments join the
    /// held-out sample the head is calibrated on (not the weights, which stay within the
    /// domain: measured, pooling them there made spam detection learn "YouTube or not"), so
    /// a label seen in one domain only still gives ordinary comments elsewhere low scores.
    static func unpairedNegativeDomains(_ counts: ClassCounts, _ label: String, _ negative: String) -> [String] {
        let paired = Set(pairedDomains(counts, label, negative))
        let withNegatives = counts.classes.indices.filter {
            counts.classes[$0].label == negative && counts.documents[$0] > 0
        }.map { counts.classes[$0].domain }
        return Set(withNegatives).subtracting(paired).sorted()
    }

    /// Raw score of a comment from the sum of its features' weights (`features` of them).
    @inline(__always)
    func logOdds(sum: Double, features: Int) -> Double {
        bias + sum * scale(features)
    }

    /// Length normalisation factor for a comment with `n` known features.
    @inline(__always)
    func scale(_ n: Int) -> Double { Head.lengthScale(n, power: lengthPower) }

    /// n^-power: what a comment's summed weights are multiplied by for its `n` features.
    @inline(__always)
    static func lengthScale(_ n: Int, power: Double) -> Double {
        power == 0 || n == 0 ? 1 : pow(Double(n), -power)
    }
}
