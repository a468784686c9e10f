/// The review queue without a terminal (`winnow review --queue N --output F`): verdict
/// rows as read, in the order a review would show them, with why each is there and an
/// empty `label` for the moderator to fill (the file is then `adapt`'s decisions).
public enum ReviewQueueFile {
    /// The verdicts' columns, then `shown_as` and `label`.
    public static func header(_ columns: VerdictColumns) -> [String] { columns.header + ["shown_as", "label"] }

    /// Free text guarded as `winnow score` writes it; keys as they are.
    public static func write(
        _ rows: [(row: VerdictTable.Row, reason: ReviewOrder.Reason)], columns: VerdictColumns, to path: String
    ) throws(PipelineError) {
        let writer = CSVWriter()
        let out = try OutputFile(path: path)
        try out.write(writer.row(header(columns)))
        for (r, reason) in rows {
            let scored = ScoredComment(
                source: r.source, id: r.id, author: r.author, verdict: r.verdict, scores: r.scores, reasons: r.reasons,
                text: r.text)
            var fields = scored.fields()
            fields[8] = r.title
            let n = fields.count
            (fields[n - 3], fields[n - 2], fields[n - 1]) = (r.parent, r.created, r.status)
            try out.write(writer.row(fields + [reason.rawValue, ""], keys: scored.keyColumns))
        }
        try out.commit()
    }
}
