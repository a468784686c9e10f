import ArgumentParser
import Foundation
import WinnowPipeline

struct Review: WinnowCommand {
    static let configuration = CommandConfiguration(
        abstract: "Review flagged verdicts one by one; decisions go to a labeled CSV for training.",
        discussion: """
            Keys: a approve (label ok), h hostile, o off-topic, s skip, u undo, q quit. Each \
            decision is appended to the decisions file at once; run again to resume.
            """)

    @Argument(help: "A verdict CSV written by `winnow score`.") var verdicts: String
    @Option(help: "Decisions file (default: VERDICTS with .decisions.csv).") var decisions: String?

    func execute() throws {
        let log: DecisionLog, table: VerdictTable
        table = try VerdictTable.read(verdicts)
        log = try DecisionLog(path: decisions ?? Review.defaultPath(verdicts))
        var queue = ReviewQueue(verdicts: table, decided: log.decided)
        let terminal = Terminal()
        defer { terminal.restore() }
        var decidedSteps: [Bool] = []
        while let row = queue.current {
            terminal.clear()
            print(ReviewScreen.render(row, remaining: queue.remaining, decided: log.count))
            guard let key = terminal.key() else {
                print("\nInput ended. \(log.count) decisions in \(log.path)")
                return
            }
            switch key {
            case "a", "h", "o":
                let label = ["a": "ok", "h": "hostile", "o": "offtopic"][key] ?? "ok"
                try log.record(row, label: label)
                queue.advance(decided: label)
                decidedSteps.append(true)
            case "s":
                queue.advance(decided: nil)
                decidedSteps.append(false)
            case "u":
                guard let wasDecision = decidedSteps.popLast(), queue.back() != nil else { continue }
                if wasDecision { try log.undo() }
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

/// What the moderator sees for one comment.
enum ReviewScreen {
    static func render(_ row: VerdictTable.Row, remaining: Int, decided: Int) -> String {
        var lines = [
            "winnow review: \(remaining) to go, \(decided) decided",
            "",
            "article:  \(row.title.isEmpty ? "(unknown)" : row.title)",
            "source:   \(row.source) #\(row.id)",
            "author:   \(row.author)",
            "verdict:  \(row.verdict)   hostile \(ScoredComment.format(row.hostile))   off-topic \(ScoredComment.format(row.offtopic))",
            "reasons:  \(row.reasons.isEmpty ? "-" : row.reasons)",
            "",
        ]
        lines += wrap(row.text, width: 78).map { "  " + $0 }
        lines += ["", "[a] approve  [h] hostile  [o] off-topic  [s] skip  [u] undo  [q] quit"]
        return lines.joined(separator: "\n")
    }

    static func wrap(_ text: String, width: Int) -> [String] {
        var out: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                if !line.isEmpty, line.count + word.count + 1 > width {
                    out.append(line)
                    line = ""
                }
                line += (line.isEmpty ? "" : " ") + word
            }
            out.append(line)
        }
        return out
    }
}
