/// UTF-8 <-> UTF-16 transcoding into reused buffers, for the ICU path.
package enum UTF16Buffer {
    /// Replaces the contents of `out` with the UTF-16 units of the UTF-8 `bytes`; a
    /// sequence cut short or malformed becomes U+FFFD. A string's UTF-16 view took eight
    /// times as long (it builds breadcrumbs for every non-ASCII text).
    package static func setUTF16(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt16]) {
        let n = bytes.count
        // At most one unit per byte: a 4-byte sequence gives two.
        if out.count < n { out = [UInt16](repeating: 0, count: n) }
        let written = out.withUnsafeMutableBufferPointer { units in
            // Safe: `units` holds n units and `k` grows by at most one per byte consumed;
            // every `bytes` read is checked against n.
            var i = 0, k = 0
            while i < n {
                let b0 = UInt32(bytes[i])
                if b0 < 0x80 {
                    units[k] = UInt16(b0)
                    (i, k) = (i + 1, k + 1)
                    continue
                }
                let (scalar, width) = decode(bytes, i, lead: b0)
                i += width
                if scalar >= 0x10000 {
                    let v = scalar - 0x10000
                    units[k] = UInt16(0xD800 + (v >> 10))
                    units[k + 1] = UInt16(0xDC00 + (v & 0x3FF))
                    k += 2
                } else {
                    units[k] = UInt16(scalar)
                    k += 1
                }
            }
            return k
        }
        out.removeSubrange(written...)
    }

    /// The scalar of the multi-byte sequence led by `lead` at `i`, and its length in bytes
    /// (1 and U+FFFD for a malformed one).
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, lead: UInt32) -> (UInt32, Int) {
        let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard width > 1, i + width <= bytes.count else { return (0xFFFD, 1) }
        var scalar = lead & (0x7F >> UInt32(width))
        for j in 1..<width {
            let b = UInt32(bytes[i + j])
            guard b & 0xC0 == 0x80 else { return (0xFFFD, 1) }
            scalar = scalar << 6 | (b & 0x3F)
        }
        return scalar <= 0x10FFFF ? (scalar, width) : (0xFFFD, 1)
    }

    /// Appends the UTF-8 encoding of UTF-16 units `units[range]` to `out`, lowercasing ASCII.
    package static func appendUTF8(
        _ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>,
        to out: inout [UInt8]
    ) {
        var i = range.lowerBound
        while i < range.upperBound {
            var scalar = UInt32(units[i])
            if scalar >= 0xD800, scalar < 0xDC00, i + 1 < range.upperBound {
                let low = UInt32(units[i + 1])
                if low >= 0xDC00, low < 0xE000 {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    i += 1
                }
            }
            i += 1
            appendScalar(scalar, to: &out)
        }
    }

    package static func appendScalar(_ value: UInt32, to out: inout [UInt8], lowercase: Bool = true) {
        var s = value
        if s >= 0xD800, s < 0xE000 { s = 0xFFFD }  // lone surrogate
        switch s {
        case ..<0x80:
            let b = UInt8(s)
            out.append(lowercase && b >= 65 && b <= 90 ? b | 0x20 : b)
        case ..<0x800:
            out.append(UInt8(0xC0 | (s >> 6)))
            out.append(UInt8(0x80 | (s & 0x3F)))
        case ..<0x10000:
            out.append(UInt8(0xE0 | (s >> 12)))
            out.append(UInt8(0x80 | ((s >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (s & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (s >> 18)))
            out.append(UInt8(0x80 | ((s >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((s >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (s & 0x3F)))
        }
    }
}
