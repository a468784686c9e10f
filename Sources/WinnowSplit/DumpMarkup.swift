/// What text browsers and HTML-to-text converters leave in a page dump: lynx and w3m put a
/// link's number before its text ("[12]Goober"), html2text writes links as Markdown
/// ("[Goober](https://...)"). On a page that has three or more of either, they are read as
/// the link's text alone, so an author line names the author.
enum DumpMarkup {
    static let minimumLinks = 3

    static func clean(_ lines: [String]) -> [String] {
        let boxed = boxTables(withoutPictureStems(lines))
        // Tables' rows come out with their wrapped lines joined, shorter or longer than the
        // page's: the width the browser wrapped the page at is read once, before, and their
        // lines are left as they are.
        let width = wrapWidth(boxed)
        let tabled = commentTables(boxed, width: width)
        let columned = columnTables(tabled.lines, settled: tabled.settled)
        let lines = markdownDump(browserDump(columned.lines, width: width, settled: columned.settled))
        // Most pages have no brackets at all: nothing to count.
        guard lines.contains(where: { $0.utf8.contains(91) }) else { return lines }
        let numbered = lines.reduce(0) { $0 + numberedLinks($1) }
        let markdown = lines.reduce(0) { $0 + $1.ranges(of: "](http").count }
        guard numbered >= minimumLinks || markdown >= minimumLinks else { return lines }
        return lines.map { line in
            var line = line
            if numbered >= minimumLinks { line = withoutNumberedLinks(line) }
            if markdown >= minimumLinks { line = withoutMarkdownLinks(line) }
            return line
        }
    }

    /// Whether `line` holds `needle`'s bytes: Foundation's `contains` on every line of every
    /// page cost a percent of splitting, the standard library's generic search far more.
    static func holds(_ line: String, _ needle: [UInt8]) -> Bool {
        var line = line
        return line.withUTF8 { b in needle.withUnsafeBufferPointer { ByteSearch.first(of: $0, in: b) } } != nil
    }

    /// The marks `holds` looks for.
    static let linkMark = Array("](".utf8), fieldMark = Array("_____".utf8)
    static let buttonMark = Array("(BUTTON) ".utf8), collapseMark = Array("[–]".utf8)

    /// How many "[12]" markers stand right before a letter, digit or "@" in `line`.
    static func numberedLinks(_ line: String) -> Int {
        var count = 0
        forEachNumberedLink(line) { _ in count += 1 }
        return count
    }

    static func withoutNumberedLinks(_ line: String) -> String {
        var ranges: [Range<String.Index>] = []
        forEachNumberedLink(line) { ranges.append($0) }
        var out = line
        for r in ranges.reversed() { out.removeSubrange(r) }
        return out
    }

    /// Calls `body` with the range of each "[digits]" directly followed by a letter, digit or "@".
    static func forEachNumberedLink(_ line: String, _ body: (Range<String.Index>) -> Void) {
        var i = line.startIndex
        while let open = line[i...].firstIndex(of: "[") {
            var j = line.index(after: open)
            while j < line.endIndex, line[j].isASCII, line[j].isNumber { j = line.index(after: j) }
            guard j > line.index(after: open), j < line.endIndex, line[j] == "]" else {
                i = line.index(after: open)
                continue
            }
            let next = line.index(after: j)
            if next < line.endIndex, line[next].isLetter || line[next].isNumber || line[next] == "@" {
                body(open..<next)
            }
            i = next
        }
    }

    /// "[text](https://...)" -> "text".
    static func withoutMarkdownLinks(_ line: String) -> String {
        var out = "", rest = Substring(line)
        while let open = rest.firstIndex(of: "["), let close = rest[open...].firstIndex(of: "]"),
            rest[close...].hasPrefix("](http"), let end = rest[close...].firstIndex(of: ")")
        {
            out += rest[..<open]
            out += rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: end)...]
        }
        return out + rest
    }
}
