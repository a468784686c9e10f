import Foundation

/// A SQLite database file (Isso's `comments.db`, a scraper's or Datasette's database) read
/// without the SQLite library, a page at a time: from the file itself (a database runs to
/// gigabytes) or from bytes already read, with the committed pages of its write-ahead log
/// laid over it (`SQLiteFile+WAL.swift`); the payload of a b-tree cell with its overflow
/// pages, and what the header says of them (sqlite.org/fileformat2.html). Every offset is
/// checked against its page: a damaged file is an error naming the page.
struct SQLiteFile {
    static let magic = Array("SQLite format 3\u{0}".utf8)

    enum TextEncoding: UInt32 {
        case utf8 = 1
        case utf16LE = 2
        case utf16BE = 3
    }

    let path: String
    let pageSize: Int
    /// The bytes of a page that hold its content (a page may keep some at its end).
    let usable: Int
    let encoding: TextEncoding
    let pageCount: Int
    /// Page `n`'s bytes as the file holds them (the log aside), when it has them.
    private let read: (Int) -> [UInt8]?
    /// The log's committed pages: where each page's bytes start in `log`.
    private let log: [UInt8]
    private let logged: [Int: Int]

    static func isDatabase(_ head: [UInt8]) -> Bool { head.starts(with: magic) }

    /// A database already read (an archive's entry, standard input, a decompressed file),
    /// and its log's bytes if it has one.
    init(bytes: [UInt8], log: [UInt8] = [], path: String) throws(FormatError) {
        let header = Array(bytes.prefix(100))
        try self.init(header: header, fileSize: bytes.count, log: log, path: path) { offset, size in
            offset + size <= bytes.count ? Array(bytes[offset..<offset + size]) : nil
        }
    }

    /// The database at `path`, read a page at a time, with the log beside it (`NAME-wal`).
    init(path: String) throws(FormatError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .database(path: path, page: 1, detail: "cannot be opened")
        }
        let size = Int((try? handle.seekToEnd()) ?? 0)
        // Read a block of pages at once: a table's pages mostly follow one another.
        let block = ReadBlock()
        let read = { (offset: Int, count: Int) -> [UInt8]? in
            guard offset >= 0, offset + count <= size else { return nil }
            if offset < block.start || offset + count > block.start + block.bytes.count {
                let start = offset / ReadBlock.size * ReadBlock.size
                guard (try? handle.seek(toOffset: UInt64(start))) != nil,
                    let data = try? handle.read(upToCount: max(ReadBlock.size, offset + count - start))
                else { return nil }
                (block.start, block.bytes) = (start, [UInt8](data))
                guard offset + count <= start + data.count else { return nil }
            }
            return Array(block.bytes[offset - block.start..<offset - block.start + count])
        }
        let log = FileManager.default.contents(atPath: path + "-wal").map { [UInt8]($0) } ?? []
        try self.init(header: read(0, 100) ?? [], fileSize: size, log: log, path: path, read: read)
    }

    private init(
        header: [UInt8], fileSize: Int, log: [UInt8], path: String, read: @escaping (Int, Int) -> [UInt8]?
    ) throws(FormatError) {
        self.path = path
        guard header.count >= 100, SQLiteFile.isDatabase(header) else {
            throw .database(path: path, page: 1, detail: "not a SQLite 3 database (its header is cut or missing)")
        }
        let size = Int(header[16]) << 8 | Int(header[17])
        let pageSize = size == 1 ? 65_536 : size
        guard pageSize >= 512, pageSize & (pageSize - 1) == 0 else {
            throw .database(path: path, page: 1, detail: "a page size of \(size), not a power of two from 512")
        }
        usable = pageSize - Int(header[20])
        guard usable >= 480 else { throw .database(path: path, page: 1, detail: "\(header[20]) reserved bytes a page") }
        let code = SQLiteFile.u32(header, 56)
        guard let encoding = TextEncoding(rawValue: code == 0 ? 1 : code) else {
            throw .database(path: path, page: 1, detail: "an unknown text encoding (\(code))")
        }
        (self.pageSize, self.encoding, self.log) = (pageSize, encoding, log)
        let committed = SQLiteFile.committedFrames(log, pageSize: pageSize)
        logged = committed?.frames ?? [:]
        pageCount = committed?.pageCount ?? fileSize / pageSize
        self.read = { n in read((n - 1) * pageSize, pageSize) }
    }

    /// Page `n`'s bytes (from 1): the log's last committed copy, else the file's.
    func page(_ n: Int) throws(FormatError) -> [UInt8] {
        guard n >= 1, n <= pageCount else {
            throw .database(path: path, page: n, detail: "a page past the database's end (it has \(pageCount))")
        }
        if let from = logged[n] { return Array(log[from..<from + pageSize]) }
        guard let bytes = read(n) else { throw .database(path: path, page: n, detail: "a page past the file's end") }
        return bytes
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

    /// A cell's payload of `size` bytes starting at `at` on page `n` (its bytes `page`):
    /// what fits on the page (less on an index's pages), then the chain of overflow pages.
    func payload(_ page: [UInt8], _ n: Int, at: Int, size: Int, index: Bool) throws(FormatError) -> [UInt8] {
        guard size >= 0, size <= pageCount * usable else {
            throw .database(path: path, page: n, detail: "a cell of \(size) bytes in a database of \(pageCount) pages")
        }
        let most = index ? (usable - 12) * 64 / 255 - 23 : usable - 35
        let least = (usable - 12) * 32 / 255 - 23
        let spill = least + (size - least) % (usable - 4)
        let local = size <= most ? size : (spill <= most ? spill : least)
        let hasNext = local < size ? 4 : 0
        guard local >= 0, at + local + hasNext <= usable else {
            throw .database(path: path, page: n, detail: "a cell past its page")
        }
        var out = Array(page[at..<at + local])
        guard local < size else { return out }
        out.reserveCapacity(size)
        var next = Int(SQLiteFile.u32(page, at + local))
        var hops = 0
        while out.count < size {
            hops += 1
            guard next != 0, hops <= pageCount else {
                throw .database(path: path, page: n, detail: "a cell whose overflow pages end before its \(size) bytes")
            }
            let overflow = try self.page(next)
            out += overflow[4..<4 + min(size - out.count, usable - 4)]
            next = Int(SQLiteFile.u32(overflow, 0))
        }
        return out
    }
}

/// The last block of a database file read, for the pages after it.
private final class ReadBlock {
    static let size = 1 << 18
    var start = 0
    var bytes: [UInt8] = []
}
