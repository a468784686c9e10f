#if canImport(Glibc)
    import Glibc
#else
    import Darwin
#endif

/// Platt scaling: maps a raw log-odds score `s` to `sigmoid(a * s + b)`.
///
/// Naive Bayes log-odds are far too confident (features are not independent); a two-number
/// logistic fit on scores of comments the counts did not see makes `0.8` mean about 80 %.
public struct Calibration: Sendable, Equatable {
    public var a: Double
    public var b: Double

    public static let identity = Calibration(a: 1, b: 0)

    public init(a: Double, b: Double) {
        self.a = a
        self.b = b
    }

    public func probability(_ score: Double) -> Double { Calibration.sigmoid(a * score + b) }

    /// The logistic function, computed so that neither tail overflows.
    public static func sigmoid(_ x: Double) -> Double {
        x >= 0 ? 1 / (1 + exp(-x)) : exp(x) / (1 + exp(x))
    }

    /// Fits `a`, `b` by weighted logistic regression (Newton's method) with Platt's
    /// smoothed targets, which keep the fit finite when the scores separate perfectly.
    public static func fit(scores: [Double], positive: [Bool], weights: [Double]) -> Calibration {
        var wPos = 0.0, wNeg = 0.0
        for i in scores.indices { if positive[i] { wPos += weights[i] } else { wNeg += weights[i] } }
        guard wPos > 0, wNeg > 0 else { return .identity }
        let hi = (wPos + 1) / (wPos + 2), lo = 1 / (wNeg + 2)
        // Fit on standardised scores (Newton's method is only reliable near unit scale),
        // then map the coefficients back.
        var mean = 0.0, total = 0.0
        for i in scores.indices {
            mean += scores[i] * weights[i]
            total += weights[i]
        }
        mean /= max(total, 1e-12)
        var variance = 0.0
        for i in scores.indices { variance += weights[i] * (scores[i] - mean) * (scores[i] - mean) }
        let spread = max(variance / max(total, 1e-12), 1e-12).squareRoot()
        let z = scores.map { ($0 - mean) / spread }
        var a = 1.0, b = 0.0
        for _ in 0..<50 {
            var g0 = 0.0, g1 = 0.0, h00 = 0.0, h01 = 0.0, h11 = 0.0
            for i in z.indices {
                let p = sigmoid(a * z[i] + b)
                let t = positive[i] ? hi : lo
                let w = weights[i]
                let d = (p - t) * w, v = max(p * (1 - p), 1e-12) * w
                g0 += d * z[i]
                g1 += d
                h00 += v * z[i] * z[i]
                h01 += v * z[i]
                h11 += v
            }
            h00 += 1e-9
            h11 += 1e-9
            let det = h00 * h11 - h01 * h01
            guard det.isFinite, abs(det) > 1e-18 else { break }
            let da = (h11 * g0 - h01 * g1) / det, db = (h00 * g1 - h01 * g0) / det
            a -= da
            b -= db
            if abs(da) < 1e-9, abs(db) < 1e-9 { break }
        }
        // A slope of 0 or below says the held-out scores do not rank the labels (too few of
        // them, as in a tiny training set): mapping through it would flatten or reverse the
        // score, so the raw score stands, as when one label has no held-out rows.
        guard a.isFinite, b.isFinite, a > 0 else { return .identity }
        return Calibration(a: a / spread, b: b - a * mean / spread)
    }
}
