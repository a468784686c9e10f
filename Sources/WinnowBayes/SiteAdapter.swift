import WinnowText

/// Teaches a trained model one site's line from its moderators' decisions (`winnow adapt`).
///
/// The decisions are counted as one more domain, the site, whose expert joins each head
/// whose label the decisions contrast with the negative one: the trained experts stay the
/// prior, and features only the site's comments carry get weights of their own. How much
/// the site's expert weighs is chosen by cross-validation on the decisions (each fold's
/// expert counted from the other folds, its comments scored exactly as the model would),
/// among weights that include 0, the base model itself; the head is then recalibrated on
/// those out-of-fold scores, so probabilities follow the site's moderators.
public struct SiteAdapter: Sendable {
    public static let domain = "site"
    /// Weights tried for the site expert: 0 keeps the base model's ranking.
    public static let weights: [Double] = [0, 0.25, 0.5, 1, 2, 4, 8, 16]
    static let folds = 5
    /// The site expert's smoothing (see `Head.siteWeights`), in comments. Chosen on the
    /// dev sites' first halves and confirmed on the second (Models/README.md).
    public static let smoothing = 30.0

    public let base: Model
    private var decisions: [Decision] = []
    /// Names of the features the base model does not know, for the counts.
    private var names: [UInt64: String] = [:]

    struct Decision: Sendable {
        var features: [UInt64]
        var label: String
        var fold: Int
    }

    public init(base: Model) throws(BayesError) {
        guard !base.counts.classes.contains(where: { $0.domain == SiteAdapter.domain }) else {
            throw .alreadyAdapted(domain: SiteAdapter.domain)
        }
        self.base = base
    }

    public var count: Int { decisions.count }

    /// Counts one decision: the comment's tokens and the label the moderator gave.
    public mutating func add(tokens: TokenList, label: String) {
        let extractor = FeatureExtractor(charGrams: base.options.charGrams)
        var features: [UInt64] = []
        extractor.features(of: tokens, into: &features)
        for h in features where base.counts.index[h] == nil && names[h] == nil {
            names[h] = extractor.name(of: h, in: tokens) ?? ""
        }
        // The fold follows the content, so a repeated comment never tests its own copy.
        let hash = features.reduce(FeatureHash.string(label)) { FeatureHash.pair($0, $1) }
        decisions.append(Decision(features: features, label: label, fold: Int(hash % UInt64(SiteAdapter.folds))))
    }

    /// The adapted model: the base counts plus the site's, a site expert in each head the
    /// decisions can teach, and the record of how it was chosen.
    public func adapt() throws(BayesError) -> Model {
        let negative = base.options.negativeLabel
        var specs = base.specs, records: [Adaptation.LabelRecord] = []
        let whole = base.options.maskShapes ? base.counts.maskShapeRows() : nil
        for h in specs.indices {
            let label = specs[h].label
            let relevant = decisions.filter { $0.label == label || $0.label == negative }
            let positives = relevant.count { $0.label == label }
            guard positives > 0, positives < relevant.count else { continue }
            let fit = SiteFit(adapter: self, head: h, decisions: relevant, whole: whole)
            records.append(
                Adaptation.LabelRecord(
                    label: label, positives: positives, negatives: relevant.count - positives,
                    weight: fit.weight, baseAUC: fit.baseAUC, adaptedAUC: fit.adaptedAUC))
            if fit.weight > 0 {
                specs[h].domains.append(
                    Head.DomainExpert(
                        domain: SiteAdapter.domain, weight: fit.weight,
                        calibration: .identity, siteSmoothing: SiteAdapter.smoothing))
            }
            specs[h].calibration = fit.calibration
        }
        guard !records.isEmpty else {
            var labels: [String: Int] = [:]
            for d in decisions { labels[d.label, default: 0] += 1 }
            throw .noContrast(labels: labels)
        }
        var counts = base.counts
        counts.merge(siteCounts(decisions))
        // Every feature a decision holds is kept: the site's own words are its evidence.
        return Model(
            counts: counts.pruned(minimum: 1), options: base.options, heads: specs,
            adaptation: Adaptation(domain: SiteAdapter.domain, decisions: decisions.count, labels: records))
    }

    /// Counts of `decisions` under the site domain, with the negative class always present.
    func siteCounts(_ decisions: [Decision]) -> ClassCounts {
        var counts = ClassCounts()
        _ = counts.addClass(ClassKey(label: base.options.negativeLabel, domain: SiteAdapter.domain))
        for d in decisions {
            let k = counts.addClass(ClassKey(label: d.label, domain: SiteAdapter.domain))
            counts.add(features: d.features, class: k) { h in
                names[h] ?? base.counts.index[h].map { base.counts.names[Int($0)] } ?? ""
            }
        }
        return counts
    }
}
