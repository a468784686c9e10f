/// Errors of the pipeline; each names the file, line or column at fault.
public enum PipelineError: Error, CustomStringConvertible, Equatable {
    case missingPath(String)
    case unreadable(path: String, reason: String)
    case binary(path: String)
    /// A spreadsheet workbook (a zip or an old Office file) given where text is read.
    case workbook(path: String)
    case invalidUTF8(path: String, line: Int)
    case empty(path: String)
    case lineTooLong(path: String, line: Int, limit: Int)
    case csvUnterminatedQuote(path: String, line: Int)
    case csvColumnCount(path: String, line: Int, expected: Int, found: Int)
    case csvMissingColumn(path: String, column: String, available: [String])
    case csvNoHeader(path: String)
    case cannotWrite(path: String, reason: String)
    case modelNotFound(searched: [String])
    /// A model named by `from` (WINNOW_MODEL) that is not there.
    case missingModel(path: String, from: String)
    case badOption(String)
    /// A command line that cannot work (a column no input has, a bad option value): exit 64.
    case usage(String)
    /// Nothing to write: every input was skipped, or none held a comment.
    case noComments(inputs: Int, skipped: Int)

    public var description: String {
        switch self {
        case .missingPath(let p): "\(p): no such file or directory"
        case .unreadable(let p, let reason): "\(p): cannot read (\(reason))"
        case .binary(let p): "\(p): binary file (NUL bytes), not text"
        case .workbook(let p):
            "\(p): a zip or Office file, not text; winnow score reads .xlsx, .xls, .ods and .zip files named so, or given with --comments (train, evaluate and adapt read workbooks)"
        case .invalidUTF8(let p, let line): "\(p):\(line): invalid UTF-8"
        case .empty(let p): "\(p): empty file"
        case .lineTooLong(let p, let line, let limit): "\(p):\(line): line longer than \(limit) bytes"
        case .csvUnterminatedQuote(let p, let line): "\(p):\(line): unterminated quoted field"
        case .csvColumnCount(let p, let line, let expected, let found):
            "\(p):\(line): expected \(expected) columns, found \(found)"
        case .csvMissingColumn(let p, let column, let available):
            "\(p):1: no column '\(column)' (columns: \(available.joined(separator: ", ")))"
                + (ColumnMatch.closest(to: column, in: available).map { "; did you mean '\($0)'?" } ?? "")
        case .csvNoHeader(let p): "\(p):1: no header row"
        case .cannotWrite(let p, let reason): "\(p): cannot write (\(reason))"
        case .modelNotFound(let searched):
            "no model found; looked in: \(searched.joined(separator: ", ")); pass --model or set WINNOW_MODEL"
        case .missingModel(let p, let from): "\(p): no such model (named by \(from))"
        case .badOption(let message), .usage(let message): message
        case .noComments(let inputs, let skipped):
            skipped == inputs
                ? "every input was skipped (\(inputs)); nothing written"
                : "no comments found in \(inputs == 1 ? "the input" : "\(inputs) inputs"); nothing written"
        }
    }
}

extension PipelineError {
    /// The error for a file holding NUL bytes: a workbook is named as one, so its fix is said.
    static func notText(_ path: String, head: some Collection<UInt8>) -> PipelineError {
        let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04], office: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0]
        return head.starts(with: zip) || head.starts(with: office) ? .workbook(path: path) : .binary(path: path)
    }

    /// What problems of this kind have in common, for counting them: the file and the
    /// shape of a bad row, not its line.
    public var kind: String {
        switch self {
        case .csvColumnCount(let p, _, let expected, let found): "\(p): rows with \(found) of \(expected) columns"
        case .invalidUTF8(let p, _): "\(p): invalid UTF-8"
        case .lineTooLong(let p, _, let limit): "\(p): lines longer than \(limit) bytes"
        default: description
        }
    }

    /// Errors in what the user asked for rather than in the data: `winnow` exits 64.
    public var isUsage: Bool {
        switch self {
        case .usage, .csvMissingColumn: true
        default: false
        }
    }
}
