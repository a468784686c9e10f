/// The review queue without a terminal (`winnow review --queue N --output F`): verdict
/// rows as read, in the order a review would show them, with why each is there.
public enum ReviewQueueFile {
    public static let header = ScoredComment.header + ["shown_as"]

    /// Written as read: the verdicts' fields already carry any spreadsheet guard.
    public static func write(_ rows: [(row: VerdictTable.Row, reason: ReviewOrder.Reason)], to path: String)
        throws(PipelineError)
    {
        let writer = CSVWriter(raw: true)
        let out = try OutputFile(path: path)
        try out.write(writer.row(header))
        for (r, reason) in rows {
            try out.write(
                writer.row([
                    r.source, r.id, r.author, r.verdict, ScoredComment.format(r.hostile),
                    ScoredComment.format(r.offtopic), r.reasons, r.text, r.title, reason.rawValue
                ]))
        }
        try out.commit()
    }
}
