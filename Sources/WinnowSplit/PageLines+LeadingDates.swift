extension PageLines {
    /// "06.05.2024 Shhhhh. You're not..." (a guestbook's date cell run into the entry by a
    /// text browser; html2text's "06.05.2024| Shhhhh"): on a page with three or more lines
    /// under a name that open with a date written as one word (a time may follow) and go on
    /// in words, the date is a line of its own, the comment's date rather than its words.
    static func splitLeadingDates(_ lines: [(text: String, indent: Int)]) -> [(text: String, indent: Int)] {
        // Under a name: a changelog's "2016-10-18, Version 0.10.48" heads no comment.
        let splits = lines.indices.map { i in
            i > 0 ? leadingDate(lines[i].text).flatMap { LineFeatures.isNameLike(lines[i - 1].text) ? $0 : nil } : nil
        }
        guard splits.lazy.compactMap({ $0 }).count >= 3 else { return lines }
        var out: [(text: String, indent: Int)] = []
        out.reserveCapacity(lines.count + 8)
        for (line, split) in zip(lines, splits) {
            guard let split else {
                out.append(line)
                continue
            }
            out.append((split.date, line.indent))
            out.append((split.text, line.indent))
        }
        return out
    }

    /// The date and the words after it, where a line opens with a one-word date ("06.05.2024",
    /// "2024-05-06", "14/01/2023"), a time perhaps after it, then a word with letters.
    static func leadingDate(_ line: String) -> (date: String, text: String)? {
        // One look at the first byte: most lines open with a letter.
        guard let first = line.utf8.first, first >= 48 && first <= 57 else { return nil }
        var words = line.split(separator: " ", maxSplits: 3)
        let date = words.first.map { $0.trimmingCharacters(in: "|") } ?? ""
        guard date.allSatisfy({ $0.isNumber || "./-".contains($0) }), Timestamp.isCompactDate(Substring(date)) else {
            return nil
        }
        var taken = 1
        if words.count > 2, isTime(words[1].trimmingCharacters(in: "|")) { taken = 2 }
        words = Array(words.dropFirst(taken))
        let text = line.split(separator: " ", maxSplits: taken).last.map { $0.drop { $0 == "|" || $0 == " " } } ?? ""
        guard words.count >= 1, text.contains(where: \.isLetter), text != line[...] else { return nil }
        let head = line.split(separator: " ", maxSplits: taken)[..<taken].joined(separator: " ")
        return (head.trimmingCharacters(in: "| "), String(text))
    }

    /// "18:40", "9:21am": a time of day as one word.
    private static func isTime(_ word: String) -> Bool {
        let parts = word.lowercased().replacing("am", with: "").replacing("pm", with: "").split(separator: ":")
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isNumber) }
    }
}
