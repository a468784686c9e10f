/// Maps the typographic punctuation of ordinary English text to ASCII, so that text with
/// curly quotes, dashes, ellipses or no-break spaces still takes the byte fast path.
package enum TypographyMap {
    /// Copies `src` into `out`, mapping known punctuation; false at the first other
    /// non-ASCII character (the caller then uses ICU on the original text).
    package static func toASCII(_ src: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) -> Bool {
        // No mapping is longer than its UTF-8 (1 -> 1, 2 -> 1, 3 -> at most 3 bytes), so the
        // output fits in `src.count` bytes: size once, write through a pointer, trim. (An
        // append per byte cost a uniqueness check per byte.)
        let n = src.count
        out.removeAll(keepingCapacity: true)
        out.append(contentsOf: repeatElement(0, count: n))
        var written = 0
        let ascii = out.withUnsafeMutableBufferPointer { dst in
            // Safe: `i` is checked against `n` before each read, and `written <= i` after
            // every step, so writes stay within `dst` (of length `n`).
            var i = asciiPrefix(src)
            if i > 0, let from = src.baseAddress, let to = dst.baseAddress { to.update(from: from, count: i) }
            written = i
            while i < n {
                let b = src[i]
                if b < 0x80 {
                    dst[written] = b
                    written += 1
                    i += 1
                } else if b == 0xC2, i + 1 < n, src[i + 1] == 0xA0 {  // no-break space
                    dst[written] = 32
                    written += 1
                    i += 2
                } else if b == 0xE2, i + 2 < n, let mapped = punctuation(src[i + 1], src[i + 2]) {
                    for m in mapped {
                        dst[written] = m
                        written += 1
                    }
                    i += 3
                } else {
                    return false
                }
            }
            return true
        }
        out.removeLast(n - written)
        return ascii
    }

    /// How many leading bytes of `src` are ASCII, found eight at a time (most comments are
    /// ASCII throughout, and are then copied with one memcpy).
    static func asciiPrefix(_ src: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = UnsafeRawPointer(src.baseAddress) else { return 0 }
        var i = 0
        // Safe: bytes i ..< i + 8 lie inside `src`.
        while i + 8 <= src.count, base.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
            i += 8
        }
        while i < src.count, src[i] < 0x80 { i += 1 }
        return i
    }

    /// U+2010...U+2026 and U+2212 as ASCII.
    static func punctuation(_ b1: UInt8, _ b2: UInt8) -> [UInt8]? {
        if b1 == 0x88, b2 == 0x92 { return [45] }  // minus sign
        guard b1 == 0x80 else { return nil }
        switch b2 {
        case 0x98, 0x99, 0x9B: return [39]  // single quotes
        case 0x9C, 0x9D, 0x9F: return [34]  // double quotes
        case 0x90, 0x91, 0x92, 0x93, 0x94, 0x95: return [45]  // hyphens and dashes
        case 0xA6: return [46, 46, 46]  // ellipsis
        case 0xA2: return [32]  // bullet
        case 0x8B, 0x8C, 0x8D: return []  // zero-width space, non-joiner, joiner
        default: return nil
        }
    }
}
