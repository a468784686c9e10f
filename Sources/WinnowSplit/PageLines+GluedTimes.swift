extension PageLines {
    /// A forum's table row as html2text writes it: the post's date cell runs into its text
    /// ("Posted: Tue Jan 14, 2023 6:18 pmThe question is why..."). Read as two lines at the
    /// time, where "am" or "pm" runs into a capital letter or a quote: no word is spelt so.
    static func timeApart(_ line: String) -> [String] {
        // Most lines hold no colon: one look at their bytes before they are copied.
        guard line.utf8.count >= 12, line.utf8.contains(UInt8(ascii: ":")) else { return [line] }
        let bytes = Array(line.utf8)
        guard let cut = gluedTimeEnd(bytes) else { return [line] }
        return [String(decoding: bytes[..<cut], as: UTF8.self), String(decoding: bytes[cut...], as: UTF8.self)]
    }

    /// The byte offset just after "h:mm am" / "h:mm pm" (any case, the space optional) when a
    /// capital letter or an opening quote follows it with no space.
    static func gluedTimeEnd(_ b: [UInt8]) -> Int? {
        let colon = UInt8(ascii: ":")
        guard b.count >= 12 else { return nil }
        let isDigit = { (c: UInt8) in c >= 48 && c <= 57 }
        // In bounds: `i + 2 < b.count - 4`, and `j + 2 < b.count` is checked before `b[j]`.
        for i in 1..<(b.count - 6) where b[i] == colon && isDigit(b[i - 1]) && isDigit(b[i + 1]) && isDigit(b[i + 2]) {
            var j = i + 3
            if b[j] == UInt8(ascii: " ") { j += 1 }
            guard j + 2 < b.count, [97, 112, 65, 80].contains(b[j]), b[j + 1] | 0x20 == 109 else { continue }
            let next = b[j + 2]
            // A capital, '"', "'", or the first byte of "“" / "‘".
            guard next >= 65 && next <= 90 || next == 34 || next == 39 || next == 0xE2 else { continue }
            return j + 2
        }
        return nil
    }
}
