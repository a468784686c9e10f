import Foundation
import WinnowFormats
import WinnowSplit

/// Comments of page records in the split output format, one JSON object per line
/// (`{"source","title","article","comments":[{"author","text"}]}`), from files or standard
/// input: what a Spark job pipes through `winnow score --jsonl -`.
public final class JSONLinesSource: CommentSource {
    struct Record: Decodable {
        struct C: Decodable {
            var author: String?
            var text: String
            var parent: String?
        }
        var source: String?
        var title: String?
        var article: String?
        var comments: [C]
    }

    private let files: [String]
    private let diagnostics: Diagnostics
    private var fileIndex = 0
    private var reader: LineReader?
    private var pending: [CommentJob] = []
    private var pendingIndex = 0

    public init(files: [String], diagnostics: Diagnostics) {
        self.files = files
        self.diagnostics = diagnostics
    }

    public var progress: (done: Int, total: Int)? { nil }

    public func next() -> CommentJob? {
        while pendingIndex >= pending.count {
            guard let (path, number, line) = nextLine() else { return nil }
            guard !line.allSatisfy(\.isWhitespace) else { continue }
            do {
                let record = try JSONDecoder().decode(Record.self, from: Data(line.utf8))
                let source = record.source ?? path
                let comments = record.comments.map {
                    Comment(author: $0.author ?? "", text: $0.text, parent: $0.parent)
                }
                pending = PageSource.jobs(comments, source: source, article: record.article, title: record.title ?? "")
                pendingIndex = 0
            } catch {
                let detail = "not a page record (\(JSONLinesSource.explained(error)))"
                diagnostics.skip(FormatError.malformed(path: path, line: number, detail: detail))
            }
        }
        defer { pendingIndex += 1 }
        return pending[pendingIndex]
    }

    /// What a decoding error says, without Swift's type names: the field at fault and why.
    static func explained(_ error: Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        switch error {
        case .keyNotFound(let key, let c): return "no field '\(field(c.codingPath + [key]))'"
        case .typeMismatch(_, let c), .valueNotFound(_, let c): return "'\(field(c.codingPath))': \(c.debugDescription)"
        case .dataCorrupted(let c):
            return c.codingPath.isEmpty ? "not JSON" : "'\(field(c.codingPath))': \(c.debugDescription)"
        @unknown default: return "\(error)"
        }
    }

    /// A coding path as a reader writes it: `comments[0].text`.
    private static func field(_ path: [CodingKey]) -> String {
        path.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }.joined().drop { $0 == "." }
            .description
    }

    private func nextLine() -> (String, Int, String)? {
        while true {
            if reader == nil {
                guard fileIndex < files.count else { return nil }
                do {
                    reader = try LineReader(path: files[fileIndex])
                } catch {
                    diagnostics.skip(error)
                }
                fileIndex += 1
                continue
            }
            guard let r = reader else { continue }
            do {
                if let line = try r.nextLine() { return (r.path, r.line, line) }
            } catch {
                diagnostics.skip(error)
            }
            reader = nil
        }
    }
}

/// Lines of a file or standard input, read in chunks (JSON Lines input).
final class LineReader {
    let path: String
    private(set) var line = 0
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEOF = false

    init(path: String) throws(PipelineError) {
        self.path = path
        if path == "-" {
            handle = FileHandle.standardInput
        } else {
            guard let h = FileHandle(forReadingAtPath: path) else {
                throw FileManager.default.fileExists(atPath: path)
                    ? .unreadable(path: path, reason: "cannot open") : .missingPath(path)
            }
            handle = h
        }
    }

    func nextLine() throws(PipelineError) -> String? {
        while true {
            if let nl = buffer[start...].firstIndex(of: 10) {
                defer { start = nl + 1 }
                line += 1
                return try decode(buffer[start..<nl])
            }
            if atEOF {
                guard start < buffer.count else { return nil }
                defer { start = buffer.count }
                line += 1
                return try decode(buffer[start...])
            }
            buffer.removeSubrange(0..<start)
            start = 0
            let chunk = handle.readData(ofLength: 1 << 20)
            if chunk.isEmpty { atEOF = true } else { buffer.append(contentsOf: chunk) }
            if buffer.count > CSVReader.recordLimit {
                throw .lineTooLong(path: path, line: line + 1, limit: CSVReader.recordLimit)
            }
        }
    }

    private func decode(_ bytes: ArraySlice<UInt8>) throws(PipelineError) -> String {
        guard let s = String(validating: bytes, as: UTF8.self) else { throw .invalidUTF8(path: path, line: line) }
        return s
    }
}
