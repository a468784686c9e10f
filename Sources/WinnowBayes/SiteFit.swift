/// The cross-validated choice of one head's site-expert weight (see `SiteAdapter`).
///
/// A head's weight of a feature is the trained experts' sum plus the site expert's, shrunk
/// toward 0; the trained sum does not change when site counts are added (the site is its
/// own domain and bounds no other expert), so each weight is tried on exact out-of-fold
/// scores without building a model per fold.
struct SiteFit {
    private(set) var weight = 0.0
    private(set) var calibration = Calibration.identity
    private(set) var baseAUC = Double.nan, adaptedAUC = Double.nan

    init(adapter: SiteAdapter, head h: Int, decisions: [SiteAdapter.Decision]) {
        let base = adapter.base, head = base.heads[h], options = base.options
        let experts = base.specs[h].domains
        let trained = Head.combined(Head.expertWeights(base.counts, head.label, options, experts), experts,
                                    rows: base.counts.featureCount, shrink: 0)
        let shrink = options.shrink(head.label)
        let weights = SiteAdapter.weights
        var scores = weights.map { _ in [Double](repeating: 0, count: decisions.count) }
        for fold in 0..<SiteAdapter.folds {
            let counts = adapter.siteCounts(decisions.filter { $0.fold != fold })
            let site = Head.siteWeights(counts, head.label, options.negativeLabel, SiteAdapter.domain,
                                        SiteAdapter.smoothing)
            for (i, d) in decisions.enumerated() where d.fold == fold {
                // Per known feature: the trained experts' sum and the site expert's weight.
                var pairs: [(trained: Double, site: Double)] = []
                for f in d.features {
                    let t = base.counts.index[f].map { trained[Int($0)] }
                    let s = site.flatMap { w in counts.index[f].map { w[Int($0)] } }
                    if t != nil || s != nil { pairs.append((t ?? 0, s ?? 0)) }
                }
                let scale = head.scale(options.lengthCountsEveryFeature ? d.features.count : pairs.count)
                for (k, w) in weights.enumerated() {
                    var sum = 0.0
                    for p in pairs { sum += Head.shrunk(p.trained + w * p.site, by: shrink) }
                    scores[k][i] = head.bias + sum * scale
                }
            }
        }
        let positive = decisions.map { $0.label == head.label }
        let auc = scores.map { SiteFit.rocAUC($0, positive) }
        let best = SiteFit.choose(auc, positives: positive.count { $0 }, negatives: positive.count { !$0 })
        (weight, baseAUC, adaptedAUC) = (weights[best], auc[0], auc[best])
        let p = Double(positive.count { $0 }), n = Double(positive.count) - p
        calibration = Calibration.fit(scores: scores[best], positive: positive,
                                      weights: positive.map { $0 ? (p + n) / (2 * p) : (p + n) / (2 * n) })
    }

    /// The weight to keep: the smallest whose AUC is within one standard error of the
    /// best (Hanley and McNeil's), and 0 unless that beats the base model's by a standard
    /// error too. The decisions are a small sample chosen by the queue, not the site: a
    /// weight that wins on them by less than their noise did worse on the rest of a site.
    static func choose(_ auc: [Double], positives: Int, negatives: Int) -> Int {
        guard let top = auc.indices.filter({ auc[$0].isFinite }).max(by: { auc[$0] < auc[$1] }) else { return 0 }
        let se = standardError(auc[top], positives: positives, negatives: negatives)
        return auc[top] - se > auc[0] ? top : 0
    }

    /// Standard error of a ROC-AUC from `positives` and `negatives` (Hanley and McNeil 1982).
    static func standardError(_ a: Double, positives: Int, negatives: Int) -> Double {
        let p = Double(positives), n = Double(negatives)
        guard p > 0, n > 0 else { return .infinity }
        let q1 = a / (2 - a), q2 = 2 * a * a / (1 + a)
        return ((a * (1 - a) + (p - 1) * (q1 - a * a) + (n - 1) * (q2 - a * a)) / (p * n)).squareRoot()
    }

    static func rocAUC(_ scores: [Double], _ positive: [Bool]) -> Double {
        var meter = Meter()
        for (s, p) in zip(scores, positive) { meter.add(score: s, isPositive: p) }
        return meter.rocAUC
    }
}
