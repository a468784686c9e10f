/// JSON Lines of any shape read a line at a time, in bounded memory: each line's comments
/// found as `JSONDocumentReader` finds them, the state lines share (each author's latest
/// comment, ids given to comments without one) kept from line to line. A broken line is
/// named with its number, and the lines after it are read on (`goesOnAfterError`).
public final class JSONLinesStream: CommentStream {
    private let lines: LineStream
    private let fields: CommentFields
    private var comments: WalkedComments
    public private(set) var goesOnAfterError = false

    public init(_ reader: InflatingReader, fields: CommentFields) {
        lines = LineStream(reader)
        self.fields = fields
        comments = WalkedComments(fields: fields)
    }

    /// Whether a file's first bytes are JSON Lines: a whole JSON value on its first line
    /// and another line after it (a document's first line is rarely a whole value).
    public static func looksLikeLines(_ head: [UInt8]) -> Bool {
        var rest = head[...]
        if rest.starts(with: [0xEF, 0xBB, 0xBF]) { rest = rest.dropFirst(3) }
        let lines = rest.split(separator: 10, omittingEmptySubsequences: true).filter {
            $0.contains { $0 != 32 && $0 != 9 && $0 != 13 }
        }
        guard lines.count >= 2, (try? JSONParser.parse(lines[0])) != nil else { return false }
        return true
    }

    public func next() throws(FormatError) -> ExportedComment? {
        while true {
            if let c = comments.pop() { return c }
            goesOnAfterError = false
            guard let line = try lines.next() else {
                try comments.end(path: lines.path, field: fields.text)
                return nil
            }
            var bytes = line
            if lines.line == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
            guard bytes.contains(where: { $0 != 32 && $0 != 9 && $0 != 13 }) else { continue }
            goesOnAfterError = true  // from here on, what is wrong is this line's alone
            let value: JSONNode
            do {
                value = try JSONParser.parse(bytes)
            } catch {
                throw .malformed(
                    path: lines.path, line: lines.line, detail: "column \(error.offset + 1): \(error.detail)")
            }
            // A flat object a line is one comment: one without its text field is a mistake
            // worth naming (a null text, a deleted comment's, is not).
            if comments.take(keys: value.keys, { $0.visit(value) }) == 0, case .object(let pairs) = value,
                pairs.allSatisfy({ !$0.value.isContainer }), !fields.hasTextField(value)
            {
                throw .missingField(
                    path: lines.path, line: lines.line, field: fields.text ?? "text", available: value.keys)
            }
        }
    }
}
