import ArgumentParser
import WinnowBayes
import WinnowPipeline

struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Train a model from labeled CSV files.")

    @Argument(help: "Labeled CSV files (columns id,text,label[,source]).") var files: [String]
    @Option(name: .shortAndLong, help: "Model file to write (atomically).") var output: String
    @Option(help: "Column holding the comment text.") var textColumn = "text"
    @Option(help: "Column holding the label.") var labelColumn = "label"
    @Option(help: "Column naming the row's source, for balancing.") var sourceColumn = "source"
    @Option(help: "CSV mapping sources to domains (columns source,domain[,weight][,bound]; see Data/README.md).") var domains: String?
    @Option(help: "Lidstone smoothing.") var alpha = 1.0
    @Option(help: "Drop features seen in fewer weighted comments.") var minCount = 2.0
    @Option(help: "Divide scores by (feature count)^this: 0 sums evidence, 0.5 is L2 normalisation.")
    var lengthPower = 0.5
    @Option(help: "Scale each domain's feature weights by (IDF / mean IDF)^this: below 0 shrinks rare features, 0 leaves them.")
    var idfPower = -0.5
    @Option(help: "Per label, move each feature's weight this far toward 0 (nearer ones become 0), e.g. hostile=0.9,offtopic=0.3; labels not named: none.")
    var shrink = "hostile=0.9"
    @Flag(inversion: .prefixedNo, help: "Character 4-grams of words as features.") var charGrams = true
    @Flag(help: "Write a count shard for `winnow merge` instead of a model.") var shard = false

    /// The run's summary: standard output, unless the model itself goes there.
    func say(_ message: String) {
        if output == "-" { Diagnostics.printError(message) } else { print(message) }
    }

    func run() throws {
        TemporaryFiles.installSignalHandlers()
        let diagnostics = Diagnostics()
        var options = TrainingRun.Options()
        options.textColumn = textColumn
        options.labelColumn = labelColumn
        options.sourceColumn = sourceColumn
        options.model.alpha = alpha
        options.model.minimumCount = minCount
        options.model.lengthPower = lengthPower
        options.model.idfPower = idfPower
        options.model.shrinks = try Train.parseShrinks(shrink)
        options.model.charGrams = charGrams
        do {
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
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw fail(error)
        }
        if diagnostics.hasSkips { throw skippedInputs }
    }
}

extension Train {
    /// "label=nats[,label=nats]": how far each label's head shrinks its weights.
    static func parseShrinks(_ spec: String) throws -> [String: Double] {
        var result: [String: Double] = [:]
        for part in spec.split(separator: ",") {
            let pieces = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pieces.count == 2, !pieces[0].isEmpty, let value = Double(pieces[1]), value >= 0, value.isFinite else {
                throw ValidationError("--shrink '\(part)' is not label=nats with nats >= 0 (e.g. hostile=0.9)")
            }
            result[pieces[0]] = value
        }
        return result
    }
}
