/// A row of a SQLite table as its record holds it: a header of serial types, then the
/// values, read as the JSON values a dump's row gives (`SQLTables`). Text is decoded in
/// the database's encoding; a blob that is UTF-8 text (some applications keep text so) is
/// read as text, any other as NULL.
enum SQLiteRecord {
    static func values(_ r: [UInt8], encoding: SQLiteFile.TextEncoding) -> [JSONNode]? {
        var at = 0
        guard let size = SQLiteFile.varint(r, &at, end: r.count), size >= at, size <= r.count else { return nil }
        let headerEnd = Int(size)
        var types: [Int64] = []
        while at < headerEnd {
            guard let t = SQLiteFile.varint(r, &at, end: headerEnd) else { return nil }
            types.append(t)
        }
        var body = headerEnd
        var values: [JSONNode] = []
        values.reserveCapacity(types.count)
        for t in types {
            let length = SQLiteRecord.length(t)
            guard length >= 0, body + length <= r.count else { return nil }
            values.append(value(t, r[body..<body + length], encoding: encoding))
            body += length
        }
        return values
    }

    /// The bytes a value of serial type `t` takes.
    static func length(_ t: Int64) -> Int {
        switch t {
        case 0, 8, 9: 0
        case 1...4: Int(t)
        case 5: 6
        case 6, 7: 8
        case ..<0, 10, 11: -1
        default: Int(clamping: (t - 12) / 2)
        }
    }

    private static func value(_ t: Int64, _ b: ArraySlice<UInt8>, encoding: SQLiteFile.TextEncoding) -> JSONNode {
        switch t {
        case 0: return .null
        case 8, 9: return .number(t == 8 ? "0" : "1")
        case 1...6:
            // Big-endian two's complement, sign-extended from its first byte.
            var v: Int64 = b.first.map { Int64(Int8(bitPattern: $0)) } ?? 0
            for c in b.dropFirst() { v = v << 8 | Int64(c) }
            return .number(String(v))
        case 7:
            let bits = b.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            return .number(String(Double(bitPattern: bits)))
        default:
            if t % 2 == 1 { return .string(text(b, encoding)) }
            return String(validating: b, as: UTF8.self).map { .string($0) } ?? .null
        }
    }

    private static func text(_ b: ArraySlice<UInt8>, _ encoding: SQLiteFile.TextEncoding) -> String {
        switch encoding {
        case .utf8: return String(decoding: b, as: UTF8.self)
        case .utf16LE, .utf16BE:
            var units: [UInt16] = []
            units.reserveCapacity(b.count / 2)
            var k = b.startIndex
            while k + 1 < b.endIndex {
                let (x, y) = (UInt16(b[k]), UInt16(b[k + 1]))
                units.append(encoding == .utf16LE ? y << 8 | x : x << 8 | y)
                k += 2
            }
            return String(decoding: units, as: UTF16.self)
        }
    }
}
