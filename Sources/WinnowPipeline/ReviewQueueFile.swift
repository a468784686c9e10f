/// The review queue without a terminal (`winnow review --queue N --output F`): verdict
/// rows as read, in the order a review would show them, with why each is there.
public enum ReviewQueueFile {
    public static let header = ScoredComment.header + ["shown_as"]

    /// Free text guarded as `winnow score` writes it; keys as they are.
    public static func write(_ rows: [(row: VerdictTable.Row, reason: ReviewOrder.Reason)], to path: String)
        throws(PipelineError)
    {
        let writer = CSVWriter()
        let out = try OutputFile(path: path)
        try out.write(writer.row(header))
        let keys = ScoredComment.keyColumns
        for (r, reason) in rows {
            try out.write(
                writer.row(
                    [
                        r.source, r.id, r.author, r.verdict, ScoredComment.format(r.hostile),
                        ScoredComment.format(r.offtopic), r.reasons, r.text, r.title, reason.rawValue
                    ], keys: keys))
        }
        try out.commit()
    }
}
