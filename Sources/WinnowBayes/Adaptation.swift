/// How a model was adapted to one site by `winnow adapt`, stored in the model file: per
/// label, the decisions it learnt from, the weight its site expert was given, and the
/// cross-validated ROC-AUC on those decisions of the base model and of the adapted one.
public struct Adaptation: Sendable, Equatable {
    public struct LabelRecord: Sendable, Equatable {
        public var label: String
        /// Decisions of this label and of the negative label.
        public var positives: Int, negatives: Int
        /// The site expert's weight in the head's sum (0: the site's evidence did not help).
        public var weight: Double
        /// Out-of-fold ROC-AUC on the decisions: the base model's and the adapted model's.
        public var baseAUC: Double, adaptedAUC: Double

        public init(label: String, positives: Int, negatives: Int, weight: Double, baseAUC: Double, adaptedAUC: Double)
        {
            (self.label, self.positives, self.negatives, self.weight) = (label, positives, negatives, weight)
            (self.baseAUC, self.adaptedAUC) = (baseAUC, adaptedAUC)
        }
    }

    /// The domain the site's decisions are counted under.
    public var domain: String
    /// Every decision read, whatever its label.
    public var decisions: Int
    public var labels: [LabelRecord]

    public init(domain: String, decisions: Int, labels: [LabelRecord]) {
        (self.domain, self.decisions, self.labels) = (domain, decisions, labels)
    }

    /// One line a label: "hostile: 37 of 500 decisions, site weight 2, ROC-AUC 0.61 -> 0.70".
    public var summary: [String] {
        labels.map { r in
            "\(r.label): \(r.positives) of \(r.positives + r.negatives) decisions, site weight \(r.weight), "
                + "cross-validated ROC-AUC on them \(Adaptation.format(r.baseAUC)) -> \(Adaptation.format(r.adaptedAUC))"
        }
    }

    static func format(_ x: Double) -> String {
        guard x.isFinite else { return "n/a" }
        let scaled = Int((x * 1000).rounded())
        let frac = String(scaled % 1000)
        return "\(scaled / 1000)." + String(repeating: "0", count: 3 - frac.count) + frac
    }
}
