import ArgumentParser
import WinnowPipeline

struct Score: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score comments of page dumps or of a CSV; write one verdict row per comment.")

    @Argument(help: "Page dump files, or directories of *.txt dumps.")
    var paths: [String] = []

    @Option(help: "Score the rows of this CSV instead of pages ('-' for standard input).")
    var comments: [String] = []

    @Option(help: "Score the page records of this JSON Lines file (the split output; '-' for standard input).")
    var jsonl: [String] = []

    @Option(help: "Column holding the comment text.") var textColumn = "text"
    @Option(help: "Column holding the row id, kept in the output.") var idColumn = "id"
    @Option(help: "Column holding the comment author, if any.") var authorColumn = "author"
    @Option(help: "Column holding the article the comment sits under (enables relevance).")
    var articleColumn: String?

    @OptionGroup var common: ScoringOptions

    @Option(name: .shortAndLong, help: "Write here (atomically) instead of standard output.")
    var output: String?

    @Option(help: "Worker threads.") var jobs = 2
    @Flag(help: "No progress bar.") var quiet = false
    @Flag(help: "Do not prefix formula-like fields with an apostrophe (spreadsheet safety off).")
    var raw = false
    @Flag(help: "Do not write the header row (for concatenating partitions).") var noHeader = false

    func validate() throws {
        guard !paths.isEmpty || !comments.isEmpty || !jsonl.isEmpty else {
            throw ValidationError("give page paths, --comments FILE.csv or --jsonl FILE.jsonl")
        }
        guard jobs >= 1, jobs <= 256 else { throw ValidationError("--jobs must be between 1 and 256") }
    }

    func run() throws {
        TemporaryFiles.installSignalHandlers()
        let diagnostics = Diagnostics()
        do {
            let model = try common.loadModel()
            // Kept to the end of the process: freeing 230,000 names and tables one by one
            // costs more than the exit that reclaims them anyway.
            _ = Unmanaged.passRetained(model)
            var options = BatchScorer.Options()
            (options.jobs, options.quiet, options.raw, options.header) = (jobs, quiet, raw, !noHeader)
            let scorer = BatchScorer(model: model, policy: try common.policy(), options: options)
            let out = try OutputFile(path: output)
            var rows = 0
            if !paths.isEmpty {
                let files = InputFiles.expand(paths, extensions: ["txt"], diagnostics: diagnostics)
                rows += try scorer.run(PageSource(files: files, diagnostics: diagnostics), into: out, diagnostics: diagnostics)
                options.header = false
            }
            if !jsonl.isEmpty {
                let scorer = BatchScorer(model: model, policy: try common.policy(), options: options)
                rows += try scorer.run(JSONLinesSource(files: jsonl, diagnostics: diagnostics), into: out, diagnostics: diagnostics)
                options.header = false
            }
            if !comments.isEmpty {
                let columns = CSVCommentSource.Columns(text: textColumn, id: idColumn, author: authorColumn,
                                                       article: articleColumn)
                let csv = BatchScorer(model: model, policy: try common.policy(), options: options)
                rows += try csv.run(CSVCommentSource(files: comments, columns: columns, diagnostics: diagnostics),
                                    into: out, diagnostics: diagnostics)
            }
            try out.commit()
            if let output { Diagnostics.printError("\(rows) verdicts written to \(output)") }
        } catch {
            throw fail(error)
        }
        if diagnostics.hasSkips { throw skippedInputs }
    }
}
