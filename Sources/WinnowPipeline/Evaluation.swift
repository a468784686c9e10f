import Foundation
import WinnowBayes

/// `winnow evaluate`: scores labeled rows with a model and measures each score against
/// the gold labels, through the same path `winnow score` uses.
public struct Evaluation {
    public struct Options: Sendable {
        public var textColumn = "text", labelColumn = "label", articleColumn: String?
        public var policy = VerdictPolicy()
        public init() {}
    }

    /// One score measured against one gold label.
    public struct Result {
        public var label: String
        public var meter: Meter
    }

    public var results: [Result] = []
    /// Gold label x verdict counts.
    public var verdicts: [String: [String: Int]] = [:]
    public var rows = 0
    public let policy: VerdictPolicy

    public static func run(_ files: [String], model: Model, options: Options, diagnostics: Diagnostics) throws -> Evaluation {
        var evaluation = Evaluation(policy: options.policy)
        let scorer = CommentScorer(model: model, policy: options.policy)
        var meters: [String: Meter] = ["hostile": Meter(), "offtopic": Meter()]
        let columns = LabeledRows.Columns(text: options.textColumn, label: options.labelColumn, source: nil,
                                          id: nil, article: options.articleColumn)
        let rows = LabeledRows()
        try rows.forEach(files, columns, diagnostics: diagnostics) { row in
            try scorer.setArticle(row.article)
            let s = try scorer.score(row.text, source: "", id: "", author: "")
            meters["hostile"]?.add(score: s.hostile, isPositive: row.label == "hostile")
            meters["offtopic"]?.add(score: s.offtopic, isPositive: row.label == "offtopic")
            evaluation.verdicts[row.label, default: [:]][s.verdict, default: 0] += 1
            evaluation.rows += 1
        }
        rows.report(diagnostics)
        evaluation.results = meters.keys.sorted().compactMap { label in
            guard let m = meters[label], m.positives > 0 else { return nil }
            return Result(label: label, meter: m)
        }
        return evaluation
    }

    /// Human-readable report.
    public func text() -> String {
        var out = "rows: \(rows)\n"
        for r in results {
            let m = r.meter
            out += "\n\(r.label): \(m.positives) positive of \(m.count)\n"
            out += String(format: "  ROC-AUC %.4f   PR-AUC %.4f   Brier %.4f\n", m.rocAUC, m.prAUC, m.brier)
            for (name, t) in [("review", policy.reviewThreshold(r.label)), ("reject", policy.rejectThreshold(r.label))] {
                let c = m.confusion(at: t)
                out += String(format: "  at %@ threshold %.2f: precision %.3f  recall %.3f  F1 %.3f\n",
                              name, t, c.precision, c.recall, c.f1)
                out += "    confusion: TP \(c.truePositive)  FP \(c.falsePositive)  FN \(c.falseNegative)  TN \(c.trueNegative)\n"
            }
        }
        out += "\nverdicts by gold label (approve / review / reject):\n"
        for label in verdicts.keys.sorted() {
            let v = verdicts[label] ?? [:]
            out += "  \(label): \(v["approve"] ?? 0) / \(v["review"] ?? 0) / \(v["reject"] ?? 0)\n"
        }
        return out
    }

    /// Machine-readable report.
    public func json() -> String {
        func num(_ x: Double) -> String { x.isFinite ? String(format: "%.6f", x) : "null" }
        var parts: [String] = []
        for r in results {
            let m = r.meter
            let review = m.confusion(at: policy.reviewThreshold(r.label))
            let reject = m.confusion(at: policy.rejectThreshold(r.label))
            func confusion(_ c: Confusion) -> String {
                "{\"precision\":\(num(c.precision)),\"recall\":\(num(c.recall)),\"f1\":\(num(c.f1)),"
                    + "\"tp\":\(c.truePositive),\"fp\":\(c.falsePositive),\"fn\":\(c.falseNegative),\"tn\":\(c.trueNegative)}"
            }
            parts.append("\(JSONLines.quote(r.label)):{\"count\":\(m.count),\"positives\":\(m.positives),"
                + "\"roc_auc\":\(num(m.rocAUC)),\"pr_auc\":\(num(m.prAUC)),\"brier\":\(num(m.brier)),"
                + "\"review\":\(confusion(review)),\"reject\":\(confusion(reject))}")
        }
        let verdictJSON = verdicts.keys.sorted().map { label in
            let v = verdicts[label] ?? [:]
            return "\(JSONLines.quote(label)):{\"approve\":\(v["approve"] ?? 0),\"review\":\(v["review"] ?? 0),\"reject\":\(v["reject"] ?? 0)}"
        }
        return "{\"rows\":\(rows),\"scores\":{\(parts.joined(separator: ","))},\"verdicts\":{\(verdictJSON.joined(separator: ","))}}\n"
    }
}
