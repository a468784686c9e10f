/// The rows of a verdict CSV written by `winnow score`, read back for review and reports.
public struct VerdictTable: Sendable {
    public struct Row: Sendable, Equatable {
        public var source, id, author, verdict: String
        public var hostile, offtopic: Double
        public var reasons, text, title: String

        /// Identifies the comment across runs: its source and id.
        public var key: String { source + "#" + id }
        public var flagged: Bool { verdict != Verdict.approve.rawValue }
        public var topScore: Double { max(hostile, offtopic) }
    }

    public var rows: [Row] = []

    public static func read(_ path: String) throws(PipelineError) -> VerdictTable {
        let table = try CSVTable(path: path)
        let c = try ["source", "id", "author", "verdict", "hostile", "offtopic", "reasons", "text"].map {
            name throws(PipelineError) in try table.column(name)
        }
        let title = table.optionalColumn("title")
        var result = VerdictTable()
        while let (line, f) = try table.next() {
            guard let hostile = Double(f[c[4]]), let offtopic = Double(f[c[5]]) else {
                throw .badOption("\(path):\(line): hostile and offtopic must be numbers")
            }
            // Free text comes back as it was before the spreadsheet guard; keys never had it.
            let u = CSVWriter.unguard
            result.rows.append(
                Row(
                    source: f[c[0]], id: f[c[1]], author: u(f[c[2]]), verdict: f[c[3]],
                    hostile: hostile, offtopic: offtopic, reasons: u(f[c[6]]), text: u(f[c[7]]),
                    title: title.map { u(f[$0]) } ?? ""))
        }
        return result
    }
}
