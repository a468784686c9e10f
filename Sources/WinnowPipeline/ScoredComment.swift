/// One verdict row before it is written.
public struct ScoredComment: Sendable {
    public var source: String
    public var id: String
    public var author: String
    public var verdict: String
    public var hostile: Double
    public var offtopic: Double
    public var reasons: String
    public var text: String
    public var title: String = ""

    package init(
        source: String, id: String, author: String, verdict: String, hostile: Double, offtopic: Double,
        reasons: String, text: String
    ) {
        (self.source, self.id, self.author, self.verdict) = (source, id, author, verdict)
        (self.hostile, self.offtopic, self.reasons, self.text) = (hostile, offtopic, reasons, text)
    }

    public static let header = ["source", "id", "author", "verdict", "hostile", "offtopic", "reasons", "text", "title"]

    public func fields() -> [String] {
        [
            source, id, author, verdict, ScoredComment.format(hostile), ScoredComment.format(offtopic), reasons, text,
            title
        ]
    }

    /// Columns written without the spreadsheet guard: keys that must join back (source, id).
    public static let keyColumns: Set<Int> = [0, 1]

    /// Appends this row as `writer.row(fields(), keys: keyColumns)` would, without building
    /// the nine strings first: the scoring path writes one row per comment.
    func append(to out: inout [UInt8], writer: CSVWriter) {
        writer.append(field: source, to: &out, guarded: false)
        out.append(44)
        writer.append(field: id, to: &out, guarded: false)
        out.append(44)
        writer.append(field: author, to: &out)
        out.append(44)
        writer.append(field: verdict, to: &out, guarded: false)
        out.append(44)
        for p in [hostile, offtopic] {
            ScoredComment.appendDecimals(p, to: &out)
            out.append(44)
        }
        writer.append(field: reasons, to: &out)
        out.append(44)
        writer.append(field: text, to: &out)
        out.append(44)
        writer.append(field: title, to: &out)
        out.append(10)
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
