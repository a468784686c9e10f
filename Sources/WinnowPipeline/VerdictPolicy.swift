import Foundation
import WinnowBayes

/// Turns scores into a verdict: `reject` when any score reaches its reject threshold,
/// `review` when any reaches its review threshold, `approve` otherwise.
public struct VerdictPolicy: Sendable, Equatable {
    public var reject: [String: Double]
    public var review: [String: Double]
    /// Expected share of each label among the comments scored. The model's probabilities
    /// are calibrated as if the classes were balanced; a base rate moves them to the
    /// site's real odds: logit(p') = logit(p) + logit(rate).
    public var baseRates: [String: Double] = [:]

    public static let defaultReject = 0.9
    public static let defaultReview = 0.5

    public init(reject: [String: Double] = [:], review: [String: Double] = [:]) {
        self.reject = reject
        self.review = review
    }

    public func rejectThreshold(_ score: String) -> Double { reject[score] ?? reject["*"] ?? Self.defaultReject }
    public func reviewThreshold(_ score: String) -> Double { review[score] ?? review["*"] ?? Self.defaultReview }

    /// `p` moved from balanced odds to the base rate of `score`, when one is set.
    public func adjust(_ p: Double, _ score: String) -> Double {
        guard let rate = baseRates[score] ?? baseRates["*"], rate > 0, rate < 1 else { return p }
        let clamped = min(max(p, 1e-12), 1 - 1e-12)
        return Calibration.sigmoid(log(clamped / (1 - clamped)) + log(rate / (1 - rate)))
    }

    public func verdict(_ scores: [(name: String, probability: Double)]) -> String {
        if scores.contains(where: { $0.probability >= rejectThreshold($0.name) }) { return Verdict.reject.rawValue }
        if scores.contains(where: { $0.probability >= reviewThreshold($0.name) }) { return Verdict.review.rawValue }
        return Verdict.approve.rawValue
    }

    /// Parses "0.8" (every score) or "hostile=0.8,offtopic=0.95" into thresholds.
    public static func parse(_ spec: String) throws(PipelineError) -> [String: Double] {
        try LabelValues.parse(
            spec, what: "threshold", expected: "a probability between 0 and 1",
            example: "0.8 or hostile=0.8"
        ) { $0 >= 0 && $0 <= 1 }
    }

    /// Parses "0.05" or "hostile=0.05,offtopic=0.2" into base rates, each strictly between 0 and 1.
    public static func parseRates(_ spec: String) throws(PipelineError) -> [String: Double] {
        try LabelValues.parse(
            spec, what: "base rate", expected: "a share between 0 and 1, both excluded",
            example: "0.05 or hostile=0.05"
        ) { $0 > 0 && $0 < 1 }
    }

    /// A threshold or base rate for a label the model does not score is bad usage.
    public func check(scored labels: [Label]) throws(PipelineError) {
        let known = Set(labels.map(\.rawValue) + ["*"])
        for name in Set(reject.keys).union(review.keys).union(baseRates.keys) where !known.contains(name) {
            throw .usage(
                "a threshold or base rate for '\(name)', which the model does not score (it scores "
                    + labels.map(\.rawValue).joined(separator: ", ") + ")")
        }
    }
}
