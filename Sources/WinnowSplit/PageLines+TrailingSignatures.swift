extension PageLines {
    /// Stack Exchange's comments as text browsers print them: a list item each, the comment
    /// and then its signature on one line ("Good post. – McQuay24 May 6, 2024 at 9:21"). Where
    /// three lines or more by two names or more are signed so, or any right under the section's
    /// heading ("Comments", "2 Comments"), each becomes an author line ("McQuay24 May 6, 2024
    /// at 9:21") over its text.
    static func splitTrailingSignatures(_ lines: [(text: String, indent: Int)]) -> [(text: String, indent: Int)] {
        var signed: [Int: (author: String, text: String)] = [:]
        var dateBelow: Set<Int> = []  // the end of a signature wrapped onto the next line
        for (i, line) in lines.enumerated() where !dateBelow.contains(i) {
            if i + 1 < lines.count, lines[i + 1].indent == line.indent, lines[i + 1].text.utf8.count <= 24,
                endsLikeADate(lines[i + 1].text), let found = trailingSignature(line.text + " " + lines[i + 1].text)
            {
                (signed[i], dateBelow) = (found, dateBelow.union([i + 1]))
            } else if let found = trailingSignature(line.text) {
                signed[i] = found
            }
        }
        let first = signed.keys.min() ?? 0
        let heading = (max(0, first - 2)..<first).last { CommentCues.isHeading(lines[$0].text) }
        guard signed.count >= 3 && Set(signed.values.map { $0.author.lowercased() }).count >= 2 || heading != nil
        else {
            return lines
        }
        // A comment wrapped over lines opens after the last one signed, or where lines of its
        // indent begin: its author line goes there.
        var authorAt: [Int: String] = [:]
        var previous = heading ?? -1
        for i in signed.keys.sorted() {
            defer { previous = i }
            var start = i
            while start - 1 > previous, i - start < 30, lines[start - 1].indent == lines[i].indent,
                signed[start - 1] == nil, !dateBelow.contains(start - 1)
            {
                start -= 1
            }
            authorAt[start] = signed[i]?.author
        }
        var out: [(text: String, indent: Int)] = []
        out.reserveCapacity(lines.count + signed.count)
        for (i, line) in lines.enumerated() where !dateBelow.contains(i) {
            if let author = authorAt[i] { out.append((author, line.indent)) }
            out.append((signed[i]?.text ?? line.text, line.indent))
        }
        return out
    }

    /// "Good post. – McQuay24 May 6, 2024 at 9:21" -> ("McQuay24 May 6, 2024 at 9:21", "Good
    /// post."): after the last dash between spaces (html2text writes "-"), a name and its
    /// age or date; before it, words (a line that opens with the dash signs the one above).
    static func trailingSignature(_ line: String) -> (author: String, text: String)? {
        // A date or an age ends in a digit, "ago", "am" or "pm": one look at most lines' end.
        guard endsLikeADate(line), let (before, after) = lastSpacedDash(line) else { return nil }
        let signature = line.utf8[after...], text = line.utf8[..<before]
        let (signatureText, textText) = (Substring(signature), Substring(text))
        let raw = signatureText.lowercased().split(separator: " ")
        let trimmed = raw.map { Substring($0.trimmingCharacters(in: LineFeatures.wordTrim)) }
        guard textText.contains(where: \.isLetter), raw.count <= 14,
            let k = LineFeatures.trailingAge(raw) ?? LineFeatures.trailingDate(trimmed, raw: raw), k < raw.count,
            LineFeatures.isNameLike(AuthorName.dropLastWords(String(signatureText), k))
        else { return nil }
        return (String(signatureText), textText.trimmingCharacters(in: " "))
    }

    /// The last " - ", " – " or " — " in the line's last 160 bytes (a signature is shorter):
    /// the index of the space before it and of the byte after the space after it.
    static func lastSpacedDash(_ line: String) -> (String.Index, String.Index)? {
        let utf8 = line.utf8
        let from = utf8.index(utf8.endIndex, offsetBy: -min(160, utf8.count))
        let tail = Array(utf8[from...])
        var i = tail.count - 2
        while i >= 1 {
            defer { i -= 1 }
            guard tail[i + 1] == 0x20 else { continue }
            // "-" between spaces, or "–" / "—" (E2 80 93 / 94) between spaces.
            if tail[i] == 0x2D, tail[i - 1] == 0x20 {
                return (utf8.index(from, offsetBy: i - 1), utf8.index(from, offsetBy: i + 2))
            }
            if i >= 3, tail[i] == 0x93 || tail[i] == 0x94, tail[i - 1] == 0x80, tail[i - 2] == 0xE2, tail[i - 3] == 0x20
            {
                return (utf8.index(from, offsetBy: i - 3), utf8.index(from, offsetBy: i + 2))
            }
        }
        return nil
    }

    private static func endsLikeADate(_ line: String) -> Bool {
        guard let last = line.utf8.last else { return false }
        if last >= UInt8(ascii: "0") && last <= UInt8(ascii: "9") { return true }
        let end = line.utf8.suffix(3).map { $0 | 0x20 }  // ASCII letters lowercased
        return end == Array("ago".utf8) || end.suffix(2) == Array("am".utf8)[...]
            || end.suffix(2) == Array("pm".utf8)[...]
    }
}
