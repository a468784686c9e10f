#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// One score of the model: label `L` against all other labels, with per-feature log-odds
/// weights derived from the counts.
public struct Head: Sendable {
    public let label: String
    let labelIndex: Int
    /// Per counts row: log P(f | L) - log P(f | not L).
    let weights: [Float]
    let bias: Double
    public var calibration: Calibration

    init(counts: ClassCounts, label: Int, options: TrainingOptions, calibration: Calibration) {
        self.label = counts.labels[label]
        labelIndex = label
        self.calibration = calibration
        let k = counts.labels.count, v = Double(max(counts.featureCount, 1))
        var inClass = 0.0, outClass = 0.0
        for row in 0..<counts.featureCount {
            for j in 0..<k {
                let c = Double(counts.counts[row * k + j])
                if j == label { inClass += c } else { outClass += c }
            }
        }
        let alpha = options.alpha
        let denomIn = log(inClass + alpha * v), denomOut = log(outClass + alpha * v)
        var w = [Float](repeating: 0, count: counts.featureCount)
        for row in 0..<counts.featureCount {
            var cin = 0.0, cout = 0.0
            for j in 0..<k {
                let c = Double(counts.counts[row * k + j])
                if j == label { cin += c } else { cout += c }
            }
            w[row] = Float((log(cin + alpha) - denomIn) - (log(cout + alpha) - denomOut))
        }
        weights = w
        let docsIn = counts.documents[label]
        let docsOut = counts.documents.reduce(0, +) - docsIn
        bias = options.uniformPrior || docsIn <= 0 || docsOut <= 0 ? 0 : log(docsIn / docsOut)
    }

    /// Raw log-odds of a comment given the counts rows of its features.
    @inline(__always)
    func logOdds(rows: UnsafeBufferPointer<Int32>) -> Double {
        var s = bias
        weights.withUnsafeBufferPointer { w in
            // Safe: every row came from the same counts the weights were built from.
            for r in rows { s += Double(w[Int(r)]) }
        }
        return s
    }
}
