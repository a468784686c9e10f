/// One BSON document (MongoDB's `mongodump` writes a collection as them, one after
/// another: `coral/comments.bson`) read as the JSON value `mongoexport` would write for it
/// in its relaxed form: object ids as their hex, dates as ISO 8601 text, numbers as
/// numbers, binary data left out (a UUID as its text). bsonspec.org.
enum BSONDocument {
    struct Failure: Error {
        let offset: Int
        let detail: String
    }

    /// Documents nest no deeper than this: a file made to nest further is refused rather
    /// than run out of stack.
    static let deepest = 200

    /// The document at the start of `b` (its length is its first four bytes).
    static func parse(_ b: ArraySlice<UInt8>) throws(Failure) -> JSONNode {
        var at = b.startIndex
        return try document(b, &at, depth: 0, array: false)
    }

    /// The length a document's first four bytes give, little-endian.
    static func length(_ b: ArraySlice<UInt8>) -> Int? {
        guard b.count >= 4 else { return nil }
        let s = b.startIndex
        return Int(
            Int32(bitPattern: UInt32(b[s]) | UInt32(b[s + 1]) << 8 | UInt32(b[s + 2]) << 16 | UInt32(b[s + 3]) << 24))
    }

    /// Whether a file's first bytes are BSON documents: a length that fits in a document's
    /// 16 MiB, then an element of a known type with a printable name.
    static func isBSON(_ head: [UInt8]) -> Bool {
        guard let n = length(head[...]), n >= 5, n <= 16_777_216, head.count >= 6 else { return false }
        if n <= head.count, head[n - 1] != 0 { return false }
        if n == 5 { return head[4] == 0 }
        guard types.contains(head[4]) else { return false }
        let name = head[5...].prefix { $0 != 0 }
        return !name.isEmpty && name.count < head.count - 5 && name.allSatisfy { $0 >= 0x20 && $0 != 0x7F }
    }

    private static let types: Set<UInt8> = Set(1...0x13).union([0x7F, 0xFF])

    private static func document(_ b: ArraySlice<UInt8>, _ at: inout Int, depth: Int, array: Bool)
        throws(Failure) -> JSONNode
    {
        guard depth < deepest else { throw Failure(offset: at, detail: "documents nested over \(deepest) deep") }
        let start = at
        guard let n = length(b[at...]), n >= 5, at + n <= b.endIndex, b[at + n - 1] == 0 else {
            throw Failure(offset: at, detail: "a document's length past its end")
        }
        at += 4
        let end = start + n - 1
        var pairs: [(key: String, value: JSONNode)] = []
        while at < end {
            let type = b[at]
            guard types.contains(type) else { throw Failure(offset: at, detail: "an element of unknown type \(type)") }
            at += 1
            let key = try cString(b, &at, end: end)
            pairs.append((key, try value(type, b, &at, end: end, depth: depth)))
        }
        at = end + 1
        return array ? .array(pairs.map(\.value)) : .object(pairs)
    }

    private static func value(_ type: UInt8, _ b: ArraySlice<UInt8>, _ at: inout Int, end: Int, depth: Int)
        throws(Failure) -> JSONNode
    {
        let start = at
        func take(_ k: Int) throws(Failure) -> ArraySlice<UInt8> {
            guard k >= 0, at + k <= end else { throw Failure(offset: start, detail: "a value past its document's end") }
            defer { at += k }
            return b[at..<at + k]
        }
        func int(_ k: Int) throws(Failure) -> Int64 {
            // Little-endian, sign-extended from the last byte.
            let raw = try take(k).reversed().reduce(Int64(0)) { $0 << 8 | Int64($1) }
            return (raw << (64 - 8 * k)) >> (64 - 8 * k)
        }
        switch type {
        case 0x01: return .number(String(Double(bitPattern: UInt64(bitPattern: try int(8)))))
        case 0x02, 0x0D, 0x0E: return .string(try string(b, &at, end: end))
        case 0x03, 0x04: return try document(b, &at, depth: depth + 1, array: type == 0x04)
        case 0x05:
            let n = Int(try int(4))
            let subtype = try take(1).first ?? 0
            let data = try take(n)
            return (subtype == 3 || subtype == 4) && n == 16 ? .string(uuid(data)) : .null
        case 0x06, 0x0A, 0x7F, 0xFF: return .null
        case 0x07: return .string(hex(try take(12)))
        case 0x08: return .bool((try take(1).first ?? 0) != 0)
        case 0x09: return .string(ISOTime.string(milliseconds: try int(8)))
        case 0x0B: return .string("/" + (try cString(b, &at, end: end)) + "/" + (try cString(b, &at, end: end)))
        case 0x0C:
            let name = try string(b, &at, end: end)
            return .string(name + "/" + hex(try take(12)))
        case 0x0F:
            _ = try take(4)
            let code = try string(b, &at, end: end)
            _ = try document(b, &at, depth: depth + 1, array: false)
            return .string(code)
        case 0x10: return .number(String(try int(4)))
        case 0x11: return .number(String(UInt64(bitPattern: try int(8))))
        case 0x12: return .number(String(try int(8)))
        case 0x13:
            _ = try take(16)
            return .null
        default: throw Failure(offset: start - 1, detail: "an element of unknown type \(type)")
        }
    }

    private static func cString(_ b: ArraySlice<UInt8>, _ at: inout Int, end: Int) throws(Failure) -> String {
        guard let zero = b[at..<end].firstIndex(of: 0) else {
            throw Failure(offset: at, detail: "a name without its end")
        }
        defer { at = zero + 1 }
        return String(decoding: b[at..<zero], as: UTF8.self)
    }

    private static func string(_ b: ArraySlice<UInt8>, _ at: inout Int, end: Int) throws(Failure) -> String {
        guard let n = length(b[at...]), n >= 1, at + 4 + n <= end, b[at + 3 + n] == 0 else {
            throw Failure(offset: at, detail: "a string's length past its document's end")
        }
        defer { at += 4 + n }
        return String(decoding: b[at + 4..<at + 3 + n], as: UTF8.self)
    }

    static func hex(_ bytes: ArraySlice<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for c in bytes { out += [digits[Int(c >> 4)], digits[Int(c & 15)]] }
        return String(decoding: out, as: UTF8.self)
    }

    private static func uuid(_ bytes: ArraySlice<UInt8>) -> String {
        let h = Array(hex(bytes))
        return [h[0..<8], h[8..<12], h[12..<16], h[16..<20], h[20..<32]].map { String($0) }.joined(separator: "-")
    }
}
