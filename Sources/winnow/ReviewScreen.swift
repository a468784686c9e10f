import WinnowPipeline

/// What the moderator sees for one comment.
enum ReviewScreen {
    static func render(
        _ row: VerdictTable.Row, columns: VerdictColumns, keys: ReviewKeys, remaining: Int, decided: Int
    ) -> String {
        let scores = zip(columns.labels, row.scores).filter { !$0.1.isNaN }
            .map { "   \($0.0 == .offtopic ? "off-topic" : $0.0.rawValue) \(ScoredComment.format($0.1))" }.joined()
        var lines = [
            "winnow review: \(remaining) to go, \(decided) decided",
            "",
            "article:  \(row.title.isEmpty ? "(unknown)" : row.title)",
            "source:   \(row.source) #\(row.id)",
            "author:   \(row.author)",
            "verdict:  \(row.verdict)\(scores)",
            "reasons:  \(row.reasons.isEmpty ? "-" : row.reasons)",
            ""
        ]
        lines += wrap(row.text, width: 78).map { "  " + $0 }
        lines += ["", keys.legend]
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
