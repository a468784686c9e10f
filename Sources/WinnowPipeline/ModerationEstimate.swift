import Foundation

/// What a review's decisions say about the model on the site, for `winnow evaluate` of a
/// decisions file: precision from the flagged comments moderators decided, and recall
/// from the audit (approved comments drawn at random, `shown_as` audit), scaled by how
/// many comments the verdicts flagged and approved. Intervals are Wilson's 95 % for the
/// two shares, carried to recall at their ends.
public struct ModerationEstimate: Sendable {
    public struct Share: Sendable {
        public var hits: Int, of: Int
        public var value: Double { of == 0 ? .nan : Double(hits) / Double(of) }

        /// Wilson score interval at 95 %.
        public var interval: (low: Double, high: Double) {
            guard of > 0 else { return (.nan, .nan) }
            let n = Double(of), p = value, z = 1.96
            let centre = (p + z * z / (2 * n)) / (1 + z * z / n)
            let half = z / (1 + z * z / n) * (p * (1 - p) / n + z * z / (4 * n * n)).squareRoot()
            return (max(0, centre - half), min(1, centre + half))
        }
    }

    /// Flagged comments decided, and how many of them moderators did not approve.
    public var precision: Share
    /// Audited approved comments, and how many moderators did not approve: the misses.
    public var missRate: Share
    /// How many comments the verdicts flagged and approved, when known.
    public var flagged: Int?, approved: Int?

    public init(
        decisions: [(label: String, modelVerdict: String, shownAs: String?)], negative: String,
        flagged: Int?, approved: Int?
    ) {
        let onFlagged = decisions.filter { $0.modelVerdict != Verdict.approve.rawValue }
        let audited = decisions.filter {
            $0.shownAs == ReviewOrder.Reason.audit.rawValue && $0.modelVerdict == Verdict.approve.rawValue
        }
        precision = Share(hits: onFlagged.count { $0.label != negative }, of: onFlagged.count)
        missRate = Share(hits: audited.count { $0.label != negative }, of: audited.count)
        (self.flagged, self.approved) = (flagged, approved)
    }

    /// Estimated recall and its interval: flagged x precision over that plus approved x
    /// miss rate (nil without the verdicts' counts or an audit).
    public var recall: (value: Double, low: Double, high: Double)? {
        guard let flagged, let approved, precision.of > 0, missRate.of > 0 else { return nil }
        func r(_ p: Double, _ m: Double) -> Double {
            let found = p * Double(flagged), missed = m * Double(approved)
            return found + missed == 0 ? .nan : found / (found + missed)
        }
        let p = precision.interval, m = missRate.interval
        return (r(precision.value, missRate.value), r(p.low, m.high), r(p.high, m.low))
    }

    public func text() -> String {
        func pct(_ x: Double) -> String { x.isFinite ? String(format: "%.1f%%", 100 * x) : "n/a" }
        func share(_ s: Share) -> String {
            "\(pct(s.value)) (\(s.hits) of \(s.of); 95% \(pct(s.interval.low))-\(pct(s.interval.high)))"
        }
        var out = "  precision of the flags: \(share(precision))\n"
        if let flagged, precision.of < flagged {
            out +=
                "    (\(precision.of) of the \(flagged) flagged comments decided; the teach order shows those nearest the threshold)\n"
        }
        out += "  misses in the audit of approved comments: \(share(missRate))\n"
        if let r = recall {
            out +=
                "  estimated recall: \(pct(r.value)) (95% \(pct(r.low))-\(pct(r.high))) over \(flagged ?? 0) flagged and \(approved ?? 0) approved comments\n"
        } else if missRate.of == 0 {
            out += "  estimated recall: needs audited decisions (winnow review --order teach or audit)\n"
        } else {
            out += "  estimated recall: needs the verdicts the decisions came from (--verdicts)\n"
        }
        return out
    }

    public func json() -> String {
        func num(_ x: Double) -> String { x.isFinite ? String(format: "%.6f", x) : "null" }
        func share(_ s: Share) -> String {
            "{\"value\":\(num(s.value)),\"hits\":\(s.hits),\"of\":\(s.of),\"low\":\(num(s.interval.low)),\"high\":\(num(s.interval.high))}"
        }
        let recallJSON =
            recall.map { "{\"value\":\(num($0.value)),\"low\":\(num($0.low)),\"high\":\(num($0.high))}" } ?? "null"
        return "{\"precision\":\(share(precision)),\"miss_rate\":\(share(missRate)),\"recall\":\(recallJSON)}"
    }
}
