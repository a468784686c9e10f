/// A web archive (WARC, ISO 28500: what `wget --warc-file`, Heritrix, Browsertrix and the
/// Internet Archive write when they save pages) read a record at a time, in bounded memory:
/// each HTML page it holds (a `response` record's HTTP body, or a `resource` record of HTML)
/// handed out as a page record under its address, for the splitter; requests, metadata,
/// revisits, images and scripts passed over. A record that cannot be read is named by its
/// number and byte offset; the pages before it have been read.
public final class WARCStream: CommentStream {
    static let magic = Array("WARC/1.".utf8)

    private let path: String
    private var feed: ByteFeed
    private var records = 0
    private var pages = 0

    public static func isWARC(_ head: [UInt8]) -> Bool { head.starts(with: magic) }

    public convenience init(_ reader: InflatingReader) {
        self.init(path: reader.path, feed: ByteFeed { () throws(FormatError) in try reader.next() })
    }

    /// An archive already read (a zip's entry, standard input).
    public convenience init(bytes: [UInt8], path: String) {
        self.init(path: path, feed: ByteFeed(bytes: bytes))
    }

    init(path: String, feed: ByteFeed) {
        (self.path, self.feed) = (path, feed)
    }

    public func next() throws(FormatError) -> ExportedComment? {
        while let (headers, block) = try nextRecord() {
            guard let block, let page = WARCStream.page(headers, block) else { continue }
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
        let isHTML =
            type.lowercased().contains("html")
            || type.isEmpty && HTMLPage.isDocument(String(decoding: body.prefix(1024), as: UTF8.self))
        guard isHTML, !body.isEmpty else { return nil }
        let charset = type.range(of: "charset=", options: .caseInsensitive).map {
            String(type[$0.upperBound...].prefix { $0 != ";" && $0 != " " && $0 != "\"" })
        }
        let html = TextDecoding.decode(Array(body), declared: charset).text
        var c = ExportedComment(id: address, author: "", text: HTMLPage.text(html))
        c.page = true
        return c
    }

    /// The next record's named headers (lower-cased) and its block (nil when it cannot hold
    /// a page: passed over unread, so a crawl's videos are never held); nil at the end.
    private func nextRecord() throws(FormatError) -> ([String: String], ArraySlice<UInt8>?)? {
        // Records are parted by blank lines; a file may end with some.
        while try feed.fill(1), feed.bytes[feed.start] == 13 || feed.bytes[feed.start] == 10 { feed.consume(1) }
        guard try feed.fill(1) else { return nil }
        records += 1
        let at = feed.offset
        guard let length = try headersLength() else { throw failure(at, "a record whose headers never end") }
        let (version, headers) = HTTPMessage.fields(feed.bytes[feed.start..<feed.start + length])
        guard let version, version.hasPrefix("WARC/") else {
            throw failure(at, "no \"WARC/\" line where a record starts")
        }
        guard let size = headers["content-length"].flatMap({ Int($0) }), size >= 0 else {
            throw failure(at, "a record without its Content-Length")
        }
        feed.consume(length + 4)
        guard try mayHoldPage(headers, size: size) else {
            guard try feed.discard(size) else { throw failure(at, "a record cut at the file's end") }
            return (headers, nil)
        }
        guard try feed.fill(size) else { throw failure(at, "a record cut at the file's end") }
        defer { feed.consume(size) }
        return (headers, feed.bytes[feed.start..<feed.start + size])
    }

    /// Whether the record of `size` bytes waiting may be a page: a response whose HTTP
    /// headers (in its first 16 KiB) say HTML or say nothing, or an HTML resource.
    private func mayHoldPage(_ headers: [String: String], size: Int) throws(FormatError) -> Bool {
        switch headers["warc-type"] {
        case "resource"?:
            let type = headers["content-type"]?.lowercased() ?? ""
            return type.isEmpty || type.contains("html")
        case "response"?:
            let peek = min(size, 1 << 14)
            guard try feed.fill(peek) else { return true }
            let head = feed.bytes[feed.start..<feed.start + peek]
            guard let end = HTTPMessage.blankLine(head),
                let type = HTTPMessage.fields(head[head.startIndex..<end]).fields["content-type"]
            else { return true }
            return type.lowercased().contains("html")
        default: return false
        }
    }

    /// How many bytes the waiting record's headers take, up to their blank line (CRLF
    /// CRLF), reading on as needed; nil when none comes within a mebibyte.
    private func headersLength() throws(FormatError) -> Int? {
        var scanned = 0
        while true {
            if let end = HTTPMessage.blankLine(feed.bytes[(feed.start + scanned)...]) { return end - feed.start }
            scanned = max(0, feed.waiting - 3)
            guard feed.waiting < 1 << 20, try feed.fill(feed.waiting + 1) else { return nil }
        }
    }

    private func failure(_ at: Int, _ detail: String) -> FormatError {
        .document(path: path, index: records, offset: at, detail: detail)
    }
}
