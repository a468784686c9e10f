import ArgumentParser
import WinnowPipeline

struct Evaluate: WinnowCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure a model on labeled CSV files: ROC-AUC, PR-AUC, precision/recall/F1, confusion matrix.")

    @Argument(help: "Labeled CSV files.") var files: [String]
    @Option(help: "Column holding the comment text.") var textColumn = "text"
    @Option(help: "Column holding the gold label.") var labelColumn = "label"
    @Option(help: "Column holding the article (off-topic relevance).") var articleColumn: String?
    @OptionGroup var common: ScoringOptions
    @Flag(help: "Print the report as JSON.") var json = false

    func execute() throws {
        let diagnostics = Diagnostics()
        var options = Evaluation.Options()
        options.textColumn = textColumn
        options.labelColumn = labelColumn
        options.articleColumn = articleColumn
        options.policy = try common.policy()
        let report = try Evaluation.run(files, model: try common.loadModel(), options: options, diagnostics: diagnostics)
        print(json ? report.json() : report.text(), terminator: "")
        if diagnostics.hasSkips { throw skippedInputs }
    }
}
