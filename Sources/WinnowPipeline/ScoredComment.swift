/// One verdict row before it is written.
public struct ScoredComment: Sendable {
    public var source: String
    public var id: String
    public var author: String
    public var verdict: String
    /// One probability per label of the scorer's `VerdictColumns`, in its order; NaN for a
    /// label this model does not score (written as an empty cell, never as 0).
    public var scores: [Double]
    public var reasons: String
    public var text: String
    public var title: String = ""
    /// Carried from the comment job: parent comment id, creation time, export status.
    public var parent = "", created = "", status = ""

    package init(
        source: String, id: String, author: String, verdict: String, scores: [Double], reasons: String, text: String
    ) {
        (self.source, self.id, self.author, self.verdict) = (source, id, author, verdict)
        (self.scores, self.reasons, self.text) = (scores, reasons, text)
    }

    public var hostile: Double { scores[0] }
    public var offtopic: Double { scores[1] }

    /// The contract's header (a model that scores other labels adds their columns).
    public static let header = VerdictColumns.fixed

    public func fields() -> [String] {
        [
            source, id, author, verdict, ScoredComment.cell(scores[0]), ScoredComment.cell(scores[1]), reasons, text,
            title
        ]
            + scores.dropFirst(2).map(ScoredComment.cell) + [parent, created, status]
    }

    /// Columns written without the spreadsheet guard: keys that must join back (source, id,
    /// parent) and the export's own values (created, status).
    public var keyColumns: Set<Int> {
        let tail = VerdictColumns.fixed.count + scores.count - 2
        return [0, 1, tail, tail + 1, tail + 2]
    }

    /// Appends this row as `writer.row(fields(), keys: keyColumns)` would, without building
    /// the strings first: the scoring path writes one row per comment.
    func append(to out: inout [UInt8], writer: CSVWriter) {
        writer.append(field: source, to: &out, guarded: false)
        out.append(44)
        writer.append(field: id, to: &out, guarded: false)
        out.append(44)
        writer.append(field: author, to: &out)
        out.append(44)
        writer.append(field: verdict, to: &out, guarded: false)
        out.append(44)
        for k in 0..<2 {
            ScoredComment.appendCell(scores[k], to: &out)
            out.append(44)
        }
        writer.append(field: reasons, to: &out)
        out.append(44)
        writer.append(field: text, to: &out)
        out.append(44)
        writer.append(field: title, to: &out)
        for k in scores.indices.dropFirst(2) {
            out.append(44)
            ScoredComment.appendCell(scores[k], to: &out)
        }
        for field in [parent, created, status] as [String] {  // stack-promoted, no copies
            out.append(44)
            writer.append(field: field, to: &out, guarded: false)
        }
        out.append(10)
    }

    /// A score's cell: four decimals, or nothing for a label the model does not score.
    static func cell(_ p: Double) -> String { p.isNaN ? "" : format(p) }

    static func appendCell(_ p: Double, to out: inout [UInt8]) {
        if !p.isNaN { appendDecimals(p, to: &out) }
    }

    /// The bytes of `format(p)`.
    static func appendDecimals(_ p: Double, to out: inout [UInt8]) {
        let scaled = Int((min(1, max(0, p.isFinite ? p : 0)) * 10000).rounded())
        out.append(48 + UInt8(scaled / 10000))
        out.append(46)
        var frac = scaled % 10000, divisor = 1000
        while divisor > 0 {
            out.append(48 + UInt8(frac / divisor))
            frac %= divisor
            divisor /= 10
        }
    }

    /// Four decimals: enough to sort and threshold, short enough to read.
    public static func format(_ p: Double) -> String {
        var bytes: [UInt8] = []
        appendDecimals(p, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
