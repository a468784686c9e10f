extension DumpMarkup {
    /// A table w3m draws with box lines ("┌─┬─┐", "│Name│Entry│", "├─┼─┤", "└─┴─┘"), each
    /// cell's text wrapped inside its column over the row's lines: where its first row
    /// names a person's column and a text's (`heading`), each row becomes an author line
    /// over its text, as `commentTables` writes them; any other table is left as it is.
    static func boxTables(_ lines: [String]) -> [String] {
        // Most pages draw no box: one look for the corner's first byte (E2) and the corner.
        guard lines.contains(where: { $0.utf8.contains(0xE2) && isBoxEdge($0, "┌") }) else { return lines }
        var out: [String] = [], i = 0
        while i < lines.count {
            guard isBoxEdge(lines[i], "┌") else {
                out.append(lines[i])
                i += 1
                continue
            }
            let end = lines[(i + 1)...].firstIndex { !isBoxLine($0) } ?? lines.count
            if let rows = boxRows(lines[(i + 1)..<end]), let read = commentRows(rows) {
                out += read
            } else {
                out += lines[i..<end]
            }
            i = end
        }
        return out
    }

    /// Whether `line` (indent aside) opens with `corner` and holds nothing but box lines.
    static func isBoxEdge(_ line: String, _ corner: Character) -> Bool {
        let body = line.drop { $0 == " " }
        return body.first == corner && body.allSatisfy { "┌┐└┘├┤┬┴┼─ ".contains($0) }
    }

    /// A line of a box: an edge, a rule between rows, or a row's line between "│".
    static func isBoxLine(_ line: String) -> Bool {
        let body = line.drop { $0 == " " }
        return body.first.map { "│├└┌".contains($0) } ?? false
    }

    /// The cells of each row, each cell's lines joined; nil for a box of another shape.
    static func boxRows(_ lines: ArraySlice<String>) -> [[String]]? {
        var rows: [[String]] = [], current: [[String]] = []
        func close() {
            if !current.isEmpty { rows.append(current.map { $0.joined(separator: " ") }) }
            current = []
        }
        for line in lines {
            let body = line.drop { $0 == " " }
            guard body.first == "│" else {
                close()
                continue
            }
            var cells = body.split(separator: "│", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: " ")
            }
            cells = Array(cells.dropFirst().dropLast())
            if current.isEmpty { current = Array(repeating: [], count: cells.count) }
            guard cells.count == current.count else { return nil }
            for (k, cell) in cells.enumerated() where !cell.isEmpty { current[k].append(cell) }
        }
        close()
        return rows
    }

    /// The author and text lines of a table's rows under its first row, when that row is
    /// a heading of a person's column and a text's.
    static func commentRows(_ rows: [[String]]) -> [String]? {
        // Its cells are given, as a pipe table's are.
        guard let first = rows.first, let h = heading(first, piped: true) else { return nil }
        let read = rows.dropFirst().compactMap { record($0, h) }
        guard !read.isEmpty else { return nil }
        return read.flatMap { [$0.author, $0.text] }
    }
}
