/// Replaces look-alike letters ("іdіоt" with Cyrillic і and о) by the ASCII letters they
/// imitate, using ICU's confusable skeletons (UTS #39) one code point at a time.
///
/// A word is folded only when it mixes ASCII letters with look-alikes, or when every one
/// of its non-ASCII letters has an ASCII look-alike: genuine Russian or Greek words keep
/// their letters. Skeletons are match keys, so the result is only used for tokens.
enum ConfusableFolder {
    static func fold(_ source: [UInt16], into out: inout [UInt16], icu: ICUText) {
        out.removeAll(keepingCapacity: true)
        // Units are appended one or two at a time: a slice per copy cost a retain and a
        // release each, the most of any step for non-ASCII text.
        source.withUnsafeBufferPointer { fold($0, into: &out, icu: icu) }
    }

    private static func fold(_ src: UnsafeBufferPointer<UInt16>, into out: inout [UInt16], icu: ICUText) {
        // Safe: `decode` reads unit i + 1 only below src.count, and `width` never carries
        // `i` or `k` past a unit it decoded.
        func copy(_ i: Int, _ width: Int) {
            out.append(src[i])
            if width == 2 { out.append(src[i + 1]) }
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
                if ascii != 0 { out.append(UInt16(ascii)) } else { copy(k, w) }
                k += w
            }
        }
    }

    static func isWordChar(_ s: UInt32, _ icu: ICUText) -> Bool {
        if s < 0x80 {
            return ByteClass.table[Int(s)].isAlnum
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
