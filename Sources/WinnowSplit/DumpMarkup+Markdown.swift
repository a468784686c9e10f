extension DumpMarkup {
    /// What html2text (and other HTML-to-Markdown converters) leave beside the text: images
    /// as `![alt](src)`, links as `[text](target "title")` with relative targets, names in
    /// `**bold**`, headings opened by `#`, list items by "* " or "2. ", and punctuation
    /// escaped (`\.`, `\-`). On a page with three or more of its images and links, each is
    /// read as its text: an author line names the author again ("**Name** says:").
    static func markdownDump(_ lines: [String]) -> [String] {
        // Most pages have none of these marks at all: one look at each line's bytes.
        guard lines.contains(where: { holds($0, linkMark) }) else { return lines }
        let marks = lines.reduce(0) { $0 + (holds($1, linkMark) ? $1.ranges(of: "](").count : 0) }
        guard marks >= minimumLinks else { return lines }
        let items = markdownItems(lines)
        return lines.indices.map { i in
            var line = items.isEmpty || !items[i] ? lines[i] : withoutItemMark(lines[i])
            line = withoutEmptyCells(withoutMarkdownTargets(line).replacing("**", with: ""))
            return unescaped(withoutHeadingMark(line))
        }
    }

    /// "| ![](s.gif) | |  Name 3 hours ago | parent": a layout table's row whose first
    /// cells held only a picture (read as nothing) or a spacer, from its first word on.
    static func withoutEmptyCells(_ line: String) -> String {
        guard line.first == "|" else { return line }
        var rest = Substring(line), dropped = false
        while rest.first == "|", let next = rest.dropFirst().firstIndex(of: "|"),
            rest.dropFirst()[..<next].allSatisfy({ $0 == " " })
        {
            (rest, dropped) = (rest[next...], true)
        }
        rest = rest.drop { $0 == "|" || $0 == " " }
        return dropped && !rest.isEmpty ? String(rest) : line
    }

    /// Per line, whether it opens a Markdown list item ("* ", "- ", "2. "), where three or
    /// more do.
    static func markdownItems(_ lines: [String]) -> [Bool] {
        listItems(lines) { line in
            let text = line.drop { $0 == " " }
            let digits = text.prefix(while: \.isNumber)
            let mark = digits.isEmpty ? text.prefix(1) : text.prefix(digits.count + 1)
            guard mark == "*" || mark == "-" || !digits.isEmpty && mark.last == "." else { return false }
            return text.dropFirst(mark.count).first == " "
        }
    }

    /// The line with its item mark ("*", "•", "2.") and the space after it turned into
    /// spaces: the item's text keeps its column.
    static func withoutItemMark(_ line: String) -> String {
        let indent = line.prefix { $0 == " " }.count
        let mark = line.dropFirst(indent).prefix { $0 != " " }.count
        return String(repeating: " ", count: indent + mark + 1) + line.dropFirst(indent + mark + 1)
    }

    /// `![alt](src)` -> "alt", `[text](target "title")` -> "text", whatever the target.
    static func withoutMarkdownTargets(_ line: String) -> String {
        guard holds(line, linkMark) else { return line }
        var out = "", rest = Substring(line)
        while let close = rest.byteRange(of: "](") {
            guard let open = rest[..<close.lowerBound].lastIndex(of: "["),
                let end = rest[close.upperBound...].firstIndex(of: ")")
            else { break }
            var textStart = rest.index(after: open)
            var before = rest[..<open]
            if before.last == "!" {
                before = before.dropLast()  // an image: its alternative text
            } else if textStart < close.lowerBound, rest[textStart] == "!" {
                textStart = rest.index(after: textStart)
            }
            out += before
            out += rest[textStart..<close.lowerBound]
            rest = rest[rest.index(after: end)...]
        }
        return out + rest
    }

    /// "## Comments" -> "Comments".
    static func withoutHeadingMark(_ line: String) -> String {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes), line.dropFirst(hashes).first == " " else { return line }
        return String(line.dropFirst(hashes + 1))
    }

    /// `\.` -> ".": a backslash before ASCII punctuation is Markdown's escape.
    static func unescaped(_ line: String) -> String {
        guard line.utf8.contains(92) else { return line }
        var out = "", escaping = false
        for c in line {
            if escaping {
                if !(c.isASCII && c.isPunctuation || c.isASCII && c.isSymbol) { out.append("\\") }
                out.append(c)
                escaping = false
            } else if c == "\\" {
                escaping = true
            } else {
                out.append(c)
            }
        }
        return escaping ? out + "\\" : out
    }
}
