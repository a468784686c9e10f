extension DumpMarkup {
    /// Column headings of a table of comments: whose column ("Name", "Author") and the
    /// comment's ("Comment", "Entry"); the other columns (a date, a place) go with the name.
    static let personHeadings = Lexicon.authorLabels.union(["username", "poster", "reader", "who"])
    static let dateHeadings: Set<String> = ["date", "time", "posted", "when", "datum", "fecha", "data"]
    static let textHeadings: Set<String> = [
        "comment", "comments", "text", "message", "body", "entry", "content", "reply", "post", "remarks", "review",
        "kommentar", "commentaire", "comentario", "commento"
    ]

    /// A table of comments written out as text — a Markdown table ("| Name | Date | Comment
    /// |"), html2text's ("Name| Date| Comment"), or lynx's columns run together under a
    /// "Name Date Comment" heading — as an author line (the name and the other cells) over
    /// the comment's text for each row. Read only under a heading row that names a person's
    /// column and a text's; the heading and Markdown's "|---|" row are dropped.
    /// Also, per line written, whether it is a table's (empty where there is no table).
    /// `width`: the one the page was wrapped at, if it was.
    static func commentTables(_ lines: [String], width: Int?) -> (lines: [String], settled: [Bool]) {
        // Most pages hold no such heading: one look at each short line.
        guard let first = lines.firstIndex(where: { tableHeading($0) != nil }) else { return (lines, []) }
        var out = Array(lines[..<first]), i = first
        var settled = Array(repeating: false, count: out.count)
        while i < lines.count {
            guard let heading = tableHeading(lines[i]) else {
                out.append(lines[i])
                settled.append(false)
                i += 1
                continue
            }
            let (rows, end) = tableRows(lines, after: i, heading, width: width)
            if rows.isEmpty {
                out.append(lines[i])
                settled.append(false)
                i += 1
                continue
            }
            out += rows
            settled += Array(repeating: true, count: rows.count)
            i = end
        }
        return settled.contains(true) ? (out, settled) : (out, [])
    }

    /// A heading row: its cells (pipe-separated, or one word each without pipes), which is
    /// the person's and which the text's.
    struct TableHeading {
        let piped: Bool, cells: Int, person: Int, text: Int
    }

    static func tableHeading(_ line: String) -> TableHeading? {
        // Most lines have no pipe and are no three short words: looked at as bytes first.
        guard line.utf8.count <= 120 else { return nil }
        let piped = line.utf8.contains(124)
        let body = line.utf8.drop { $0 == 32 || $0 == 9 }
        guard piped || body.count <= 30 && body.count(where: { $0 == 32 }) == 2 else { return nil }
        let cells = piped ? pipeCells(line) : line.split(separator: " ").map(String.init)
        return heading(cells, piped: piped)
    }

    /// The heading `cells` make, if they name a person's column and a text's.
    static func heading(_ cells: [String], piped: Bool) -> TableHeading? {
        guard (2...6).contains(cells.count) else { return nil }
        let lower = cells.map { $0.lowercased().trimmingCharacters(in: ":*_") }
        guard let person = lower.firstIndex(where: personHeadings.contains),
            let text = lower.firstIndex(where: textHeadings.contains), person != text
        else { return nil }
        // Without pipes, only lynx's "Name Date Comment": three words, the date between.
        guard piped || cells.count == 3 && person == 0 && text == 2 && dateHeadings.contains(lower[1]) else {
            return nil
        }
        return TableHeading(piped: piped, cells: cells.count, person: person, text: text)
    }

    /// "| a | b |", "a| b| c" -> ["a", "b", "c"]: cells trimmed, the outer pipes' empty
    /// cells dropped.
    static func pipeCells(_ line: String) -> [String] {
        var cells = line.split(separator: "|", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: " \t")
        }
        if cells.first?.isEmpty == true { cells.removeFirst() }
        if cells.last?.isEmpty == true { cells.removeLast() }
        return cells
    }

    /// The rows after heading `h` at `start` as author and text lines, and where the table
    /// ends: a row of another shape, or a blank line with no row in the 40 lines after it.
    /// Lines that are no row go on the text of the row above (a converter wraps long cells
    /// and sets their paragraphs apart), joined to it where the page was wrapped at `width`
    /// there (the row's line, its cells taken apart, is too short to tell afterwards).
    static func tableRows(_ lines: [String], after start: Int, _ h: TableHeading, width: Int? = nil) -> (
        [String], Int
    ) {
        var out: [String] = [], i = start + 1, rows = 0
        while i < lines.count {
            let line = lines[i]
            if h.piped, isRule(line) {
                i += 1
                continue
            }
            if let (author, text) = row(line, h) {
                out += [author, text]
                rows += 1
            } else if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                // A cell's paragraphs are apart as the rows are: the table goes on if a row
                // follows soon.
                guard lines[(i + 1)...].prefix(40).contains(where: { row($0, h) != nil }) else { break }
            } else if rows > 0 || i + 1 < lines.count && row(lines[i + 1], h) != nil, !h.piped || !line.contains("|") {
                // A cell's wrapped line; before the first row, the first line of its first
                // cell, which html2text writes apart where the cell breaks its line
                // ("**Goober**" over "Posts: 359| ...").
                let text = line.drop { $0 == " " }, last = lines[i - 1].utf8.count
                let first = text.prefix { $0 != " " }.utf8.count
                if rows > 0, let width, last >= width - 30, last + 1 + first > width, continuesProse(text) {
                    out[out.count - 1] += " " + text
                } else {
                    out.append(line)
                }
            } else {
                break
            }
            i += 1
        }
        return rows >= 1 ? (out, i) : ([], start)
    }

    /// "|---|:---:|" and the like.
    static func isRule(_ line: String) -> Bool {
        line.contains("-") && line.allSatisfy { "|-: \t".contains($0) }
    }

    /// A row's author line and text, by the heading's columns.
    static func row(_ line: String, _ h: TableHeading) -> (author: String, text: String)? {
        guard h.piped else { return spacedRow(line, h) }
        guard line.contains("|") else { return nil }
        return record(pipeCells(line), h)
    }

    /// The author line (the person's cell and the others) and the text of a row's cells.
    static func record(_ cells: [String], _ h: TableHeading) -> (author: String, text: String)? {
        guard cells.count == h.cells, !cells[h.person].isEmpty, !cells[h.text].isEmpty else { return nil }
        let others = cells.indices.filter { $0 != h.person && $0 != h.text }.map { cells[$0] }.filter { !$0.isEmpty }
        return (([cells[h.person]] + others).joined(separator: " | "), cells[h.text])
    }

    /// A lynx row, its cells run together: a name, a date ("G Reid Brown 2024-05-01 18:40
    /// The question..."), then the text; only a heading of a person, a date and a text.
    static func spacedRow(_ line: String, _ h: TableHeading) -> (author: String, text: String)? {
        let raw = line.split(separator: " ")
        guard raw.count >= 4 else { return nil }
        let words = raw.map { Substring($0.lowercased().trimmingCharacters(in: LineFeatures.wordTrim)) }
        // The longest opening of a name and a date: "May 6, 2024 at 9:21 AM" whole.
        for k in stride(from: min(14, raw.count - 1), through: 3, by: -1) {
            guard LineFeatures.trailingDate(Array(words[..<k]), raw: Array(raw[..<k])) != nil else { continue }
            return (raw[..<k].joined(separator: " "), raw[k...].joined(separator: " "))
        }
        return nil
    }
}
