extension DumpMarkup {
    /// Placeholders that name what was removed, not a picture: "[deleted]" is an author.
    static let keptBrackets: Set<String> = ["deleted", "removed"]

    /// w3m prints a picture without a description as its file's name in brackets ("[p]" for
    /// p.jpg, "[avatar]"), at the start of a line or of the line beside it. Where the same
    /// one opens three lines or more (a picture per comment), it is blanked, its width kept
    /// so a table's columns stay aligned: otherwise "[p]" reads as every comment's author.
    static func withoutPictureStems(_ lines: [String]) -> [String] {
        var counts: [String: Int] = [:]
        for line in lines {
            if let stem = pictureStem(line) { counts[stem.text, default: 0] += 1 }
        }
        guard counts.values.contains(where: { $0 >= 3 }) else { return lines }
        return lines.map { line in
            guard let stem = pictureStem(line), counts[stem.text, default: 0] >= 3 else { return line }
            var out = line
            out.replaceSubrange(stem.range, with: String(repeating: " ", count: stem.text.count + 2))
            return out
        }
    }

    /// The "[stem]" opening `line` after its indent or its item's number ("2. [a]Name"): one
    /// to ten characters, a letter among them, no space or bracket; not a link's number
    /// ("[12]"), a collapse mark ("[–]"), a Markdown link ("[Name](url)", "[1]: url",
    /// "[Name][]") or a control ("[reply]").
    static func pictureStem(_ line: String) -> (text: String, range: Range<String.Index>)? {
        // Most lines open with a letter: one look at the bytes before any character is read.
        guard let byte = line.utf8.first(where: { $0 != UInt8(ascii: " ") }),
            byte == UInt8(ascii: "[") || byte >= UInt8(ascii: "1") && byte <= UInt8(ascii: "9"),
            let open = line.firstIndex(of: "[")
        else { return nil }
        // Or after an ordered list's number: " 2. [a]Name said: ...".
        if byte != UInt8(ascii: "[") {
            let item = line.drop { $0 == " " }
            guard let number = itemNumber(item), item.dropFirst(String(number).count + 2).startIndex == open else {
                return nil
            }
        }
        let inner = line.index(after: open)
        guard let close = line[inner...].prefix(11).firstIndex(of: "]") else { return nil }
        let stem = line[inner..<close], after = line[line.index(after: close)...].first
        guard !stem.isEmpty, stem.contains(where: \.isLetter), !stem.contains(where: { $0 == " " || $0 == "[" }),
            after != "(", after != ":", after != "[", !keptBrackets.contains(stem.lowercased()),
            !Lexicon.widget.contains(stem.lowercased())
        else { return nil }
        return (String(stem), open..<line.index(after: close))
    }
}
