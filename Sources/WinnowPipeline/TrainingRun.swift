import WinnowBayes
import WinnowText

/// `winnow train`: labeled CSV files in, a model out.
public enum TrainingRun {
    public struct Options: Sendable {
        public var textColumn = "text", labelColumn = "label", sourceColumn = "source", idColumn = "id"
        /// Source -> domain; a source not listed is its own domain.
        public var domains = DomainMap()
        public var model = TrainingOptions()
        /// Label values, or label column names, to rename ("1" -> "hostile").
        public var labelMap: [String: String] = [:]
        public init() {}
    }

    public static func train(_ files: [String], options: Options, diagnostics: Diagnostics) throws -> Model {
        var trainer = try count(files, options: options, diagnostics: diagnostics)
        trainer.domainWeights = options.domains.weights
        trainer.domainBounds = options.domains.bounds
        return try trainer.finish()
    }

    /// Reads and counts every usable row (a count shard is this, saved unpruned).
    public static func count(_ files: [String], options: Options, diagnostics: Diagnostics) throws -> Trainer {
        var columns = LabeledRows.Columns(
            text: options.textColumn, label: options.labelColumn,
            source: options.sourceColumn, id: options.idColumn)
        (columns.labelMap, columns.negative) = (options.labelMap, options.model.negativeLabel)
        var trainer = Trainer(options: options.model)
        let normalizer = Normalizer()
        var tokens = TokenList()
        let rows = LabeledRows()
        var labels = Set<String>()
        try rows.forEach(files, columns, diagnostics: diagnostics) { row in
            try normalizer.tokenize(row.text, into: &tokens)
            // A row with several labels counts for each: every head compares its label with ok.
            for label in row.labels {
                trainer.add(tokens: tokens, label: label, domain: options.domains.domain(of: row.source))
                labels.insert(label)
            }
        }
        rows.report(diagnostics)
        warnOfCaseTwins(labels, diagnostics)
        return trainer
    }

    /// Labels are taken as written (any label set), so "Hostile" and "hostile" train two
    /// heads: said, with the map that merges them.
    static func warnOfCaseTwins(_ labels: Set<String>, _ diagnostics: Diagnostics) {
        for twins in Dictionary(grouping: labels, by: { $0.lowercased() }).values where twins.count > 1 {
            let sorted = twins.sorted(), first = sorted.last ?? ""
            diagnostics.warn(
                "labels \(sorted.map { "'\($0)'" }.joined(separator: " and ")) differ only in case and train apart; "
                    + "--label-map \(sorted.dropLast().map { "\($0)=\(first)" }.joined(separator: ",")) merges them")
        }
    }
}
