import Foundation
import WinnowBayes

/// `winnow evaluate`: scores labeled rows with a model and measures each score against
/// the gold labels, through the same path `winnow score` uses.
public struct Evaluation {
    public struct Options: Sendable {
        public var textColumn = "text", labelColumn = "label", articleColumn: String?, threadColumn: String?
        /// Label values, or label column names, to rename (as for training).
        public var labelMap: [String: String] = [:]
        public var policy = VerdictPolicy()
        /// Comments the verdicts behind a decisions file flagged and approved (for recall).
        public var verdictCounts: (flagged: Int, approved: Int)?
        public init() {}
    }

    /// One score measured against one gold label.
    public struct Result {
        public var label: String
        public var meter: Meter
    }

    public var results: [Result] = []
    /// The labels the model scored, for saying so when no gold label matches one.
    public var scored: [String] = []
    /// Gold label x verdict counts.
    public var verdicts: [String: [String: Int]] = [:]
    public var rows = 0
    public let policy: VerdictPolicy
    /// The model measured: its path and hash.
    public var model: (path: String, hash: String)?
    /// Decisions files: (label, the verdict the model had given) per row.
    public var decisions: [(label: String, modelVerdict: String, shownAs: String?)] = []
    /// For decisions files: precision and recall on the site as the decisions estimate them.
    public var moderation: ModerationEstimate?

    public static func run(
        _ files: [String], model loaded: ModelStore.Loaded, options: Options, diagnostics: Diagnostics
    ) throws -> Evaluation {
        let model = loaded.model
        var evaluation = Evaluation(policy: options.policy)
        evaluation.model = (loaded.path, loaded.hash)
        let scorer = CommentScorer(model: model, policy: options.policy)
        // Every label the scorer gives a score, in column order.
        let labels = scorer.columns.labels
        var meters = labels.map { _ in Meter() }
        var columns = LabeledRows.Columns(
            text: options.textColumn, label: options.labelColumn, source: nil,
            id: nil, article: options.articleColumn)
        (columns.labelMap, columns.negative, columns.thread) = (
            options.labelMap, model.options.negativeLabel, options.threadColumn
        )
        let known = labels.map(\.rawValue) + [model.options.negativeLabel]
        columns.anyCase = LabeledRows.Columns.byLowercase(known)
        let rows = LabeledRows()
        // Scored a window at a time, as `winnow score` does: a comment's discussion is the
        // rows of its window that share its article or thread.
        let indexer = DiscussionIndexer(model: model)
        var window: [(row: LabeledRows.Row, job: CommentJob)] = [], rule = DiscussionWindow()
        func scoreWindow() throws {
            var jobs = window.map(\.job)
            indexer.index(&jobs)
            for (k, job) in jobs.enumerated() {
                let row = window[k].row, s = try scorer.score(job)
                for (c, label) in labels.enumerated() where !s.scores[c].isNaN {
                    meters[c].add(score: s.scores[c], isPositive: row.labels.contains(label.rawValue))
                }
                for label in row.labels { evaluation.verdicts[label, default: [:]][s.verdict, default: 0] += 1 }
                evaluation.rows += 1
                if let v = row.modelVerdict { evaluation.decisions.append((row.labels[0], v, row.shownAs)) }
            }
            window.removeAll(keepingCapacity: true)
            rule = DiscussionWindow()
        }
        try rows.forEach(files, columns, diagnostics: diagnostics) { row in
            let job = CommentJob(
                source: row.path, id: "", author: "", text: row.text, article: row.article, thread: row.thread)
            if !rule.admits(job) {
                try scoreWindow()
                _ = rule.admits(job)
            }
            window.append((row, job))
        }
        try scoreWindow()
        rows.report(diagnostics)
        let unknown = evaluation.verdicts.filter { !known.contains($0.key) }
        if !unknown.isEmpty {
            let count = unknown.values.reduce(0) { $0 + $1.values.reduce(0, +) }
            diagnostics.warn(
                "\(count == 1 ? "1 row holds a label" : "\(count) rows hold labels") the model does not score ("
                    + "\(unknown.keys.sorted().joined(separator: ", "))): counted as negatives; --label-map renames them"
            )
        }
        if !evaluation.decisions.isEmpty {
            evaluation.moderation = ModerationEstimate(
                decisions: evaluation.decisions, negative: model.options.negativeLabel,
                flagged: options.verdictCounts?.flagged,
                approved: options.verdictCounts?.approved)
        }
        evaluation.results = zip(labels, meters).filter { $0.1.positives > 0 && $0.1.count > $0.1.positives }
            .map { Result(label: $0.0.rawValue, meter: $0.1) }
        evaluation.scored = labels.indices.filter { meters[$0].count > 0 }.map { labels[$0].rawValue }
        return evaluation
    }

    /// Human-readable report.
    public func text() -> String {
        var out = "rows: \(rows)\n"
        if results.isEmpty {
            out +=
                "no measure: no gold label is one the model scores (\(scored.joined(separator: ", "))) with both "
                + "positive and negative rows; name the label column (--label-column) or map values (--label-map)\n"
        }
        for r in results {
            let m = r.meter
            out += "\n\(r.label): \(m.positives) positive of \(m.count)\n"
            out += String(format: "  ROC-AUC %.4f   PR-AUC %.4f   Brier %.4f\n", m.rocAUC, m.prAUC, m.brier)
            out += reliability(m)
            for (name, t) in [
                (Verdict.review.rawValue, policy.reviewThreshold(r.label)),
                (Verdict.reject.rawValue, policy.rejectThreshold(r.label))
            ] {
                let c = m.confusion(at: t)
                out += String(
                    format: "  at %@ threshold %.2f: precision %.3f  recall %.3f  F1 %.3f\n",
                    name, t, c.precision, c.recall, c.f1)
                out +=
                    "    confusion: TP \(c.truePositive)  FP \(c.falsePositive)  FN \(c.falseNegative)  TN \(c.trueNegative)\n"
            }
        }
        out += overruled()
        out += "\nverdicts by gold label (approve / review / reject):\n"
        for label in verdicts.keys.sorted() {
            let v = verdicts[label] ?? [:]
            out += "  \(label): " + Verdict.allCases.map { "\(v[$0.rawValue] ?? 0)" }.joined(separator: " / ") + "\n"
        }
        return out
    }

    /// How often moderators overruled the model, for decisions files from `winnow review`.
    func overruled() -> String {
        guard !decisions.isEmpty else { return "" }
        let flagged = decisions.filter { $0.modelVerdict != Verdict.approve.rawValue }
        let approved = flagged.filter { $0.label == Label.ok.rawValue }.count
        var out = "\nmoderator decisions: \(decisions.count)\n"
        out += String(
            format: "  the model's flag was overruled (moderator approved) in %d of %d (%.1f%%)\n",
            approved, flagged.count, 100 * Double(approved) / Double(max(flagged.count, 1)))
        for verdict in [Verdict.review.rawValue, Verdict.reject.rawValue] {
            let these = flagged.filter { $0.modelVerdict == verdict }
            guard !these.isEmpty else { continue }
            let labels = Dictionary(grouping: these, by: \.label).mapValues(\.count)
            out +=
                "  model said \(verdict): "
                + labels.keys.sorted().map { "\($0) \(labels[$0] ?? 0)" }.joined(separator: ", ") + "\n"
        }
        return out + (moderation?.text() ?? "")
    }

    /// Observed rate of positives per predicted-probability band: calibration at a glance.
    func reliability(_ m: Meter) -> String {
        var out = "  reliability (predicted band: comments, mean predicted, observed):\n"
        for bin in m.reliability(bins: 5) where bin.count > 0 {
            out += String(
                format: "    %.1f-%.1f: %5d  %.3f  %.3f\n", bin.low, bin.low + 0.2, bin.count, bin.meanScore,
                bin.observed)
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
            parts.append(
                "\(JSONLines.quote(r.label)):{\"count\":\(m.count),\"positives\":\(m.positives),"
                    + "\"roc_auc\":\(num(m.rocAUC)),\"pr_auc\":\(num(m.prAUC)),\"brier\":\(num(m.brier)),"
                    + "\"review\":\(confusion(review)),\"reject\":\(confusion(reject))}")
        }
        let verdictJSON = verdicts.keys.sorted().map { label in
            let v = verdicts[label] ?? [:]
            return
                "\(JSONLines.quote(label)):{"
                + Verdict.allCases.map { "\"\($0.rawValue)\":\(v[$0.rawValue] ?? 0)" }.joined(separator: ",") + "}"
        }
        let moderationJSON = moderation.map { ",\"moderation\":" + $0.json() } ?? ""
        let modelJSON =
            model.map { "\"model\":{\"path\":\(JSONLines.quote($0.path)),\"hash\":\(JSONLines.quote($0.hash))}," } ?? ""
        return
            "{\(modelJSON)\"rows\":\(rows),\"scores\":{\(parts.joined(separator: ","))},\"verdicts\":{\(verdictJSON.joined(separator: ","))}\(moderationJSON)}\n"
    }
}
