/// Reddit and Pushshift comment dumps: one JSON object per line with `id`, `author`,
/// `body`, `link_id` (`t3_...`, the thread), `parent_id` (`t1_...` a comment, `t3_...` the
/// thread itself) and `created_utc`; `[removed]` and `[deleted]` bodies are statuses.
public enum RedditReader {
    public static func read(_ text: String, path: String) throws(FormatError) -> [ExportedComment] {
        var out: [ExportedComment] = []
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            if let c = try comment(ArraySlice(line.utf8), line: number, path: path) { out.append(c) }
        }
        return out
    }

    /// The comment of one line (nil for a blank line).
    static func comment(_ line: ArraySlice<UInt8>, line number: Int, path: String) throws(FormatError)
        -> ExportedComment?
    {
        guard line.contains(where: { $0 != 32 && $0 != 9 && $0 != 13 }) else { return nil }
        // The fields straight from the bytes; the whole parser for what that cannot read.
        guard let object = FlatJSON.fields(line) ?? parsedFields(line) else {
            throw .malformed(path: path, line: number, detail: "not a JSON object")
        }
        guard let body = object["body"] else {
            throw .malformed(path: path, line: number, detail: "no \"body\" field")
        }
        var c = ExportedComment(id: object["id"] ?? "line \(number)", author: object["author"] ?? "", text: body)
        let parent = object["parent_id"] ?? ""
        c.parent = parent.hasPrefix("t1_") ? String(parent.dropFirst(3)) : ""
        c.title = object["link_title"] ?? object["link_id"].map { String($0.dropFirst(3)) } ?? ""
        c.created = object["created_utc"] ?? ""
        if ["[removed]", "[deleted]"].contains(body) { c.status = String(body.dropFirst().dropLast()) }
        return c
    }

    /// A line `FlatJSON` cannot read, read whole: its top-level strings and numbers.
    static func parsedFields(_ line: ArraySlice<UInt8>) -> [String: String]? {
        guard let object = try? JSONParser.parse(line), case .object(let pairs) = object else { return nil }
        var fields: [String: String] = [:]
        for (key, value) in pairs where fields[key] == nil {
            switch value {
            case .string(let s), .number(let s): fields[key] = s
            default: break
            }
        }
        return fields
    }
}
