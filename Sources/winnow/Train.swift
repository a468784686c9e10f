import ArgumentParser
import WinnowPipeline

struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Train a model from labeled CSV files.")

    @Argument(help: "Labeled CSV files (columns id,text,label[,source]).") var files: [String]
    @Option(name: .shortAndLong, help: "Model file to write (atomically).") var output: String
    @Option(help: "Column holding the comment text.") var textColumn = "text"
    @Option(help: "Column holding the label.") var labelColumn = "label"
    @Option(help: "Column naming the row's source, for balancing.") var sourceColumn = "source"
    @Option(help: "Row weighting: none, labels, sources.") var balance = "sources"
    @Option(help: "Lidstone smoothing.") var alpha = 0.5
    @Option(help: "Drop features seen in fewer weighted comments.") var minCount = 2.0

    func run() throws {
        TemporaryFiles.installSignalHandlers()
        let diagnostics = Diagnostics()
        var options = TrainingRun.Options()
        options.textColumn = textColumn
        options.labelColumn = labelColumn
        options.sourceColumn = sourceColumn
        options.model.alpha = alpha
        options.model.minimumCount = minCount
        guard let b = TrainingRun.Balance(rawValue: balance) else {
            throw ValidationError("--balance must be one of: none, labels, sources")
        }
        options.balance = b
        do {
            let model = try TrainingRun.train(files, options: options, diagnostics: diagnostics)
            try ModelStore.save(model, to: output)
            let labels = model.counts.labels.enumerated().map { "\($1) \(Int(model.counts.documents[$0].rounded()))" }
            print("trained on \(labels.joined(separator: ", ")) (weighted); \(model.counts.featureCount) features; wrote \(output)")
        } catch {
            throw fail(error)
        }
        if diagnostics.hasSkips { throw skippedInputs }
    }
}
