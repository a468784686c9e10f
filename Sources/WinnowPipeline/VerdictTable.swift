/// The rows of a verdict CSV written by `winnow score`, read back for review and reports.
public struct VerdictTable: Sendable {
    public struct Row: Sendable, Equatable {
        public var source, id, author, verdict: String
        /// One per label of the table's `columns`; NaN where the model scored none.
        public var scores: [Double]
        public var reasons, text, title: String
        /// Parent comment id, creation time and export status, when the verdicts have them.
        public var parent = "", created = "", status = ""

        public init(
            source: String, id: String, author: String, verdict: String, scores: [Double], reasons: String,
            text: String, title: String
        ) {
            (self.source, self.id, self.author, self.verdict) = (source, id, author, verdict)
            (self.scores, self.reasons, self.text, self.title) = (scores, reasons, text, title)
        }

        /// Identifies the comment across runs: its source and id.
        public var key: String { source + "#" + id }
        public var flagged: Bool { verdict != Verdict.approve.rawValue }
        public var hostile: Double { scores[0] }
        public var offtopic: Double { scores[1] }
        /// The highest score of any label.
        public var topScore: Double { scores.lazy.filter { !$0.isNaN }.max() ?? 0 }
        /// How far the score nearest 0.5 is from it: 0 is a coin toss.
        public var certainty: Double { scores.lazy.filter { !$0.isNaN }.map { abs($0 - 0.5) }.min() ?? 0.5 }

        public static func == (a: Row, b: Row) -> Bool {
            a.key == b.key && a.author == b.author && a.verdict == b.verdict && a.reasons == b.reasons
                && a.text == b.text && a.title == b.title
                && zip(a.scores, b.scores).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) }
        }
    }

    public var columns = VerdictColumns.standard
    public var rows: [Row] = []

    public init() {}

    /// The verdicts at `path`, also after a spreadsheet saved them in another encoding.
    public static func read(_ path: String) throws(PipelineError) -> VerdictTable {
        let table = try CSVTable.decoding(path, diagnostics: Diagnostics())
        let c = try ["source", "id", "author", "verdict", "reasons", "text"].map {
            name throws(PipelineError) in try table.column(name)
        }
        var result = VerdictTable()
        result.columns = VerdictColumns(header: table.header)
        let scores = try result.columns.labels.map { label throws(PipelineError) in try table.column(label.rawValue) }
        let title = table.optionalColumn("title")
        let export = VerdictColumns.export.map { table.optionalColumn($0) }
        while let (line, f) = try table.next() {
            var values: [Double] = []
            for i in scores {
                // An empty cell: a label the model did not score.
                guard let p = f[i].isEmpty ? Double.nan : Double(f[i]) else {
                    throw .badOption("\(path):\(line): '\(table.header[i])' must be a number, found '\(f[i])'")
                }
                values.append(p)
            }
            // Free text comes back as it was before the spreadsheet guard; keys never had it.
            let u = CSVWriter.unguard
            result.rows.append(
                Row(
                    source: f[c[0]], id: f[c[1]], author: u(f[c[2]]), verdict: f[c[3]], scores: values,
                    reasons: u(f[c[4]]), text: u(f[c[5]]), title: title.map { u(f[$0]) } ?? ""))
            let e = export.map { $0.map { f[$0] } ?? "" }
            (result.rows[result.rows.count - 1].parent, result.rows[result.rows.count - 1].created) = (e[0], e[1])
            result.rows[result.rows.count - 1].status = e[2]
        }
        return result
    }
}
