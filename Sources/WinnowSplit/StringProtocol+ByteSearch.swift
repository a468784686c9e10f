extension StringProtocol {
    /// Where `pattern` first occurs, found among the UTF-8 bytes. A match starts and ends on
    /// a scalar (a whole pattern's first byte never sits inside one); `firstRange(of:)`
    /// compares Characters and cost a fifth of splitting a page, for patterns that are
    /// punctuation and words.
    func byteRange(of pattern: String) -> Range<Index>? {
        var pattern = pattern
        let bytes = utf8
        let found = pattern.withUTF8 { p in
            bytes.withContiguousStorageIfAvailable { ByteSearch.first(of: p, in: $0) }
                ?? Array(bytes).withUnsafeBufferPointer { ByteSearch.first(of: p, in: $0) }
        }
        guard let found else { return nil }
        let start = bytes.index(bytes.startIndex, offsetBy: found)
        return start..<bytes.index(start, offsetBy: pattern.utf8.count)
    }

    /// Whether `pattern` occurs, found as `byteRange(of:)` finds it.
    func containsBytes(of pattern: String) -> Bool { byteRange(of: pattern) != nil }
}

/// A plain search of short patterns in a line's bytes.
enum ByteSearch {
    /// The offset of the first occurrence of `pattern` in `text`, or nil (0 for an empty
    /// pattern).
    static func first(of pattern: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let lead = pattern.first else { return 0 }
        guard text.count >= pattern.count else { return nil }
        // Safe: `i + k` stays below `i + pattern.count`, at most `text.count`.
        for i in 0...(text.count - pattern.count) where text[i] == lead {
            var k = 1
            while k < pattern.count, text[i + k] == pattern[k] { k += 1 }
            if k == pattern.count { return i }
        }
        return nil
    }
}
