/// Little-endian writer for the model format.
struct ByteWriter {
    var data: [UInt8] = []

    mutating func bytes(_ b: [UInt8]) { data.append(contentsOf: b) }
    mutating func u32(_ v: UInt32) { for i in 0..<4 { data.append(UInt8(truncatingIfNeeded: v >> (8 * i))) } }
    mutating func u64(_ v: UInt64) { for i in 0..<8 { data.append(UInt8(truncatingIfNeeded: v >> (8 * i))) } }
    mutating func f64(_ v: Double) { u64(v.bitPattern) }
    /// LEB128: seven bits a byte, high bit set on all but the last.
    mutating func varint(_ v: UInt64) {
        var x = v
        while x >= 0x80 {
            data.append(UInt8(x & 0x7F) | 0x80)
            x >>= 7
        }
        data.append(UInt8(x))
    }
    mutating func string(_ s: String) {
        u32(UInt32(s.utf8.count))
        data.append(contentsOf: s.utf8)
    }
}

/// Bounds-checked little-endian reader: running off the end is `truncated`, never a trap.
struct ByteReader {
    let data: [UInt8]
    let path: String
    var position: Int
    /// The file's format version (set once the header is read).
    var version: UInt32 = 0

    mutating func take(_ n: Int) throws(BayesError) -> ArraySlice<UInt8> {
        guard n >= 0, position + n <= data.count - 8 else { throw .truncated(path: path) }
        defer { position += n }
        return data[position..<(position + n)]
    }

    /// One byte, without making a slice: varints and masks read hundreds of thousands.
    mutating func byte() throws(BayesError) -> UInt8 {
        guard position < data.count - 8 else { throw .truncated(path: path) }
        defer { position += 1 }
        return data[position]
    }

    /// The next `n` bytes as text (invalid UTF-8 repaired), decoded straight from the buffer.
    mutating func text(_ n: Int) throws(BayesError) -> String {
        let s = try take(n)
        return data.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[s.indices]), as: UTF8.self)
        }
    }

    mutating func u32() throws(BayesError) -> UInt32 {
        let s = try take(4)
        return data.withUnsafeBytes {
            UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: s.startIndex, as: UInt32.self))
        }
    }

    mutating func u64() throws(BayesError) -> UInt64 {
        let s = try take(8)
        return data.withUnsafeBytes {
            UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: s.startIndex, as: UInt64.self))
        }
    }

    /// `count` consecutive u64 values, read in one pass.
    mutating func u64s(_ count: Int) throws(BayesError) -> [UInt64] {
        let s = try take(count * 8)
        return data.withUnsafeBytes { raw in
            // Safe: `take` checked that the whole range lies inside `data`.
            (0..<count).map {
                UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: s.startIndex + 8 * $0, as: UInt64.self))
            }
        }
    }

    mutating func f64() throws(BayesError) -> Double { Double(bitPattern: try u64()) }

    mutating func varint() throws(BayesError) -> UInt64 {
        var value: UInt64 = 0, shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 64 else { throw .corrupt(path: path, detail: "varint too long") }
            value |= UInt64(b & 0x7F) << shift
            if b & 0x80 == 0 { return value }
            shift += 7
        }
    }

    mutating func string() throws(BayesError) -> String {
        let n = Int(try u32())
        guard n <= 1 << 20 else { throw .corrupt(path: path, detail: "string of \(n) bytes") }
        return try text(n)
    }
}
