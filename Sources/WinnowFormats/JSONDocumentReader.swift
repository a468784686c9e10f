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
            for (number, value) in lines {
                let before = walk.comments.count
                walk.visit(value)
                // A flat object a line is one comment: one without its text field is a mistake
                // worth naming (a line holding a thread may have no comments; a null text, a
                // deleted comment's, is none).
                guard case .object(let pairs) = value, pairs.allSatisfy({ !$0.value.isContainer }),
                    !fields.hasTextField(value)
                else { continue }
                guard walk.comments.count > before else {
                    throw .missingField(path: path, line: number, field: fields.text ?? "text", available: value.keys)
                }
            }
            guard !walk.comments.isEmpty else {
                throw .noComments(path: path, field: fields.text, seen: keys(lines[0].1))
            }
        } else {
            let value = try document(text, path: path)
            walk.visit(value)
            guard !walk.comments.isEmpty else { throw .noComments(path: path, field: fields.text, seen: keys(value)) }
        }
        return walk.finish()
    }

    /// Each non-blank line's value with its line number, when the text is JSON Lines: its
    /// first line a whole JSON value, and more lines after it (nil: one document).
    static func jsonLines(_ text: String, path: String) throws(FormatError) -> [(Int, JSONNode)]? {
        // Lines as byte ranges: a document is often one line of many megabytes.
        let bytes = Array(text.utf8)
        var lines: [Range<Int>] = [], start = 0
        for (i, b) in bytes.enumerated() where b == 10 {
            lines.append(start..<i)
            start = i + 1
        }
        lines.append(start..<bytes.count)
        let blank: Set<UInt8> = [32, 9, 13, 0xEF, 0xBB, 0xBF]  // the byte-order mark's bytes too
        let filled = lines.indices.filter { bytes[lines[$0]].contains { !blank.contains($0) } }
        guard filled.count > 1, let first = filled.first, let head = try? JSONParser.parse(bytes[lines[first]]) else {
            return nil
        }
        var out: [(Int, JSONNode)] = [(first + 1, head)]
        for i in filled.dropFirst() {
            do {
                out.append((i + 1, try JSONParser.parse(bytes[lines[i]])))
            } catch {
                throw .malformed(
                    path: path, line: i + 1,
                    detail: "column \(error.offset + 1): \(error.detail) (the lines before it were JSON)")
            }
        }
        return out
    }

    /// The whole text as one JSON value; a syntax error is named by line and column.
    static func document(_ text: String, path: String) throws(FormatError) -> JSONNode {
        var bytes = Array(text.utf8)[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        do {
            return try JSONParser.parse(bytes)
        } catch {
            let before = bytes.prefix(error.offset)
            let line = before.reduce(1) { $1 == 10 ? $0 + 1 : $0 }
            let lineStart = before.lastIndex(of: 10).map { $0 + 1 } ?? before.startIndex
            let column = before.endIndex - lineStart + 1
            throw .malformed(path: path, line: line, detail: "column \(column): not valid JSON (\(error.detail))")
        }
    }

    /// The first of `names` that a JSON Lines line's object lacks, with the keys it has
    /// (nil: it has them all, or the line is not an object).
    public static func missingField(_ names: [String], line: ArraySlice<UInt8>) -> (String, [String])? {
        guard let object = try? JSONParser.parse(line), case .object = object else { return nil }
        return names.first { CommentFields.value(object, $0) == nil }.map { ($0, object.keys) }
    }

    /// The fields of the first objects met, to say what a file holds when no comment is found.
    static func keys(_ value: JSONNode) -> [String] {
        switch value {
        case .object: value.keys.sorted()
        case .array(let items): items.first.map(keys) ?? []
        default: []
        }
    }
}
