import ArgumentParser
import WinnowBayes
import WinnowPipeline

struct Train: WinnowCommand {
    static let configuration = CommandConfiguration(abstract: "Train a model from labeled CSV files.")

    @Argument(help: "Labeled CSV files (columns id,text,label[,source]).") var files: [String]
    @Option(name: .shortAndLong, help: "Model file to write (atomically).") var output: String
    @Option(help: "Column holding the comment text.") var textColumn = "text"
    @Option(help: "Column holding the label, or several comma-separated 0/1 columns, one per label (all 0: ok).")
    var labelColumn = "label"
    @Option(help: "Rename label values (or label columns), e.g. '1=hostile,0=ok'.") var labelMap: String?
    @Option(help: "Column naming the row's source, for balancing.") var sourceColumn = "source"
    @Option(help: "CSV mapping sources to domains (columns source,domain[,weight][,bound]; see Data/README.md).")
    var domains: String?
    @Option(help: "Lidstone smoothing.") var alpha = 1.0
    @Option(help: "Drop features seen in fewer weighted comments.") var minCount = 2.0
    @Option(help: "Divide scores by (feature count)^this: 0 sums evidence, 0.5 is L2 normalisation.")
    var lengthPower = 0.5
    @Option(
        help:
            "Scale each domain's feature weights by (IDF / mean IDF)^this: below 0 shrinks rare features, 0 leaves them."
    )
    var idfPower = -0.5
    @Option(
        help:
            "Per label, move each feature's weight this far toward 0 (nearer ones become 0), e.g. hostile=0.9,offtopic=0.3, or one number for every label; labels not named: none."
    )
    var shrink = "hostile=0.9"
    @Flag(inversion: .prefixedNo, help: "Character 4-grams of words as features.") var charGrams = true
    @Flag(
        inversion: .prefixedNo,
        help:
            "Count each word of four letters or more also as its mask (\"s****d\"), so masks scoring cannot read weigh as the words they may hide."
    )
    var maskShapes = true
    @Flag(help: "Write a count shard for `winnow merge` instead of a model.") var shard = false

    /// The run's summary: standard output, unless the model itself goes there.
    func say(_ message: String) {
        if output == "-" { Diagnostics.printError(message) } else { print(message) }
    }

    func validate() throws {
        guard alpha > 0, alpha.isFinite else { throw ValidationError("--alpha must be above 0") }
        guard minCount >= 0, lengthPower.isFinite, idfPower.isFinite else {
            throw ValidationError("--min-count must be 0 or more; --length-power and --idf-power finite")
        }
        do {
            _ = try shrinks()
        } catch {
            throw ValidationError("\(error)")
        }
        if let labelMap { try asUsage { _ = try LabelMap.parse(labelMap) } }
    }

    func shrinks() throws -> [String: Double] {
        try LabelValues.parse(
            shrink, what: "--shrink", expected: "a number of nats, 0 or more", example: "0.9 or hostile=0.9"
        ) { $0 >= 0 && $0.isFinite }
    }

    func execute() throws {
        let diagnostics = Diagnostics()
        defer { diagnostics.summarize() }
        var options = TrainingRun.Options()
        options.textColumn = textColumn
        options.labelColumn = labelColumn
        options.labelMap = try labelMap.map(LabelMap.parse) ?? [:]
        options.sourceColumn = sourceColumn
        options.model.alpha = alpha
        options.model.minimumCount = minCount
        options.model.lengthPower = lengthPower
        options.model.idfPower = idfPower
        options.model.charGrams = charGrams
        options.model.maskShapes = maskShapes
        options.model.shrinks = try shrinks()
        if let domains { options.domains = try DomainMap.read(domains) }
        if shard {
            let trainer = try TrainingRun.count(files, options: options, diagnostics: diagnostics)
            try OutputFile.writeAtomically(CountsFile.encode(trainer), to: output)
            say("counted \(trainer.documents) comments; wrote shard \(output)")
            if diagnostics.hasSkips { throw skippedInputs }
            return
        }
        let model = try TrainingRun.train(files, options: options, diagnostics: diagnostics)
        try ModelStore.save(model, to: output)
        let c = model.counts
        let classes = c.classes.enumerated().map { "\($1.label)@\($1.domain) \(Int(c.documents[$0]))" }
        say("trained on \(classes.joined(separator: ", ")); \(c.featureCount) features; wrote \(output)")
        if diagnostics.hasSkips { throw skippedInputs }
    }
}
