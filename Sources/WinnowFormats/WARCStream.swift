/// A web archive (WARC, ISO 28500: what `wget --warc-file`, Heritrix, Browsertrix and the
/// Internet Archive write when they save pages) read a record at a time, in bounded memory:
/// each HTML page it holds (a `response` record's HTTP body, or a `resource` record of HTML)
/// handed out as a page record under its address, for the splitter; requests, metadata,
/// revisits, images and scripts passed over. A record that cannot be read is named by its
/// number and byte offset; the pages before it have been read.
public final class WARCStream: CommentStream {
    static let magic = Array("WARC/1.".utf8)

    private let path: String
    private let pull: () throws(FormatError) -> [UInt8]?
    /// Bytes read and not yet used, from `start`; the file offset of `start`.
    private var buffer: [UInt8] = [], start = 0, offset = 0
    private var records = 0
    private var pages = 0

    public static func isWARC(_ head: [UInt8]) -> Bool { head.starts(with: magic) }

    public convenience init(_ reader: InflatingReader) {
        self.init(path: reader.path) { () throws(FormatError) in try reader.next() }
    }

    /// An archive already read (a zip's entry, standard input).
    public convenience init(bytes: [UInt8], path: String) {
        var given: [UInt8]? = bytes
        self.init(path: path) {
            defer { given = nil }
            return given
        }
    }

    init(path: String, pull: @escaping () throws(FormatError) -> [UInt8]?) {
        (self.path, self.pull) = (path, pull)
    }

    public func next() throws(FormatError) -> ExportedComment? {
        while let (headers, block) = try nextRecord() {
            guard let page = WARCStream.page(headers, block) else { continue }
            pages += 1
            return page
        }
        guard pages > 0 else { throw .noPages(path: path, records: records) }
        return nil
    }

    /// The page a record holds: a response's HTML body, or an HTML resource.
    static func page(_ headers: [String: String], _ block: ArraySlice<UInt8>) -> ExportedComment? {
        // WARC 1.0 wrote the address in angle brackets (wget still does).
        var address = headers["warc-target-uri"] ?? ""
        if address.hasPrefix("<"), address.hasSuffix(">") { address = String(address.dropFirst().dropLast()) }
        var body = block, type = headers["content-type"] ?? ""
        switch headers["warc-type"] {
        case "response"?:
            guard type.hasPrefix("application/http"), let response = HTTPMessage(block), response.status == 200
            else { return nil }
            (body, type) = (response.body[...], response.headers["content-type"] ?? "")
        case "resource"?: break
        default: return nil
        }
        let html =
            type.lowercased().contains("html")
            || type.isEmpty && HTMLPage.isDocument(String(decoding: body.prefix(1024), as: UTF8.self))
        guard html, !body.isEmpty else { return nil }
        var c = ExportedComment(id: address, author: "", text: HTMLPage.text(TextDecoding.decode(Array(body)).text))
        c.page = true
        return c
    }

    /// The next record's named headers (lower-cased) and its block; nil at the end.
    private func nextRecord() throws(FormatError) -> ([String: String], ArraySlice<UInt8>)? {
        // Records are parted by blank lines; a file may end with some.
        while try fill(1), buffer[start] == 13 || buffer[start] == 10 { consume(1) }
        guard try fill(1) else { return nil }
        records += 1
        let at = offset
        guard let end = try headerEnd() else { throw failure(at, "a record whose headers never end") }
        let lines = String(decoding: buffer[start..<end], as: UTF8.self).split(whereSeparator: \.isNewline)
        guard let version = lines.first, version.hasPrefix("WARC/") else {
            throw failure(at, "no \"WARC/\" line where a record starts")
        }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        guard let length = headers["content-length"].flatMap({ Int($0) }), length >= 0 else {
            throw failure(at, "a record without its Content-Length")
        }
        consume(end + 4 - start)
        guard try fill(length) else { throw failure(at, "a record cut at the file's end") }
        defer { consume(length) }
        return (headers, buffer[start..<start + length])
    }

    /// Where the headers starting at `start` end (their blank line), reading on as needed.
    private func headerEnd() throws(FormatError) -> Int? {
        var from = start
        while true {
            var k = from
            while k + 3 < buffer.count {
                if buffer[k] == 13, buffer[k + 1] == 10, buffer[k + 2] == 13, buffer[k + 3] == 10 { return k }
                k += 1
            }
            from = max(start, buffer.count - 3)
            guard buffer.count - start < 1 << 20, try fill(buffer.count - start + 1) else { return nil }
        }
    }

    private func consume(_ n: Int) {
        (start, offset) = (start + n, offset + n)
    }

    private func failure(_ at: Int, _ detail: String) -> FormatError {
        .document(path: path, index: records, offset: at, detail: detail)
    }

    /// Whether `count` bytes wait from `start`, reading on as needed.
    private func fill(_ count: Int) throws(FormatError) -> Bool {
        if start > 1 << 22 {
            buffer.removeFirst(start)
            start = 0
        }
        while buffer.count - start < count {
            guard let more = try pull() else { return false }
            buffer += more
        }
        return true
    }
}
