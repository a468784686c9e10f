/// Apache Thrift's compact protocol, read: how a Parquet file writes its footer and its
/// pages' headers (github.com/apache/thrift, doc/specs/thrift-compact-protocol.md). Only
/// what a reader needs: a struct's fields visited by id, everything else skipped, every
/// length checked against the bytes and nesting bounded.
struct ThriftReader {
    struct Failure: Error {
        let offset: Int
        let detail: String
    }

    enum Kind: UInt8 {
        case stop = 0
        case yes = 1
        case no = 2
        case byte = 3
        case i16 = 4
        case i32 = 5
        case i64 = 6
        case double = 7
        case binary = 8
        case list = 9
        case set = 10
        case map = 11
        case structure = 12
    }

    let bytes: [UInt8]
    private(set) var at: Int
    let end: Int
    private var depth = 0

    init(_ bytes: [UInt8], at: Int, end: Int) {
        (self.bytes, self.at, self.end) = (bytes, at, min(end, bytes.count))
    }

    func failure(_ detail: String) -> Failure { Failure(offset: at, detail: detail) }

    mutating func byte() throws(Failure) -> UInt8 {
        guard at < end else { throw failure("the metadata ends early") }
        defer { at += 1 }
        return bytes[at]
    }

    mutating func varint() throws(Failure) -> UInt64 {
        var value: UInt64 = 0
        for shift in stride(from: 0, to: 64, by: 7) {
            let c = try byte()
            value |= UInt64(c & 0x7F) << UInt64(shift)
            if c < 0x80 { return value }
        }
        throw failure("a number longer than ten bytes")
    }

    /// An i16, i32 or i64: zigzag-coded.
    mutating func int() throws(Failure) -> Int64 {
        let v = try varint()
        return Int64(bitPattern: v >> 1) ^ -Int64(bitPattern: v & 1)
    }

    mutating func binary() throws(Failure) -> ArraySlice<UInt8> {
        let n = try varint()
        guard n <= UInt64(end - at) else { throw failure("a string past the metadata's end") }
        defer { at += Int(n) }
        return bytes[at..<at + Int(n)]
    }

    mutating func string() throws(Failure) -> String { String(decoding: try binary(), as: UTF8.self) }

    /// Each field of a struct: `visit` reads those it wants (true) and the rest are skipped;
    /// a boolean's value is its kind (`yes`, `no`).
    mutating func structure(_ visit: (Int, Kind, inout ThriftReader) throws(Failure) -> Bool) throws(Failure) {
        depth += 1
        defer { depth -= 1 }
        guard depth < 64 else { throw failure("structures nested over 64 deep") }
        var last = 0
        while true {
            let header = try byte()
            guard header != 0 else { return }
            guard let kind = Kind(rawValue: header & 0x0F) else {
                throw failure("a field of unknown type \(header & 15)")
            }
            let delta = Int(header >> 4)
            let id = delta == 0 ? Int(try int()) : last + delta
            last = id
            if try !visit(id, kind, &self) { try skip(kind) }
        }
    }

    /// A list's (or set's) elements, each read by `element`.
    mutating func list(_ element: (Kind, inout ThriftReader) throws(Failure) -> Void) throws(Failure) {
        let header = try byte()
        let short = Int(header >> 4)
        let count = short == 15 ? try varint() : UInt64(short)
        guard let kind = Kind(rawValue: header & 0x0F) else { throw failure("a list of unknown type") }
        guard count <= UInt64(end - at) else { throw failure("a list longer than the metadata") }
        for _ in 0..<Int(count) { try element(kind, &self) }
    }

    mutating func skip(_ kind: Kind) throws(Failure) {
        switch kind {
        case .stop, .yes, .no: return
        case .byte: _ = try byte()
        case .i16, .i32, .i64: _ = try varint()
        case .double:
            guard end - at >= 8 else { throw failure("the metadata ends early") }
            at += 8
        case .binary: _ = try binary()
        case .list, .set: try list { (k, r) throws(Failure) in try r.skipElement(k) }
        case .map:
            let count = try varint()
            guard count > 0 else { return }
            let kinds = try byte()
            guard let key = Kind(rawValue: kinds >> 4), let value = Kind(rawValue: kinds & 15),
                count <= UInt64(end - at)
            else { throw failure("a map of unknown types") }
            for _ in 0..<Int(count) {
                try skipElement(key)
                try skipElement(value)
            }
        case .structure: try structure { _, _, _ in false }
        }
    }

    /// A list's element: booleans take a byte there.
    mutating func skipElement(_ kind: Kind) throws(Failure) {
        if kind == .yes || kind == .no { _ = try byte() } else { try skip(kind) }
    }
}
