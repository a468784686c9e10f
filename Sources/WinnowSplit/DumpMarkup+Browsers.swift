extension DumpMarkup {
    /// What `lynx -dump` and `w3m -dump` do to a page beyond its links: list items open with
    /// a bullet ("* ", "• ", "□ "), buttons read "(BUTTON) Reply", and every paragraph is
    /// wrapped at the screen's width. Bullets become the spaces they stand in (the item's
    /// text keeps its column, a reply's depth), buttons their labels, and wrapped lines the
    /// paragraph they were: a splitter reading lines would otherwise take each screen line
    /// for a paragraph of its own (Docs/splitter.md, "Text browsers' dumps").
    static func browserDump(_ lines: [String]) -> [String] {
        browserDump(lines, width: wrapWidth(lines), settled: [])
    }

    /// The same, `width` the page's (read before its tables were written out, `clean`) and
    /// the `settled` lines (tables' rows) left as they are.
    static func browserDump(_ lines: [String], width: Int?, settled: [Bool]) -> [String] {
        var lines = lines
        // Wrapped, the page is a text browser's: its bullets are list items' (not a C
        // comment's "* ", nor a code listing's lines run together).
        if let width {
            let items = listItems(lines)
            for i in items.indices where items[i] { lines[i] = withoutItemMark(lines[i]) }
            // Unwrapped first: the screen's width counted the labels and markers as they stand.
            lines = unwrapped(lines, width: width, itemStarts: items, settled: settled)
        }
        // A text field is a row of underscores ("Write a reply______"): nobody's words.
        if lines.contains(where: { holds($0, fieldMark) }) {
            lines = lines.map { holds($0, fieldMark) ? withoutFields($0) : $0 }
        }
        guard
            lines.contains(where: {
                holds($0, buttonMark) || holds($0, collapseMark)
            })
        else { return lines }
        // Reddit's collapse control ("[–]Name") is a button too; a button ending the line has
        // no space after it ("(BUTTON) 4 (BUTTON) (BUTTON)": a count between icons).
        return lines.map {
            $0.replacing("(BUTTON) ", with: "").replacing("(BUTTON)", with: "").replacing("[–]", with: "")
        }
    }

    /// The line without its runs of five underscores or more.
    static func withoutFields(_ line: String) -> String {
        var out = "", run = 0
        for c in line {
            if c == "_" {
                run += 1
                continue
            }
            if run > 0 && run < 5 { out += String(repeating: "_", count: run) }
            run = 0
            out.append(c)
        }
        if run > 0 && run < 5 { out += String(repeating: "_", count: run) }
        return out
    }

    static let bullets: Set<Character> = ["*", "•", "□", "◦", "▪", "+"]

    /// Per line, whether `opens` it as a list item (a bullet, a space, then text, unless
    /// told otherwise), on a page with three or more of them; empty when it has fewer (a
    /// stray "* " is a footnote's).
    static func listItems(_ lines: [String], opens: (String) -> Bool = opensItem) -> [Bool] {
        let items = lines.map(opens)
        return items.lazy.filter { $0 }.count >= 3 ? items : []
    }

    @inline(__always)
    static func opensItem(_ line: String) -> Bool {
        let text = line.drop { $0 == " " }
        guard let bullet = text.first, bullets.contains(bullet) else { return false }
        let rest = text.dropFirst()
        return rest.first == " " && rest.dropFirst().first.map { $0 != " " } == true
    }

    /// Lines wrapped at the page's width joined back: a line continues into the next when
    /// both are text at the same indentation and the next one's first word would not have
    /// fitted after it, unless the next opens a list item.
    static func unwrapped(_ lines: [String], width: Int, itemStarts: [Bool], settled: [Bool] = []) -> [String] {
        var out: [String] = []
        out.reserveCapacity(lines.count)
        var lastLength = 0, lastIndent = -1
        var lastNumber: Int?  // the number of the ordered item the last line opened
        for (i, line) in lines.enumerated() {
            let indent = line.prefix { $0 == " " }.count
            let text = line.dropFirst(indent)
            let firstWord = text.prefix { $0 != " " }.utf8.count
            // The next item of an ordered list ("5. " after "4. ") opens a line of its own.
            let number = itemNumber(text)
            // A table's row (`commentTables`, `columnTables`), joined already, and the line
            // after one stay apart.
            let fixed = !settled.isEmpty && (settled[i] || i > 0 && settled[i - 1])
            let opens =
                !itemStarts.isEmpty && itemStarts[i] || number != nil && lastNumber.map { $0 + 1 } == number || fixed
            // A long address or handle ("@name@server.example") may be wrapped from a line half full.
            let full =
                lastLength >= width - 30
                || firstWord >= 30 && 2 * lastLength >= width
                    && (isAddress(text) || endsInAddress(out[out.count - 1]))
            if !text.isEmpty, !opens, indent == lastIndent, full, lastLength + 1 + firstWord > width,
                continuesProse(text), !headsComment(text, after: out[out.count - 1])
            {
                out[out.count - 1] += " " + text
                lastLength = indent + text.utf8.count
                continue
            }
            out.append(line)
            (lastLength, lastIndent) = text.isEmpty ? (0, -1) : (line.utf8.count, indent)
            lastNumber = number
        }
        return out
    }

    /// Whether a line opens with an address or a handle: "@" or "://" in its first word.
    static func isAddress(_ text: Substring) -> Bool {
        let word = text.utf8.prefix { $0 != 32 }
        return word.contains(64) || word.firstRange(of: "://".utf8) != nil
    }

    /// Whether a line is a name, an author line or a row of controls ("Rightontheleft",
    /// "Goober 1d ago ♥ 23 Reply", "Reply Repost Like 187") after a sentence's end: a card's
    /// footer or a guestbook's next entry, not the paragraph's last words.
    static func headsComment(_ text: Substring, after line: String) -> Bool {
        guard let end = line.last(where: { !"\"”’')".contains($0) }), ".?!".contains(end), text.utf8.count <= 48
        else { return false }
        // "– Mrs." / "Whiggins May 6": a title's or an initial's point ends no sentence.
        let last = line.split(separator: " ").last ?? ""
        if end == ".", last.count <= 4, last.first?.isUppercase == true { return false }
        let f = LineFeatures(text: String(text), indent: 0)
        return f.nameShaped || f.widget
    }

    /// Whether a line ends in an address broken at a slash ("www.example.ca/2012/08/16/").
    static func endsInAddress(_ line: String) -> Bool {
        let word = line.utf8.reversed().prefix { $0 != 32 }
        return word.first == UInt8(ascii: "/") && word.contains(UInt8(ascii: "."))
    }

    /// "12. text" -> 12: an ordered list item's number, of three digits at most.
    static func itemNumber(_ text: Substring) -> Int? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3, text.dropFirst(digits.count).hasPrefix(". ") else { return nil }
        return Int(digits)
    }

    /// Whether a line may go on a wrapped sentence: it opens with a word, a number or an
    /// opening quote, not with code's marks ("///", "}", "#") that a listing's lines open with,
    /// nor with a button (a row of controls under a comment's last line).
    @inline(__always)
    static func continuesProse(_ text: Substring) -> Bool {
        guard let first = text.first else { return false }
        return first.isLetter || first.isNumber || "\"“‘'(@".contains(first) && !text.hasPrefix("(BUTTON)")
    }

    /// The width a text browser wrapped the page at, when it did: nearly every long line
    /// (over half that width) ends within 15 columns of it, as a wrapped paragraph's lines
    /// do, few pass it (a long address cannot be broken), and most of those near it go on
    /// in a lowercase word on the next line. Nil for a page of unwrapped paragraphs, whose
    /// lines run to any length, and for a code listing, whose lines go on in code.
    static func wrapWidth(_ lines: [String]) -> Int? {
        // Most dumps hold a line longer than any screen: one look at each line's bytes.
        guard lines.contains(where: { $0.utf8.count > 40 }),
            lines.allSatisfy({ $0.utf8.count <= 400 })
        else { return nil }
        let counts = lines.map { $0.utf8.count }
        let lengths = counts.filter { $0 > 20 }.sorted(by: >)
        guard lengths.count >= 10 else { return nil }
        let width = lengths[lengths.count / 50]
        guard (40...200).contains(width) else { return nil }
        let long = lengths.filter { $0 > width / 2 && $0 <= width }
        let nearEdge = long.filter { $0 >= width - 15 }.count
        guard nearEdge >= 8, nearEdge * 2 >= long.count else { return nil }
        var goesOn = 0
        for i in lines.indices.dropLast() where counts[i] >= width - 15 && counts[i] <= width {
            let next = lines[i + 1].drop { $0 == " " }
            if next.first?.isLowercase == true { goesOn += 1 }
        }
        return goesOn >= 5 && goesOn * 10 >= nearEdge * 3 ? width : nil
    }
}
