import WinnowBayes
import WinnowText

/// `winnow train`: labeled CSV files in, a model out.
public enum TrainingRun {
    /// How rows are weighted so that no source or label dominates.
    public enum Balance: String, CaseIterable, Sendable {
        /// Every row weighs 1.
        case none
        /// Each label weighs the same in total.
        case labels
        /// Each (source, label) group weighs the same in total: a source that only brings
        /// hostile rows cannot teach "this source's style is hostile".
        case sources
    }

    public struct Options: Sendable {
        public var textColumn = "text", labelColumn = "label", sourceColumn = "source", idColumn = "id"
        public var balance = Balance.sources
        public var model = TrainingOptions()
        public init() {}
    }

    public static func train(_ files: [String], options: Options, diagnostics: Diagnostics) throws -> Model {
        let columns = LabeledRows.Columns(text: options.textColumn, label: options.labelColumn,
                                          source: options.sourceColumn, id: options.idColumn)
        let weights = try groupWeights(files, columns, options.balance, diagnostics)
        var trainer = Trainer(options: options.model)
        let normalizer = Normalizer()
        var tokens = TokenList()
        let rows = LabeledRows()
        try rows.forEach(files, columns, diagnostics: Diagnostics(echo: false)) { row in
            try normalizer.tokenize(row.text, into: &tokens)
            trainer.add(tokens: tokens, label: row.label, weight: weights[Group(row)] ?? 1)
        }
        rows.report(diagnostics)
        return try trainer.finish()
    }

    struct Group: Hashable {
        var source: String, label: String
        init(_ row: LabeledRows.Row) { source = row.source; label = row.label }
    }

    /// First pass: counts rows per group and derives a weight per group (mean weight 1).
    static func groupWeights(_ files: [String], _ columns: LabeledRows.Columns, _ balance: Balance,
                             _ diagnostics: Diagnostics) throws -> [Group: Double] {
        var counts: [Group: Int] = [:]
        try LabeledRows().forEach(files, columns, diagnostics: diagnostics) { counts[Group($0), default: 0] += 1 }
        let total = Double(counts.values.reduce(0, +))
        switch balance {
        case .none:
            return [:]
        case .labels:
            var perLabel: [String: Int] = [:]
            for (g, n) in counts { perLabel[g.label, default: 0] += n }
            let share = total / Double(max(perLabel.count, 1))
            return counts.mapValues { _ in 1 }.reduce(into: [:]) { w, e in
                w[e.key] = share / Double(perLabel[e.key.label] ?? 1)
            }
        case .sources:
            let share = total / Double(max(counts.count, 1))
            return counts.mapValues { share / Double($0) }
        }
    }
}
