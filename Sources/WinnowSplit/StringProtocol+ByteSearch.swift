extension StringProtocol {
    /// Where `pattern` first occurs, found among the UTF-8 bytes. A match starts and ends on
    /// a scalar (a whole pattern's first byte never sits inside one); `firstRange(of:)`
    /// compares Characters and cost a fifth of splitting a page, for patterns that are
    /// punctuation and words.
    func byteRange(of pattern: String) -> Range<Index>? {
        let bytes = utf8
        let found =
            bytes.withContiguousStorageIfAvailable { ByteSearch.first(of: pattern, in: $0) }
            ?? ByteSearch.first(of: pattern, in: Array(bytes)[...])
        guard let found else { return nil }
        let start = bytes.index(bytes.startIndex, offsetBy: found)
        return start..<bytes.index(start, offsetBy: pattern.utf8.count)
    }

    /// Whether `pattern` occurs, found as `byteRange(of:)` finds it.
    func containsBytes(of pattern: String) -> Bool { byteRange(of: pattern) != nil }
}

/// A plain search of short patterns in a line's bytes.
enum ByteSearch {
    /// The offset of the first occurrence of `pattern` in `text`, or nil.
    static func first<Text: RandomAccessCollection<UInt8>>(of pattern: String, in text: Text) -> Int?
    where Text.Index == Int {
        let p = Array(pattern.utf8)
        guard let lead = p.first else { return 0 }
        guard text.count >= p.count else { return nil }
        let base = text.startIndex
        var i = base
        let last = text.endIndex - p.count
        while i <= last {
            if text[i] == lead {
                var k = 1
                while k < p.count, text[i + k] == p[k] { k += 1 }
                if k == p.count { return i - base }
            }
            i += 1
        }
        return nil
    }
}
