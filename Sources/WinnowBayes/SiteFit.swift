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

    /// `whole`: the base's rows its heads leave unshrunk (words' masks), or nil.
    init(adapter: SiteAdapter, head h: Int, decisions: [SiteAdapter.Decision], whole: [Bool]?) {
        let base = adapter.base, head = base.heads[h], options = base.options
        let experts = base.specs[h].domains
        let trained = Head.combined(
            Head.expertWeights(base.counts, head.label, options, experts), experts,
            rows: base.counts.featureCount, shrink: 0)
        let shrink = options.shrink(head.label)
        let weights = SiteAdapter.weights
        var scores = weights.map { _ in [Double](repeating: 0, count: decisions.count) }
        for fold in 0..<SiteAdapter.folds {
            let counts = adapter.siteCounts(decisions.filter { $0.fold != fold })
            let site = Head.siteWeights(
                counts, head.label, options.negativeLabel, SiteAdapter.domain,
                SiteAdapter.smoothing)
            for (i, d) in decisions.enumerated() where d.fold == fold {
                // Per known feature: the trained experts' sum and the site expert's weight.
                var pairs: [(trained: Double, site: Double, shrink: Double)] = []
                for f in d.features {
                    let row = base.counts.index[f].map { Int($0) }
                    let t = row.map { trained[$0] }
                    let s = site.flatMap { w in counts.index[f].map { w[Int($0)] } }
                    // A word's mask stays whole, as `Head.combined` leaves it.
                    let own = row.map { whole?[$0] == true } == true ? 0 : shrink
                    if t != nil || s != nil { pairs.append((t ?? 0, s ?? 0, own)) }
                }
                let scale = head.scale(options.lengthCountsEveryFeature ? d.features.count : pairs.count)
                for (k, w) in weights.enumerated() {
                    var sum = 0.0
                    for p in pairs { sum += Head.shrunk(p.trained + w * p.site, by: p.shrink) }
                    scores[k][i] = head.bias + sum * scale
                }
            }
        }
        let positive = decisions.map { $0.label == head.label }
        let auc = scores.map { SiteFit.rocAUC($0, positive) }
        let best = SiteFit.choose(scores, positive, auc)
        (weight, baseAUC, adaptedAUC) = (weights[best], auc[0], auc[best])
        let p = Double(positive.count { $0 }), n = Double(positive.count) - p
        // A few decisions of a class fit an unsteady curve: then the base's stands, unless
        // the site expert changed the scores it maps.
        guard best > 0 || min(p, n) >= SiteFit.calibrationMinimum else {
            calibration = head.calibration
            return
        }
        calibration = Calibration.fit(
            scores: scores[best], positive: positive,
            weights: positive.map { $0 ? (p + n) / (2 * p) : (p + n) / (2 * n) })
    }

    /// The weight for the site expert. The decisions are a small sample the queue chose,
    /// not the site, so each weight is gated: its cross-validated AUC must beat the base
    /// model's (weight 0) by `margin` standard errors of the paired difference (DeLong's);
    /// none passing, 0. Gating every weight, not only the best, keeps a moderate weight
    /// whose gain is sure when a larger one's is not (the error grows with the weight).
    /// Among those that pass, the largest whose AUC is within one standard error of the
    /// best's (Hanley and McNeil's): the final expert counts every decision, not four folds
    /// in five, and the comments never shown hold the highest-scored ones, where a site's
    /// line differs most from the model's. Both measured in Docs/experiments.md.
    static func choose(_ scores: [[Double]], _ positive: [Bool], _ auc: [Double]) -> Int {
        let base = placements(scores[0], positive)
        let passing = auc.indices.dropFirst().filter { k in
            guard auc[k].isFinite else { return false }
            let (gain, se) = pairedDifference(shares: placements(scores[k], positive), against: base, positive)
            return gain > SiteFit.margin * se
        }
        guard let best = passing.max(by: { auc[$0] < auc[$1] }) else { return 0 }
        let spread = standardError(auc[best], positives: positive.count { $0 }, negatives: positive.count { !$0 })
        return passing.last { $0 >= best && auc[$0] >= auc[best] - spread } ?? best
    }

    /// Decisions of each class needed to refit the head's calibration with no site expert.
    static let calibrationMinimum = 30.0

    /// How many standard errors the site expert's gain must reach.
    static let margin = 2.0

    /// Standard error of a ROC-AUC from `positives` and `negatives` (Hanley and McNeil 1982).
    static func standardError(_ a: Double, positives: Int, negatives: Int) -> Double {
        let p = Double(positives), n = Double(negatives)
        guard p > 0, n > 0 else { return .infinity }
        let q1 = a / (2 - a), q2 = 2 * a * a / (1 + a)
        return ((a * (1 - a) + (p - 1) * (q1 - a * a) + (n - 1) * (q2 - a * a)) / (p * n)).squareRoot()
    }

    /// AUC(a) − AUC(b) on the same comments and its standard error, from each positive's and
    /// each negative's share of pairs won (DeLong, DeLong and Clarke-Pearson 1988), each
    /// share found from one sort of the scores (Sun and Xu 2014), not by pairing every
    /// positive with every negative: tens of thousands of decisions take a fraction of a
    /// second for every weight tried.
    static func pairedDifference(_ a: [Double], _ b: [Double], _ positive: [Bool]) -> (Double, Double) {
        pairedDifference(shares: placements(a, positive), against: placements(b, positive), positive)
    }

    /// The same from the two scores' `placements`.
    static func pairedDifference(shares shareA: [Double], against shareB: [Double], _ positive: [Bool]) -> (
        Double, Double
    ) {
        let p = positive.count { $0 }, n = positive.count - p
        guard p > 1, n > 1 else { return (0, .infinity) }
        var perPositive: [Double] = [], perNegative: [Double] = []
        perPositive.reserveCapacity(p)
        perNegative.reserveCapacity(n)
        for i in positive.indices {
            if positive[i] {
                perPositive.append(shareA[i] - shareB[i])
            } else {
                perNegative.append(shareA[i] - shareB[i])
            }
        }
        func variance(_ v: [Double]) -> Double {
            let mean = v.reduce(0, +) / Double(v.count)
            return v.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(v.count - 1)
        }
        let gain = perPositive.reduce(0, +) / Double(p)
        return (gain, (variance(perPositive) / Double(p) + variance(perNegative) / Double(n)).squareRoot())
    }

    /// DeLong's placement of each comment under `scores`: for a positive, the share of
    /// negatives it outranks; for a negative, the share of positives that outrank it; a tie
    /// counts half.
    static func placements(_ scores: [Double], _ positive: [Bool]) -> [Double] {
        let p = Double(positive.count { $0 }), n = Double(positive.count) - p
        let order = scores.indices.sorted { scores[$0] < scores[$1] }
        var share = [Double](repeating: 0, count: scores.count)
        var positivesBelow = 0.0, negativesBelow = 0.0, start = 0
        while start < order.count {
            var end = start
            while end < order.count, scores[order[end]] == scores[order[start]] { end += 1 }
            let tiedPositives = Double(order[start..<end].count { positive[$0] })
            let tiedNegatives = Double(end - start) - tiedPositives
            let positivesAbove = p - positivesBelow - tiedPositives
            for i in order[start..<end] {
                share[i] =
                    positive[i]
                    ? (negativesBelow + 0.5 * tiedNegatives) / n : (positivesAbove + 0.5 * tiedPositives) / p
            }
            positivesBelow += tiedPositives
            negativesBelow += tiedNegatives
            start = end
        }
        return share
    }

    static func rocAUC(_ scores: [Double], _ positive: [Bool]) -> Double {
        var meter = Meter()
        for (s, p) in zip(scores, positive) { meter.add(score: s, isPositive: p) }
        return meter.rocAUC
    }
}
