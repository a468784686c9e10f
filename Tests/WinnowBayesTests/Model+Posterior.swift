#if canImport(Glibc)
    import Glibc
#else
    import Darwin
#endif

@testable import WinnowBayes

extension Model {
    /// The multinomial naive Bayes posterior over labels (domains pooled) for a comment's
    /// feature rows, normalised in log space with log-sum-exp so long comments cannot
    /// underflow: the model invariants tests check the counts through it.
    func posterior(rows: [Int32]) -> [(label: String, probability: Double)] {
        let labels = counts.labels
        let k = counts.classes.count, v = Double(max(counts.featureCount, 1)), alpha = options.alpha
        let classLabel = counts.classes.map { labels.firstIndex(of: $0.label) ?? 0 }
        var totals = [Double](repeating: 0, count: labels.count)
        var documents = [Double](repeating: 0, count: labels.count)
        for (j, d) in counts.documents.enumerated() { documents[classLabel[j]] += d }
        for row in 0..<counts.featureCount {
            for j in 0..<k { totals[classLabel[j]] += Double(counts.counts[row * k + j]) }
        }
        let allDocuments = max(documents.reduce(0, +), 1)
        var logp = labels.indices.map { c in
            options.uniformPrior ? -log(Double(labels.count)) : log(max(documents[c], 1e-9) / allDocuments)
        }
        var perLabel = [Double](repeating: 0, count: labels.count)
        for r in rows {
            for c in perLabel.indices { perLabel[c] = 0 }
            for j in 0..<k { perLabel[classLabel[j]] += Double(counts.counts[Int(r) * k + j]) }
            for c in labels.indices { logp[c] += log((perLabel[c] + alpha) / (totals[c] + alpha * v)) }
        }
        let top = logp.max() ?? 0
        let norm = top + log(logp.reduce(0) { $0 + exp($1 - top) })
        return labels.indices.map { (labels[$0], exp(logp[$0] - norm)) }
    }
}
