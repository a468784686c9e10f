import ArgumentParser
import WinnowFormats
import WinnowPipeline

struct Score: WinnowCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score the comments of pages, exports, CSVs or workbooks; write one verdict row per comment.")

    @Argument(
        help:
            "Page dumps, saved HTML pages, web archives, exports, databases or Parquet files (sniffed from their content), or directories of pages, web archives and Parquet parts; a .csv, .tsv, .xlsx, .xls, .ods or .zip is read as with --comments."
    )
    var paths: [String] = []

    @Option(
        help:
            "Score the rows of this CSV, TSV or workbook (.xlsx, .xls, .ods), the comments of this export (JSON, XML, ...), or those of a zip of them, instead of pages ('-' for standard input)."
    )
    var comments: [String] = []

    @Option(help: "Score the page records of this JSON Lines file (the split output; '-' for standard input).")
    var jsonl: [String] = []

    @Option(
        help:
            "Column (or JSON field) holding the comment text (default: text, else one an export names so: body, comment, message, ...)."
    )
    var textColumn = "text"
    @Option(
        help: "Column holding the row id, kept in the output (default: id, when there is one; else the row number).")
    var idColumn: String?
    @Option(help: "Column holding the comment author (default: author, when there is one).") var authorColumn: String?
    @Option(
        help:
            "Read every input as this format, whatever its content looks like: \(InputFormat.forced.joined(separator: ", "))."
    )
    var format: FormatOption?
    @Option(help: "The source column's value for standard input ('-').") var sourceName = "<stdin>"
    @Flag(help: "--comments files have no header row: name columns by number (--text-column 2).")
    var noHeaderRow = false
    @Option(
        help:
            "Field separator of --comments files: one character or 'tab' (default: sniffed from the header: comma, tab or semicolon)."
    )
    var delimiter: String?
    @Option(help: "Column holding the article the comment sits under (enables relevance).")
    var articleColumn: String?
    @Option(help: "Column naming the thread (rows sharing it are one discussion; enables relevance).")
    var threadColumn: String?

    @OptionGroup var common: ScoringOptions

    @Option(name: .shortAndLong, help: "Write here (atomically) instead of standard output.")
    var output: String?

    @Option(help: "Worker threads (default: one per core).") var jobs: Int?
    @Flag(help: "No progress bar.") var quiet = false
    @Flag(help: "Do not prefix formula-like fields with an apostrophe (spreadsheet safety off).")
    var raw = false
    @Flag(help: "Do not write the header row (for concatenating partitions).") var noHeader = false

    func validate() throws {
        try asUsage { _ = try delimiterByte() }
        guard !paths.isEmpty || !comments.isEmpty || !jsonl.isEmpty else {
            throw ValidationError("give page paths, --comments FILE.csv or --jsonl FILE.jsonl")
        }
        let range = BatchScorer.Options.jobsRange
        if let jobs, !range.contains(jobs) {
            throw ValidationError("--jobs must be between \(range.lowerBound) and \(range.upperBound)")
        }
    }

    func delimiterByte() throws -> UInt8? {
        switch delimiter {
        case nil: return nil
        case "tab", "\\t", "\t": return 9
        case let d? where d.utf8.count == 1 && d != "\"" && d != "\n": return d.utf8.first
        case let d?: throw PipelineError.usage("--delimiter '\(d)' is not one character or 'tab'")
        }
    }

    func execute() throws {
        let diagnostics = Diagnostics()
        defer { diagnostics.summarize() }
        var columns = CSVCommentSource.Columns(
            text: textColumn, id: idColumn ?? "id", author: authorColumn ?? "author",
            article: articleColumn)
        columns.thread = threadColumn
        // A column named on the command line but missing from a file is a mistake in the
        // command, found before any work.
        columns.delimiter = try delimiterByte()
        var input = InputText.Options()
        (input.format, input.stdinName) = (format?.value, sourceName)
        columns.input = input
        columns.headerRow = !noHeaderRow
        let (files, tables) = InputFiles.partitionTables(
            InputFiles.expand(paths, extensions: InputFiles.scored, diagnostics: diagnostics))
        let csvFiles = comments + tables
        try CSVCommentSource.checkColumns(
            csvFiles, [textColumn, articleColumn, threadColumn, idColumn, authorColumn].compactMap { $0 },
            delimiter: columns.delimiter, headerRow: columns.headerRow)
        let model = try common.loadModel().model
        // Kept to the end of the process: freeing 230,000 names and tables one by one
        // costs more than the exit that reclaims them anyway.
        _ = Unmanaged.passRetained(model)
        var options = BatchScorer.Options()
        (options.quiet, options.raw, options.header) = (quiet, raw, !noHeader)
        if let jobs { options.jobs = jobs }
        let scorer = BatchScorer(model: model, policy: try common.policy(), options: options)
        try scorer.policy.check(scored: scorer.columns.labels)
        var sources: [CommentSource] = []
        if !files.isEmpty { sources.append(PageSource(files: files, input: input, diagnostics: diagnostics)) }
        if !jsonl.isEmpty { sources.append(JSONLinesSource(files: jsonl, diagnostics: diagnostics)) }
        if !csvFiles.isEmpty {
            sources.append(CSVCommentSource(files: csvFiles, columns: columns, diagnostics: diagnostics))
        }
        let out = try OutputFile(path: output)
        let rows = try scorer.run(sources, into: out, diagnostics: diagnostics)
        if let usage = diagnostics.usageError { throw usage }
        // Left uncommitted, the output file is discarded and an earlier one stays.
        guard rows > 0 else {
            let inputs = max(paths.count, files.count + tables.count) + jsonl.count + comments.count
            throw PipelineError.noComments(inputs: inputs, skipped: min(inputs, diagnostics.skipCount))
        }
        try out.commit()
        if let output, output != "-" { Diagnostics.printError("\(rows) verdicts written to \(output)") }
        if diagnostics.hasSkips { throw skippedInputs }
    }
}
