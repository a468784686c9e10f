import ArgumentParser
import WinnowPipeline
import WinnowSplit

struct Split: WinnowCommand {
    static let configuration = CommandConfiguration(
        abstract: "Split page dumps into title, article and comments (JSON Lines, one page per line).")

    @Argument(help: "Page dumps or saved HTML pages, or directories of *.txt and *.html pages.")
    var paths: [String]

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
                let file = try InputText.read(path, diagnostics: diagnostics)
                guard let text = file.pageText else {
                    throw PipelineError.badOption(
                        "\(path): a \(file.format.rawValue) file, not a page dump; score it with winnow score")
                }
                if explain {
                    try out.write("== \(path)\n")
                    for e in splitter.explain(text) {
                        try out.write(
                            e.state.name.padding(toLength: 9, withPad: " ", startingAt: 0)
                                + "| \(e.line.prefix(70))  [\(e.why)]\n")
                    }
                } else {
                    try out.write(JSONLines.encode(splitter.split(text, source: path)))
                }
            } catch {
                diagnostics.skip(error)
            }
        }
        try out.commit()
        if diagnostics.hasSkips { throw skippedInputs }
    }
}
