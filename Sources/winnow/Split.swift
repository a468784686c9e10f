import ArgumentParser
import WinnowPipeline
import WinnowSplit

struct Split: WinnowCommand {
    static let configuration = CommandConfiguration(
        abstract: "Split page dumps into title, article and comments (JSON Lines, one page per line).")

    @Argument(
        help:
            "Page dumps, saved HTML pages, web archives (*.warc, *.warc.gz) or a scraper's database of pages, directories of them, or zip archives of them ('-' for standard input)."
    )
    var paths: [String]

    @Option(help: "The source field's value for standard input ('-').") var sourceName = "<stdin>"

    @Option(name: .shortAndLong, help: "Write here (atomically) instead of standard output.")
    var output: String?

    @Flag(help: "Print each line's decoded state and the features behind it instead of JSON.")
    var explain = false

    func execute() throws {
        let diagnostics = Diagnostics()
        defer { diagnostics.summarize() }
        let files = InputFiles.expand(paths, extensions: InputFiles.pages, diagnostics: diagnostics)
        let out = try OutputFile(path: output)
        let splitter = Splitter()
        for path in files {
            do {
                for page in try PageTexts.read(path, stdinName: sourceName, diagnostics: diagnostics) {
                    try write(page, splitter, to: out)
                }
            } catch {
                diagnostics.skip(error)
            }
        }
        try out.commit()
        if diagnostics.hasSkips { throw skippedInputs }
    }

    private func write(_ page: (source: String, text: String), _ splitter: Splitter, to out: OutputFile) throws {
        guard explain else {
            try out.write(JSONLines.encode(splitter.split(page.text, source: page.source)))
            return
        }
        try out.write("== \(page.source)\n")
        for e in splitter.explain(page.text) {
            try out.write(
                e.state.name.padding(toLength: 9, withPad: " ", startingAt: 0) + "| \(e.line.prefix(70))  [\(e.why)]\n")
        }
    }
}
