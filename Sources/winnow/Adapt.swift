import ArgumentParser
import WinnowPipeline

struct Adapt: WinnowCommand {
    static let configuration = CommandConfiguration(
        abstract: "Teach a model one site's line from its moderators' decisions.",
        discussion: """
            DECISIONS are training-format CSV files (id,text,label; label one the model \
            scores, such as hostile or offtopic, or ok), such as `winnow review` writes. The \
            site's decisions become an expert of their own beside the base model's, weighted \
            by cross-validation on the decisions (never below the base model there), and the \
            scores are recalibrated to them. Give every decision each time, starting from \
            the same base model.
            """)

    @Argument(help: "Decisions files (training-format CSV).") var decisions: [String]
    @Option(help: "Base model (default: the default model).") var model: String?
    @Option(name: .shortAndLong, help: "Model file to write (atomically).") var output: String
    @Option(help: "Column holding the comment text.") var textColumn = "text"
    @Option(help: "Column holding the decision.") var labelColumn = "label"
    @Option(help: "Rename decisions, e.g. an export's status: 'spam=offtopic,approved=ok,trash=hostile'.")
    var labelMap: String?

    func validate() throws {
        guard !decisions.isEmpty else { throw ValidationError("give at least one decisions file") }
        if let labelMap { try asUsage { _ = try LabelMap.parse(labelMap) } }
    }

    func execute() throws {
        let loaded = try ModelStore.locate(explicit: model)
        Diagnostics.printError("base model \(loaded.provenance)")
        let base = loaded.model
        var columns = AdaptRun.Columns()
        (columns.text, columns.label) = (textColumn, labelColumn)
        columns.labelMap = try labelMap.map(LabelMap.parse) ?? [:]
        let adapted = try AdaptRun.adapt(decisions, base: base, columns: columns)
        try ModelStore.save(adapted, to: output)
        for line in adapted.adaptation?.summary ?? [] { print(line) }
        for line in AdaptRun.lessons(adapted) { print(line) }
        print("wrote \(output)")
    }
}
