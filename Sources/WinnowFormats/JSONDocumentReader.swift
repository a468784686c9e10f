import Foundation

/// JSON of any shape, one document or JSON Lines: the comments are the objects holding a
/// text field (`CommentFields`) wherever they sit (a top-level array, an API's `data`,
/// `response` or `items`, a Reddit listing's `children`). Replies nested in a comment get
/// it as their parent; an object with a title around comments (a Reddit post, a Hacker
/// News story, a split page record) gives them its title, and its text as their article.
public enum JSONDocumentReader {
    public static func read(_ text: String, fields: CommentFields, path: String) throws(FormatError)
        -> [ExportedComment]
    {
        var walk = JSONCommentWalk(fields: fields)
        if let lines = try jsonLines(text, path: path) {
            // A flat object a line is one comment: one without text is a mistake worth naming
            // (a line holding a thread may have no comments).
            for (number, value) in lines {
                let before = walk.comments.count
                walk.visit(value)
                let flat =
                    (value as? [String: Any])?.values.allSatisfy { !($0 is [Any] || $0 is [String: Any]) } ?? false
                guard walk.comments.count > before || !flat else {
                    throw .missingField(
                        path: path, line: number, field: fields.text ?? "text",
                        available: (value as? [String: Any])?.keys.sorted() ?? [])
                }
            }
            guard !walk.comments.isEmpty else {
                throw .noComments(path: path, field: fields.text, seen: JSONDocumentReader.keys(lines[0].1))
            }
        } else {
            let value = try document(text, path: path)
            walk.visit(value)
            guard !walk.comments.isEmpty else {
                throw .noComments(path: path, field: fields.text, seen: JSONDocumentReader.keys(value))
            }
        }
        return walk.finish()
    }

    /// Each non-blank line's value with its line number, when the text is JSON Lines: its
    /// first line a whole JSON value, and more lines after it (nil: one document).
    static func jsonLines(_ text: String, path: String) throws(FormatError) -> [(Int, Any)]? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let filled = lines.indices.filter { lines[$0].contains { !$0.isWhitespace && $0 != "\u{FEFF}" } }
        guard filled.count > 1, let first = filled.first,
            (try? JSONSerialization.jsonObject(with: Data(lines[first].utf8))) != nil
        else { return nil }
        var out: [(Int, Any)] = []
        for i in filled {
            guard let value = try? JSONSerialization.jsonObject(with: Data(lines[i].utf8)) else {
                throw .malformed(path: path, line: i + 1, detail: "not a JSON value (the lines before it were)")
            }
            out.append((i + 1, value))
        }
        return out
    }

    /// The whole text as one JSON value; a syntax error is named by line and column.
    static func document(_ text: String, path: String) throws(FormatError) -> Any {
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        do {
            return try JSONSerialization.jsonObject(with: Data(bytes))
        } catch {
            let detail = (error as NSError).userInfo["NSDebugDescription"] as? String ?? "not JSON"
            let (line, column) = position(detail, in: bytes)
            throw .malformed(path: path, line: line, detail: "column \(column): not valid JSON (\(detail))")
        }
    }

    /// The line and column of "... around character N." in Foundation's message (1, 1 when
    /// it names none).
    static func position(_ detail: String, in bytes: [UInt8]) -> (line: Int, column: Int) {
        guard let range = detail.range(of: "character "),
            let offset = Int(detail[range.upperBound...].prefix { $0.isNumber })
        else { return (1, 1) }
        let before = bytes.prefix(min(offset, bytes.count))
        let line = before.reduce(1) { $1 == 10 ? $0 + 1 : $0 }
        let column = before.count - (before.lastIndex(of: 10).map { $0 + 1 } ?? 0) + 1
        return (line, column)
    }

    /// The fields of the first objects met, to say what a file holds when no comment is found.
    static func keys(_ value: Any) -> [String] {
        if let object = value as? [String: Any] { return object.keys.sorted() }
        if let array = value as? [Any], let first = array.first { return keys(first) }
        return []
    }
}
