import Foundation

/// Streaming RFC 4180 reader over a file or standard input, in bounded memory.
///
/// Reads 1 MiB at a time; a record is returned as its fields. Quoted fields may hold
/// commas, quotes ("") and newlines. Errors name the file and the line the record began on.
public final class CSVReader {
    public let path: String
    private let fd: Int32
    private var chunk: [UInt8]
    private var chunkLength = 0
    private var position = 0
    private var atEOF = false
    private var line = 1
    private var bomChecked = false
    private var field: [UInt8] = []
    /// The field's bytes while they are one run still in `chunk`, not yet copied to
    /// `field`: most fields are, and become strings straight from the chunk.
    private var pending: Range<Int>?
    /// Fields in the last record: the next is reserved that many (growing an array of
    /// strings field by field cost three allocations a row).
    private var width = 4
    /// Line on which the record last returned began.
    public private(set) var recordLine = 0
    /// The byte between fields: a comma, or a tab for TSV.
    public var delimiter: UInt8 = 44
    /// Longest record accepted; beyond it the file is refused (a runaway quote or a binary).
    public static let recordLimit = 32 << 20

    public convenience init(path: String) throws(PipelineError) {
        try self.init(path: path, chunkSize: 1 << 20)
    }

    /// `chunkSize`: bytes read at a time (tests use tiny chunks to put fields across reads).
    init(path: String, chunkSize: Int) throws(PipelineError) {
        self.path = path
        chunk = [UInt8](repeating: 0, count: max(1, chunkSize))
        if path == "-" {
            fd = STDIN_FILENO
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw .missingPath(path)
            }
            guard !isDirectory.boolValue else { throw .unreadable(path: path, reason: "is a directory") }
            let opened = open(path, O_RDONLY | O_CLOEXEC)
            guard opened >= 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
            fd = opened
        }
    }

    /// Reads CSV from memory (tests, fuzzing); `path` names it in errors.
    public init(bytes: [UInt8], path: String) {
        self.path = path
        fd = -1
        chunk = bytes
        chunkLength = bytes.count
        atEOF = true
    }

    deinit { if fd > STDIN_FILENO { close(fd) } }

    private func fill() throws(PipelineError) -> Bool {
        flushPending()  // the chunk is about to be overwritten
        guard !atEOF else { return false }
        var n: Int
        repeat {
            n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        } while n < 0 && errno == EINTR
        if n < 0 { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        if n == 0 {
            atEOF = true
            return false
        }
        chunkLength = n
        position = 0
        return true
    }

    @inline(__always) private func nextByte() throws(PipelineError) -> UInt8? {
        if position >= chunkLength, try !fill() { return nil }
        let b = chunk[position]
        position += 1
        return b
    }

    /// The next record, or nil at the end of the input. Blank lines are skipped.
    public func next() throws(PipelineError) -> [String]? {
        if !bomChecked { try skipByteOrderMark() }
        var fields: [String] = []
        fields.reserveCapacity(width)
        var quoted = false, wasQuoted = false, any = false
        field.removeAll(keepingCapacity: true)
        pending = nil
        recordLine = line
        var size = 0
        while true {
            // Copy a run of ordinary bytes in one go; only separators, quotes, line ends
            // and NULs need the byte-by-byte logic below.
            let run = ordinaryRun(quoted: quoted)
            if run > 0 {
                any = true
                size += run
                if size > CSVReader.recordLimit {
                    throw .lineTooLong(path: path, line: recordLine, limit: CSVReader.recordLimit)
                }
            }
            guard let b = try nextByte() else { break }
            any = true
            size += 1
            if size > CSVReader.recordLimit {
                throw .lineTooLong(path: path, line: recordLine, limit: CSVReader.recordLimit)
            }
            if b == 0 { throw .notText(path, head: CSVReader.head(path).prefix(4)) }
            if quoted {
                if b == 34 {
                    if position >= chunkLength { _ = try fill() }
                    if position < chunkLength, chunk[position] == 34 {
                        position += 1
                        flushPending()
                        field.append(34)
                    } else {
                        quoted = false
                    }
                } else {
                    if b == 10 { line += 1 }
                    flushPending()
                    field.append(b)
                }
                continue
            }
            switch b {
            case 34 where field.isEmpty && pending == nil && !wasQuoted:
                quoted = true
                wasQuoted = true
            case delimiter:
                fields.append(try makeString())
                wasQuoted = false
            case 10:
                line += 1
                if fields.isEmpty && field.isEmpty && pending == nil && !wasQuoted {  // blank line
                    recordLine = line
                    any = false
                    continue
                }
                fields.append(try makeString())
                width = fields.count
                return fields
            case 13:
                continue
            default:
                flushPending()
                field.append(b)
            }
        }
        if quoted { throw .csvUnterminatedQuote(path: path, line: recordLine) }
        guard any, !(fields.isEmpty && field.isEmpty && pending == nil && !wasQuoted) else { return nil }
        fields.append(try makeString())
        return fields
    }

    /// Appends the bytes from `position` up to the next special byte to `field`.
    private func ordinaryRun(quoted: Bool) -> Int {
        let start = position
        let end = chunk.withUnsafeBufferPointer { buf -> Int in
            // Safe: `position...chunkLength` lies inside the chunk buffer.
            var k = start
            if quoted {
                while k < chunkLength, buf[k] != 34, buf[k] != 10, buf[k] != 0 { k += 1 }
            } else {
                while k < chunkLength {
                    let b = buf[k]
                    if b == delimiter || b == 10 || b == 13 || b == 34 || b == 0 { break }
                    k += 1
                }
            }
            return k
        }
        if end > start {
            if field.isEmpty && pending == nil {
                pending = start..<end
            } else {
                flushPending()
                field.append(contentsOf: chunk[start..<end])
            }
        }
        position = end
        return end - start
    }

    private func makeString() throws(PipelineError) -> String {
        defer {
            field.removeAll(keepingCapacity: true)
            pending = nil
        }
        let made =
            if let run = pending {
                chunk.withUnsafeBufferPointer {
                    String(validating: UnsafeBufferPointer(rebasing: $0[run]), as: UTF8.self)
                }
            } else {
                String(validating: field, as: UTF8.self)
            }
        guard let made else { throw .invalidUTF8(path: path, line: recordLine) }
        return made
    }

    private func flushPending() {
        guard let run = pending else { return }
        field.append(contentsOf: chunk[run])
        pending = nil
    }

    /// Skips a UTF-8 byte order mark at the start of the input (spreadsheets write one),
    /// and Excel's "sep=;" line, whose separator it takes.
    private func skipByteOrderMark() throws(PipelineError) {
        bomChecked = true
        if position >= chunkLength, try !fill() { return }
        if position == 0, chunkLength >= 3, chunk[0] == 0xEF, chunk[1] == 0xBB, chunk[2] == 0xBF { position = 3 }
        if let (separator, length) = CSVReader.separatorLine(chunk[position..<chunkLength]) {
            (delimiter, position, line) = (separator, position + length, line + 1)
        }
    }
}
