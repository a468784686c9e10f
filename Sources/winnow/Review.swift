import ArgumentParser
import Foundation
import WinnowPipeline

struct Review: WinnowCommand {
    static let configuration = CommandConfiguration(
        abstract: "Review verdicts one by one; decisions go to a labeled CSV for `winnow adapt` and training.",
        discussion: """
            Keys: a approve (label ok), h hostile, o off-topic, 1-9 the model's other labels \
            (in column order), s skip, u undo, q quit. Each \
            decision is appended to the decisions file at once; run again to resume.

            Orders: teach (default) shows, in every ten, the comment the model is least sure \
            of, five borderline comments (drawn at random from those ranked in the upper \
            half, below the top twentieth) and four approved ones drawn at random (an audit, \
            for an estimate of recall): what taught `winnow adapt` fastest. score shows \
            flagged comments highest first; uncertain, the least sure first; audit, approved \
            comments at random; borderline, borderline comments at random.

            With --queue N, nothing is asked: the first N comments the review would show \
            are written as verdict rows to --output, with a shown_as column and an empty \
            label column to fill in (the file is then decisions for adapt and evaluate).
            """)

    @Argument(help: "A verdict CSV written by `winnow score`.") var verdicts: String
    @Option(
        help: ArgumentHelp(
            "Decisions file (default: VERDICTS with .decisions.csv); repeat it to leave out what other files decided.",
            discussion: "A review appends to the first. The others, like a queue decided in a spreadsheet or any "
                + "id,text,label file, are only read."))
    var decisions: [String] = []
    @Option(help: "Which comments to show first: \(ReviewOrder.allCases.map(\.rawValue).joined(separator: ", ")).")
    var order: ReviewOrderOption = .init(.teach)
    @Option(help: "Write the next N comments of the review to --output instead of asking.") var queue: Int?
    @Option(name: .shortAndLong, help: "File for --queue (atomically; '-' standard output).") var output: String?

    func validate() throws {
        if let queue, queue < 1 { throw ValidationError("--queue must be 1 or more") }
        if queue != nil, output == nil {
            throw ValidationError("--queue needs --output FILE ('-' for standard output)")
        }
        if queue == nil, output != nil { throw ValidationError("--output goes with --queue") }
    }

    func execute() throws {
        let table = try VerdictTable.read(verdicts)
        let path = decisions.first ?? Review.defaultPath(verdicts)
        var decided: [String: String] = [:]
        for file in decisions.dropFirst() {
            // Only read: a missing one is a typo, not a new log.
            guard FileManager.default.fileExists(atPath: file) else { throw PipelineError.missingPath(file) }
            decided.merge(try DecisionLog(path: file).decisions(for: table)) { first, _ in first }
        }
        if let queue {
            // Read, never created: a queue written for someone else decides nothing.
            if FileManager.default.fileExists(atPath: path) {
                decided.merge(try DecisionLog(path: path).decisions(for: table)) { _, log in log }
            }
            let upcoming = ReviewQueue(verdicts: table, decided: decided, order: order.value).upcoming(queue)
            try ReviewQueueFile.write(upcoming, columns: table.columns, to: output ?? "-")
            if output != "-" {
                Diagnostics.printError("\(upcoming.count) comments to review written to \(output ?? "-")")
            }
            return
        }
        try interact(table, log: try DecisionLog(path: path), elsewhere: decided)
    }

    /// `elsewhere`: what the other decisions files decided, left out as the log's own are.
    private func interact(_ table: VerdictTable, log: DecisionLog, elsewhere: [String: String]) throws {
        try log.checkWritable()
        let decided = elsewhere.merging(log.decided) { _, log in log }
        var queue = ReviewQueue(verdicts: table, decided: decided, order: order.value)
        let keys = ReviewKeys(table.columns)
        let terminal = Terminal()
        defer { terminal.restore() }
        while let row = queue.current {
            terminal.clear()
            print(
                ReviewScreen.render(
                    row, columns: table.columns, keys: keys, remaining: queue.remaining, decided: log.count))
            guard let key = terminal.key() else {
                print("\nInput ended. \(log.count) decisions in \(log.path)")
                return
            }
            if let label = keys.label(key) {
                try log.record(row, label: label.rawValue, shownAs: queue.currentReason)
                queue.advance(decided: label.rawValue)
                continue
            }
            switch key {
            case "s":
                queue.advance(decided: nil)
            case "u":
                if queue.back() == true { try log.undo() }
            case "q":
                print("\(log.count) decisions in \(log.path)")
                return
            default:
                continue
            }
        }
        print("Nothing left to review. \(log.count) decisions in \(log.path)")
    }

    static func defaultPath(_ verdicts: String) -> String {
        let base = verdicts.hasSuffix(".csv") ? String(verdicts.dropLast(4)) : verdicts
        return base + ".decisions.csv"
    }
}
