#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

extension Head {
    /// Raw log-odds per feature in one domain (nil if the domain lacks either class).
    static func domainWeights(_ counts: ClassCounts, _ label: String, _ options: TrainingOptions,
                              _ domain: String) -> [Double]? {
        domainWeights(counts, label, options, [domain])[0]
    }

    /// Raw log-odds per feature in each of `domains` (nil where a domain lacks either class).
    ///
    /// All domains in two passes over the counts, one for each domain's totals and one for
    /// the weights: a row's counts for every class share a cache line, and the 7 MB of
    /// counts read once per domain and pass was most of the time it took to load a model.
    static func domainWeights(_ counts: ClassCounts, _ label: String, _ options: TrainingOptions,
                              _ domains: [String]) -> [[Double]?] {
        let classes: [(pos: Int, neg: Int)?] = domains.map { d in
            guard let pos = counts.classIndex(ClassKey(label: label, domain: d)),
                  let neg = counts.classIndex(ClassKey(label: options.negativeLabel, domain: d)) else { return nil }
            return (pos, neg)
        }
        let present = classes.compactMap { $0 }
        let totals = DomainTotals(counts, present, rarity: options.idfPower != 0)
        let alpha = options.alpha
        // ln(c + α) looked up for the whole counts below 4,096, nearly all of them: two
        // logarithms per feature and domain were a fifth of loading a model.
        let logs = (0..<4096).map { log(Double($0) + alpha) }
        func logPlusAlpha(_ c: Double) -> Double {
            let whole = Int(c)
            return Double(whole) == c && whole >= 0 && whole < logs.count ? logs[whole] : log(c + alpha)
        }
        // Smooth over each domain's own vocabulary: the whole model's would swamp a small
        // domain's counts (YouTube's 1,400 comments against 230,000 features).
        let denominators = present.indices.map { d in
            let v = Double(max(totals.seen[d], 1))
            return (pos: log(totals.pos[d] + alpha * v), neg: log(totals.neg[d] + alpha * v))
        }
        let rarity = present.indices.map { d in
            options.idfPower == 0 ? nil : RarityScale(power: options.idfPower,
                                                      documents: counts.documents[present[d].pos] + counts.documents[present[d].neg],
                                                      frequencies: totals.frequencies[d])
        }
        let k = counts.classes.count
        var weights = present.map { _ in [Double](repeating: 0, count: counts.featureCount) }
        for row in 0..<counts.featureCount {
            for (d, c) in present.enumerated() {
                let p = Double(counts.counts[row * k + c.pos]), n = Double(counts.counts[row * k + c.neg])
                // A feature this domain never saw is no evidence here (it would only add the
                // constant ratio of the smoothing denominators).
                guard p + n > 0 else { continue }
                let w = (logPlusAlpha(p) - denominators[d].pos) - (logPlusAlpha(n) - denominators[d].neg)
                weights[d][row] = rarity[d].map { w * $0.factor(p + n) } ?? w
            }
        }
        var next = 0
        return classes.map { c in
            guard c != nil else { return nil }
            defer { next += 1 }
            return weights[next]
        }
    }
}
