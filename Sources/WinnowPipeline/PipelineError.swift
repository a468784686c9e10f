/// Errors of the pipeline; each names the file, line or column at fault.
public enum PipelineError: Error, CustomStringConvertible, Equatable {
    case missingPath(String)
    case unreadable(path: String, reason: String)
    case binary(path: String)
    case invalidUTF8(path: String, line: Int)
    case empty(path: String)
    case lineTooLong(path: String, line: Int, limit: Int)
    case csvUnterminatedQuote(path: String, line: Int)
    case csvColumnCount(path: String, line: Int, expected: Int, found: Int)
    case csvMissingColumn(path: String, column: String, available: [String])
    case csvNoHeader(path: String)
    case cannotWrite(path: String, reason: String)
    case modelNotFound(searched: [String])
    case badOption(String)

    public var description: String {
        switch self {
        case .missingPath(let p): "\(p): no such file or directory"
        case .unreadable(let p, let reason): "\(p): cannot read (\(reason))"
        case .binary(let p): "\(p): binary file (NUL bytes), not text"
        case .invalidUTF8(let p, let line): "\(p):\(line): invalid UTF-8"
        case .empty(let p): "\(p): empty file"
        case .lineTooLong(let p, let line, let limit): "\(p):\(line): line longer than \(limit) bytes"
        case .csvUnterminatedQuote(let p, let line): "\(p):\(line): unterminated quoted field"
        case .csvColumnCount(let p, let line, let expected, let found):
            "\(p):\(line): expected \(expected) columns, found \(found)"
        case .csvMissingColumn(let p, let column, let available):
            "\(p):1: no column '\(column)' (columns: \(available.joined(separator: ", ")))"
        case .csvNoHeader(let p): "\(p):1: no header row"
        case .cannotWrite(let p, let reason): "\(p): cannot write (\(reason))"
        case .modelNotFound(let searched):
            "no model found; looked in: \(searched.joined(separator: ", ")); pass --model or set WINNOW_MODEL"
        case .badOption(let message): message
        }
    }
}
