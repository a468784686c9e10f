/// Errors of the export readers; each names the file and, where it can, the line.
public enum FormatError: Error, CustomStringConvertible, Equatable {
    case gzip(path: String, detail: String)
    case malformed(path: String, line: Int, detail: String)
    case html(path: String)
    /// A JSON Lines comment without the field its text (or another column) is named by.
    case missingField(path: String, line: Int, field: String, available: [String])

    public var description: String {
        switch self {
        case .gzip(let p, let detail): "\(p): not a readable gzip file (\(detail))"
        case .malformed(let p, let line, let detail): "\(p):\(line): \(detail)"
        case .missingField(let p, let line, let field, let available):
            "\(p):\(line): no field '\(field)' (fields: \(available.joined(separator: ", ")))"
        case .html(let p):
            "\(p): an HTML page, not a page dump or an export; save the page as text (a browser's "
                + "\"Save as text\", or `lynx -dump`) and score that, or give an export (Disqus, WordPress, Reddit, YouTube)"
        }
    }
}
