/// Quality measures of one binary score against gold labels (fastText's "meter").
public struct Meter: Sendable {
    public private(set) var scores: [Double] = []
    public private(set) var positive: [Bool] = []

    public init() {}

    public mutating func add(score: Double, isPositive: Bool) {
        scores.append(score)
        positive.append(isPositive)
    }

    public var count: Int { scores.count }
    public var positives: Int { positive.lazy.filter { $0 }.count }

    /// Area under the ROC curve (Mann-Whitney U, ties counted half).
    public var rocAUC: Double {
        let order = scores.indices.sorted { scores[$0] < scores[$1] }
        var rankSumPositive = 0.0
        var i = 0
        while i < order.count {
            var j = i
            while j + 1 < order.count, scores[order[j + 1]] == scores[order[i]] { j += 1 }
            let rank = Double(i + j) / 2 + 1
            for k in i...j where positive[order[k]] { rankSumPositive += rank }
            i = j + 1
        }
        let p = Double(positives), n = Double(count - positives)
        guard p > 0, n > 0 else { return .nan }
        return (rankSumPositive - p * (p + 1) / 2) / (p * n)
    }

    /// Average precision: the area under the precision-recall curve, step-wise.
    public var prAUC: Double {
        let order = scores.indices.sorted { scores[$0] > scores[$1] }
        let total = Double(positives)
        guard total > 0 else { return .nan }
        var tp = 0.0, seen = 0.0, ap = 0.0
        for i in order {
            seen += 1
            if positive[i] {
                tp += 1
                ap += tp / seen
            }
        }
        return ap / total
    }

    /// Mean squared error of the probability: lower is better calibrated.
    public var brier: Double {
        guard count > 0 else { return .nan }
        var s = 0.0
        for i in scores.indices {
            let d = scores[i] - (positive[i] ? 1 : 0)
            s += d * d
        }
        return s / Double(count)
    }

    /// Counts at a decision threshold: flagged when `score >= threshold`.
    public func confusion(at threshold: Double) -> Confusion {
        var c = Confusion()
        for i in scores.indices {
            switch (scores[i] >= threshold, positive[i]) {
            case (true, true): c.truePositive += 1
            case (true, false): c.falsePositive += 1
            case (false, true): c.falseNegative += 1
            case (false, false): c.trueNegative += 1
            }
        }
        return c
    }

    /// Observed positive rate per predicted-probability bin (a reliability table).
    public func reliability(bins: Int = 10) -> [(low: Double, count: Int, meanScore: Double, observed: Double)] {
        var n = [Int](repeating: 0, count: bins), sum = [Double](repeating: 0, count: bins)
        var pos = [Int](repeating: 0, count: bins)
        for i in scores.indices {
            let b = min(bins - 1, max(0, Int(scores[i] * Double(bins))))
            n[b] += 1
            sum[b] += scores[i]
            if positive[i] { pos[b] += 1 }
        }
        var table: [(low: Double, count: Int, meanScore: Double, observed: Double)] = []
        for b in 0..<bins {
            let size = Double(max(n[b], 1))
            table.append((Double(b) / Double(bins), n[b], sum[b] / size, Double(pos[b]) / size))
        }
        return table
    }
}

/// A 2x2 confusion matrix and the measures read off it.
public struct Confusion: Sendable, Equatable {
    public var truePositive = 0, falsePositive = 0, falseNegative = 0, trueNegative = 0

    public var precision: Double {
        truePositive + falsePositive == 0 ? 0 : Double(truePositive) / Double(truePositive + falsePositive)
    }
    public var recall: Double {
        truePositive + falseNegative == 0 ? 0 : Double(truePositive) / Double(truePositive + falseNegative)
    }
    public var f1: Double {
        let p = precision, r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }
}
