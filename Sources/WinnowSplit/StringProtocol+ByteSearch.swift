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

extension StringProtocol {
    /// The lines between line feeds, carriage returns and the two together, empty ones
    /// kept, found among the bytes: they are Characters of their own (a mark after one
    /// starts the next Character), so this is the split of Characters without walking them.
    func lineSlices() -> [SubSequence] {
        var lines: [SubSequence] = []
        let bytes = utf8
        var start = bytes.startIndex, i = start
        while i < bytes.endIndex {
            let b = bytes[i]
            guard b == 0x0A || b == 0x0D else {
                bytes.formIndex(after: &i)
                continue
            }
            lines.append(self[start..<i])
            bytes.formIndex(after: &i)
            if b == 0x0D, i < bytes.endIndex, bytes[i] == 0x0A { bytes.formIndex(after: &i) }
            start = i
        }
        lines.append(self[start..<bytes.endIndex])
        return lines
    }

    /// The non-empty pieces between line feeds, as `split(separator: "\n")` gives them:
    /// a line feed after a carriage return is the Character "\r\n", no separator.
    func linesBetweenFeeds() -> [SubSequence] {
        var lines: [SubSequence] = []
        let bytes = utf8
        var start = bytes.startIndex, i = start, previous: UInt8 = 0
        while i < bytes.endIndex {
            let b = bytes[i]
            if b == 0x0A, previous != 0x0D {
                if start < i { lines.append(self[start..<i]) }
                start = bytes.index(after: i)
            }
            previous = b
            bytes.formIndex(after: &i)
        }
        if start < i { lines.append(self[start..<i]) }
        return lines
    }

    /// How many pieces `split(separator: " ")` gives, counted among the bytes without
    /// building them (a space before a combining mark counts as a space here).
    var spacedWordCount: Int {
        var count = 0, inWord = false
        for b in utf8 {
            if b == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }
}
