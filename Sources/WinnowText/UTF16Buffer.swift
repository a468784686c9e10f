/// UTF-8 <-> UTF-16 transcoding into reused buffers, for the ICU path.
package enum UTF16Buffer {
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
