/// Snappy's raw format, undone: how Parquet compresses pages by default (pyarrow, Spark,
/// DuckDB, pandas). A length, then literals and copies of what came before
/// (github.com/google/snappy, format_description.txt); every length and offset checked.
enum Snappy {
    static func decompress(_ input: ArraySlice<UInt8>) -> [UInt8]? {
        let b = Array(input)
        var at = 0, size = 0
        for shift in stride(from: 0, to: 35, by: 7) {
            guard at < b.count else { return nil }
            size |= Int(b[at] & 0x7F) << shift
            at += 1
            if b[at - 1] < 0x80 { break }
        }
        guard size <= 1 << 31 else { return nil }
        var out = [UInt8](repeating: 0, count: size)
        let written = out.withUnsafeMutableBufferPointer { dst -> Int? in
            var o = 0
            while at < b.count {
                let tag = b[at]
                at += 1
                guard let (length, offset) = element(tag, b, &at) else { return nil }
                guard o + length <= size else { return nil }
                if offset == 0 {
                    guard at + length <= b.count else { return nil }
                    // Safe: o + length <= size and at + length <= b.count, checked above.
                    b.withUnsafeBufferPointer { src in
                        dst.baseAddress?.advanced(by: o).update(from: src.baseAddress! + at, count: length)
                    }
                    at += length
                } else {
                    guard offset <= o, let base = dst.baseAddress else { return nil }
                    if offset >= length {
                        // Safe: o - offset >= 0 and o + length <= size, checked above; apart.
                        (base + o).update(from: base + o - offset, count: length)
                    } else {
                        // A copy overlapping what it writes (a run): byte by byte, from behind.
                        for k in 0..<length { dst[o + k] = dst[o - offset + k] }
                    }
                }
                o += length
            }
            return o
        }
        return written == size ? out : nil
    }

    /// The element a tag opens: a literal's length (offset 0), or a copy's length and how
    /// far back it starts (never 0: that is damage, not a literal).
    private static func element(_ tag: UInt8, _ b: [UInt8], _ at: inout Int) -> (length: Int, offset: Int)? {
        let kind = tag & 3
        // Bytes after the tag: a long literal's length (1 to 4), a copy's offset (1, 2, 4).
        let extra = kind == 0 ? max(0, Int(tag >> 2) - 59) : kind == 3 ? 4 : Int(kind)
        guard at + extra <= b.count else { return nil }
        var value = 0
        for k in 0..<extra { value |= Int(b[at + k]) << (8 * k) }
        at += extra
        switch kind {
        case 0: return (extra == 0 ? Int(tag >> 2) + 1 : value + 1, 0)
        case 1: return value | Int(tag >> 5) << 8 == 0 ? nil : (Int(tag >> 2 & 7) + 4, value | Int(tag >> 5) << 8)
        default: return value == 0 ? nil : (Int(tag >> 2) + 1, value)
        }
    }
}
