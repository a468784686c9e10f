import ArgumentParser
import Foundation
import WinnowPipeline

struct Evaluate: WinnowCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure a model on labeled CSV files: ROC-AUC, PR-AUC, precision/recall/F1, confusion matrix.")

    @Argument(help: "Labeled CSV files.") var files: [String]
    @Option(help: "Column holding the comment text.") var textColumn = "text"
    @Option(help: "Column holding the gold label, or several comma-separated 0/1 columns, one per label.")
    var labelColumn = "label"
    @Option(help: "Rename label values (or label columns), e.g. '1=hostile,0=ok'.") var labelMap: String?
    @Option(help: "Column holding the article (off-topic relevance).") var articleColumn: String?
    @Option(help: "Column naming the thread (rows sharing it are one discussion).") var threadColumn: String?
    @OptionGroup var common: ScoringOptions
    @Flag(help: "Print the report as JSON.") var json = false
    @Option(
        help:
            "For a decisions file: the verdict CSV it came from, for recall (default: the file beside it, when there is one)."
    )
    var verdicts: String?

    func validate() throws {
        if let labelMap { try asUsage { _ = try LabelMap.parse(labelMap) } }
    }

    func execute() throws {
        let diagnostics = Diagnostics()
        defer { diagnostics.summarize() }
        var options = Evaluation.Options()
        options.textColumn = textColumn
        options.labelColumn = labelColumn
        (options.articleColumn, options.threadColumn) = (articleColumn, threadColumn)
        options.labelMap = try labelMap.map(LabelMap.parse) ?? [:]
        options.policy = try common.policy()
        if let path = verdicts ?? files.lazy.compactMap(Evaluate.verdictsBeside).first {
            let rows = try VerdictTable.read(path).rows
            let flagged = rows.count { $0.flagged }
            options.verdictCounts = (flagged, rows.count - flagged)
        }
        let loaded = try common.loadModel()
        try options.policy.check(scored: VerdictColumns(modelLabels: loaded.model.heads.map { Label($0.label) }).labels)
        let report = try Evaluation.run(files, model: loaded, options: options, diagnostics: diagnostics)
        print(json ? report.json() : report.text(), terminator: "")
        if diagnostics.hasSkips { throw skippedInputs }
    }
}

extension Evaluate {
    /// `v.csv` for `v.decisions.csv`, when it exists (where `winnow review` puts decisions).
    static func verdictsBeside(_ decisions: String) -> String? {
        guard decisions.hasSuffix(".decisions.csv") else { return nil }
        let path = String(decisions.dropLast(".decisions.csv".count)) + ".csv"
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }
}
