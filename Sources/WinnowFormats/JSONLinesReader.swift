import Foundation

/// JSON Lines of any shape: each line one object, one comment, its fields named as CSV
/// columns are (`--text-column`, `--id-column`, `--author-column`, `--article-column`,
/// `--thread-column`);
/// a dotted name reaches into nested objects ("snippet.text").
public enum JSONLinesReader {
    public struct Fields: Sendable {
        public var text = "text", id = "id", author = "author", article: String?, thread: String?
        public init() {}
    }

    public static func read(_ text: String, fields: Fields, path: String) throws(FormatError) -> [ExportedComment] {
        var out: [ExportedComment] = []
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard line.contains(where: { !$0.isWhitespace }) else { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw .malformed(path: path, line: i + 1, detail: "not a JSON object")
            }
            guard let body = JSONValue.string(value(object, fields.text)) else {
                throw .missingField(path: path, line: i + 1, field: fields.text, available: object.keys.sorted())
            }
            var c = ExportedComment(
                id: JSONValue.string(value(object, fields.id)) ?? String(out.count + 1),
                author: JSONValue.string(value(object, fields.author)) ?? "", text: body)
            c.article = fields.article.flatMap { JSONValue.string(value(object, $0)) }
            c.thread = fields.thread.flatMap { JSONValue.string(value(object, $0)) } ?? ""
            out.append(c)
        }
        return out
    }

    public static func value(_ object: [String: Any], _ name: String) -> Any? {
        if let direct = object[name] { return direct }
        var current: Any? = object
        for part in name.split(separator: ".") { current = (current as? [String: Any])?[String(part)] }
        return current
    }
}
