/// Replaces look-alike letters ("іdіоt" with Cyrillic і and о) by the ASCII letters they
/// imitate, using ICU's confusable skeletons (UTS #39) one code point at a time.
///
/// A word is folded only when it mixes ASCII letters with look-alikes, or when every one
/// of its non-ASCII letters has an ASCII look-alike: genuine Russian or Greek words keep
/// their letters. Skeletons are match keys, so the result is only used for tokens.
enum ConfusableFolder {
    static func fold(_ source: [UInt16], into out: inout [UInt16], icu: ICUText) {
        // Folding never lengthens the text (a scalar becomes one ASCII unit or stays), so
        // the units are written into room made once: appending them one at a time checked
        // the array's uniqueness and capacity on every unit.
        if out.count < source.count { out = [UInt16](repeating: 0, count: source.count) }
        let written = source.withUnsafeBufferPointer { src in
            out.withUnsafeMutableBufferPointer { dst in fold(src, into: dst, icu: icu) }
        }
        out.removeSubrange(written...)
    }

    /// Writes the folded `src` to the front of `dst` (at least as long) and returns how many
    /// units it wrote.
    private static func fold(
        _ src: UnsafeBufferPointer<UInt16>, into dst: UnsafeMutableBufferPointer<UInt16>, icu: ICUText
    ) -> Int {
        // Safe: `decode` reads unit i + 1 only below src.count, and `width` never carries
        // `i` or `k` past a unit it decoded; `o` never passes the units read, so it stays
        // inside `dst`.
        var o = 0
        func copy(_ i: Int, _ width: Int) {
            dst[o] = src[i]
            if width == 2 { dst[o + 1] = src[i + 1] }
            o += width
        }
        var i = 0
        let n = src.count
        while i < n {
            // Copy everything up to the next word character verbatim.
            let (scalar, width) = decode(src, i)
            guard isWordChar(scalar, icu) else {
                copy(i, width)
                i += width
                continue
            }
            let start = i
            var hasASCIILetter = false, foreign = 0, mappable = 0
            while i < n {
                let (s, w) = decode(src, i)
                guard isWordChar(s, icu) else { break }
                if s < 0x80 {
                    if s >= 97 && s <= 122 || s >= 65 && s <= 90 { hasASCIILetter = true }
                } else {
                    foreign += 1
                    if icu.asciiSkeleton(s) != 0 { mappable += 1 }
                }
                i += w
            }
            let foldWord = foreign > 0 && mappable > 0 && (hasASCIILetter || mappable == foreign)
            var k = start
            while k < i {
                let (s, w) = decode(src, k)
                let ascii = foldWord && s >= 0x80 ? icu.asciiSkeleton(s) : 0
                if ascii != 0 {
                    dst[o] = UInt16(ascii)
                    o += 1
                } else {
                    copy(k, w)
                }
                k += w
            }
        }
        return o
    }

    static func isWordChar(_ s: UInt32, _ icu: ICUText) -> Bool {
        if s < 0x80 {  // by value: the table's accessor per code point cost more than the test
            return (97...122).contains(s | 0x20) || (48...57).contains(s)
        }
        return icu.isAlnum(s)
    }

    static func decode(_ src: UnsafeBufferPointer<UInt16>, _ i: Int) -> (UInt32, Int) {
        let u = UInt32(src[i])
        if u >= 0xD800, u < 0xDC00, i + 1 < src.count {
            let low = UInt32(src[i + 1])
            if low >= 0xDC00, low < 0xE000 { return (0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00), 2) }
        }
        return (u, 1)
    }
}
