/// A SQLite database file (Isso's `comments.db`, a scraper's or Datasette's database) read
/// from its bytes without the SQLite library: its pages, the payload of a b-tree cell with
/// its overflow pages, and what the header says of them (sqlite.org/fileformat2.html).
/// Every offset is checked against the file: a damaged file is an error naming the page.
struct SQLiteFile {
    static let magic = Array("SQLite format 3\u{0}".utf8)

    enum TextEncoding: UInt32 {
        case utf8 = 1
        case utf16LE = 2
        case utf16BE = 3
    }

    let bytes: [UInt8]
    let path: String
    let pageSize: Int
    /// The bytes of a page that hold its content (a page may keep some at its end).
    let usable: Int
    let encoding: TextEncoding

    static func isDatabase(_ head: [UInt8]) -> Bool { head.starts(with: magic) }

    init(bytes: [UInt8], path: String) throws(FormatError) {
        self.bytes = bytes
        self.path = path
        guard bytes.count >= 100, SQLiteFile.isDatabase(bytes) else {
            throw .database(path: path, page: 1, detail: "not a SQLite 3 database (its header is cut or missing)")
        }
        let size = Int(bytes[16]) << 8 | Int(bytes[17])
        pageSize = size == 1 ? 65_536 : size
        guard pageSize >= 512, pageSize & (pageSize - 1) == 0 else {
            throw .database(path: path, page: 1, detail: "a page size of \(size), not a power of two from 512")
        }
        usable = pageSize - Int(bytes[20])
        guard usable >= 480 else { throw .database(path: path, page: 1, detail: "\(bytes[20]) reserved bytes a page") }
        let code = SQLiteFile.u32(bytes, 56)
        guard let encoding = TextEncoding(rawValue: code == 0 ? 1 : code) else {
            throw .database(path: path, page: 1, detail: "an unknown text encoding (\(code))")
        }
        self.encoding = encoding
    }

    var pageCount: Int { bytes.count / pageSize }

    /// Where page `n` (from 1) starts in the file.
    func start(of n: Int) throws(FormatError) -> Int {
        guard n >= 1, n <= pageCount else {
            throw .database(path: path, page: n, detail: "a page past the file's end (it has \(pageCount))")
        }
        return (n - 1) * pageSize
    }

    static func u16(_ b: [UInt8], _ at: Int) -> Int { Int(b[at]) << 8 | Int(b[at + 1]) }

    static func u32(_ b: [UInt8], _ at: Int) -> UInt32 {
        UInt32(b[at]) << 24 | UInt32(b[at + 1]) << 16 | UInt32(b[at + 2]) << 8 | UInt32(b[at + 3])
    }

    /// A variable-length integer at `at` (one to nine bytes), read no further than `end`.
    static func varint(_ b: [UInt8], _ at: inout Int, end: Int) -> Int64? {
        var value: UInt64 = 0
        for k in 0..<9 {
            guard at < end else { return nil }
            let c = b[at]
            at += 1
            if k == 8 { return Int64(bitPattern: value << 8 | UInt64(c)) }
            value = value << 7 | UInt64(c & 0x7F)
            if c < 0x80 { return Int64(bitPattern: value) }
        }
        return nil
    }

    /// A cell's payload of `size` bytes starting at `at` on page `page`: what fits on the
    /// page (less on an index's pages), then the chain of overflow pages.
    func payload(at: Int, size: Int, page: Int, index: Bool) throws(FormatError) -> [UInt8] {
        let pageEnd = try start(of: page) + usable
        guard size >= 0, size <= bytes.count else {
            throw .database(path: path, page: page, detail: "a cell of \(size) bytes in a file of \(bytes.count)")
        }
        let most = index ? (usable - 12) * 64 / 255 - 23 : usable - 35
        let least = (usable - 12) * 32 / 255 - 23
        let spill = least + (size - least) % (usable - 4)
        let local = size <= most ? size : (spill <= most ? spill : least)
        guard at + local <= pageEnd, local >= 0 else {
            throw .database(path: path, page: page, detail: "a cell past its page")
        }
        var out = Array(bytes[at..<at + local])
        guard local < size else { return out }
        guard at + local + 4 <= pageEnd else { throw .database(path: path, page: page, detail: "a cell past its page") }
        out.reserveCapacity(size)
        var next = Int(SQLiteFile.u32(bytes, at + local))
        var hops = 0
        while out.count < size {
            hops += 1
            guard next != 0, hops <= pageCount else {
                throw .database(
                    path: path, page: page, detail: "a cell whose overflow pages end before its \(size) bytes")
            }
            let from = try start(of: next)
            let take = min(size - out.count, usable - 4)
            out += bytes[from + 4..<from + 4 + take]
            next = Int(SQLiteFile.u32(bytes, from))
        }
        return out
    }
}
