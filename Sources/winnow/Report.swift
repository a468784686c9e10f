import ArgumentParser
import Foundation
import WinnowPipeline

struct Report: WinnowCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a self-contained HTML report of a verdict CSV (and a decisions file).")

    @Argument(help: "A verdict CSV written by `winnow score`.") var verdicts: String
    @Option(name: .shortAndLong, help: "HTML file to write (atomically).") var output: String
    @Option(help: "Decisions from `winnow review` (or a decided queue, or id,text,label), shown beside the verdicts.")
    var decisions: String?

    func execute() throws {
        let table = try VerdictTable.read(verdicts)
        var decided: [String: String] = [:]
        if let decisions {
            guard FileManager.default.fileExists(atPath: decisions) else { throw PipelineError.missingPath(decisions) }
            decided = try DecisionLog(path: decisions).decisions(for: table)
        }
        let html = ReportWriter.html(table, decisions: decided, title: "Winnow report: \(verdicts)")
        try OutputFile.writeAtomically(Array(html.utf8), to: output)
        print("report of \(table.rows.count) comments written to \(output)")
    }
}
