extension DumpMarkup {
    /// A table w3m lays out without rules, its columns side by side ("Goober         Posted:
    /// ..." / "Posts: 76      That's a funny question..."): under a heading row that names a
    /// person's column and a text's ("Author   Message"), each row is written out cell by
    /// cell, each cell's lines in order, as lynx writes the same table. Rows are found where
    /// cells are aligned at their top (a forum's) or in their row's middle (a table's own).
    /// Also, per line written, whether it is a table's (empty where there is none, here or
    /// in `settled`, the same of the lines given).
    static func columnTables(_ lines: [String], settled given: [Bool] = []) -> (lines: [String], settled: [Bool]) {
        // Most pages hold no such heading: one look at each line's spacing first.
        guard let first = lines.firstIndex(where: isColumnHeading) else { return (lines, given) }
        let was = { (i: Int) in !given.isEmpty && given[i] }
        var out = Array(lines[...first]), i = first + 1
        var settled = (0...first).map(was)
        while i < lines.count {
            if isColumnHeading(lines[i - 1]), let (cells, end) = columnRows(lines, from: i) {
                out += cells
                settled += Array(repeating: true, count: cells.count)
                i = end
                continue
            }
            out.append(lines[i])
            settled.append(was(i))
            i += 1
        }
        return settled.contains(true) ? (out, settled) : (out, [])
    }

    /// "    Author                                 Message": two to four headings apart by
    /// three spaces or more, one a person's column and one a text's.
    static func isColumnHeading(_ line: String) -> Bool {
        guard line.utf8.count <= 120, line.utf8.count >= 12, hasFewSpacedWords(line) else { return false }
        let words = line.split(separator: " ")
        guard (2...4).contains(words.count) else { return false }
        let lower = words.map { $0.lowercased().trimmingCharacters(in: ":*_") }
        return lower.contains(where: personHeadings.contains) && lower.contains(where: textHeadings.contains)
    }

    /// One look at the bytes: after its indent, two to four words, three spaces or more
    /// between two of them (most lines are prose, a space between words).
    private static func hasFewSpacedWords(_ line: String) -> Bool {
        var words = 0, spaces = 0, gap = false
        for b in line.utf8 {
            if b == 32 {
                spaces += 1
                continue
            }
            if words == 0 || spaces > 0 {
                if words > 0 && spaces >= 3 { gap = true }
                words += 1
                if words > 4 { return false }
            }
            spaces = 0
        }
        return gap && words >= 2
    }

    /// The rows from `start` written out cell by cell, and the line after the table; nil
    /// where the lines are not columns.
    static func columnRows(_ lines: [String], from start: Int) -> ([String], Int)? {
        guard let starts = columnStarts(lines, from: start) else { return nil }
        var end = start
        while end < lines.count, fits(lines[end], starts) { end += 1 }
        var grid = lines[start..<end].map { cells(of: $0, starts) }
        // The table ends with the last row's first column: the lines after the last text in
        // a later column up to a blank line (the page's next lines may keep to the columns).
        guard var last = grid.lastIndex(where: { $0.dropFirst().contains { !$0.isEmpty } }) else { return nil }
        while last + 1 < grid.count, grid[last + 1].contains(where: { !$0.isEmpty }) { last += 1 }
        grid.removeSubrange((last + 1)...)
        end = start + grid.count
        guard grid.count >= 3, grid.count(where: { $0.count(where: { !$0.isEmpty }) >= 2 }) >= 3 else { return nil }
        // Cells in the middle of their rows where the lines divide so; else at their top, where
        // every cell opens the table's first line.
        guard let rows = middleRows(grid) ?? (grid[0].allSatisfy({ !$0.isEmpty }) ? topRows(grid) : nil) else {
            return nil
        }
        // Cells joined where they wrapped ("live in ottawa" / "-love the" / "Leafs"), by their
        // column's width (the last column's: its longest line).
        let widths = starts.indices.map { c in
            c + 1 < starts.count ? starts[c + 1] - starts[c] - 1 : grid.map(\.[c].count).max() ?? 0
        }
        var out: [String] = []
        for row in rows {
            for c in starts.indices {
                out += unwrappedCell(grid[row].map(\.[c]).filter { !$0.isEmpty }, width: widths[c])
            }
        }
        return (out, end)
    }

    /// The rows of cells aligned at their top: a row opens where a column's cell begins after
    /// that column was empty, or with the label its first cell opens with ("Posted:", where
    /// three rows or more open with it: rows with no gap between them still open there).
    static func topRows(_ grid: [[String]]) -> [Range<Int>] {
        let labels = grid[0].indices.map { c -> Substring? in
            guard let label = grid[0][c].split(separator: " ").first, label.last == ":" else { return nil }
            return grid.count(where: { $0[c].hasPrefix(label + " ") }) >= 3 ? label + " " : nil
        }
        var opens = [0]
        for k in grid.indices.dropFirst()
        where grid[k].indices.contains(where: { c in
            !grid[k][c].isEmpty && (grid[k - 1][c].isEmpty || labels[c].map { grid[k][c].hasPrefix($0) } == true)
        }) {
            opens.append(k)
        }
        return zip(opens, opens.dropFirst() + [grid.count]).map { $0..<$1 }
    }

    /// The rows of cells set in the middle of their row (w3m's default), where the lines
    /// divide into rows each holding one cell in every column, its lines together, as many
    /// lines above it as below (one more below where they cannot be even); nil where they
    /// do not.
    static func middleRows(_ grid: [[String]]) -> [Range<Int>]? {
        let n = grid.count
        // From line r: the fewest rows the rest divides into, and the first one's height (a
        // row's lines could also be read as rows of a line or two each: the fewest are taken).
        var fewest = [(rows: Int, height: Int)?](repeating: nil, count: n + 1)
        fewest[n] = (0, 0)
        for r in stride(from: n - 1, through: 0, by: -1) {
            for height in 1...min(60, n - r) {
                guard let rest = fewest[r + height], rest.rows + 1 <= fewest[r]?.rows ?? Int.max,
                    isMiddleRow(grid, r..<(r + height))
                else { continue }
                fewest[r] = (rest.rows + 1, height)
            }
        }
        let next = fewest.map { $0?.height }
        guard next[0] != nil else { return nil }
        var rows: [Range<Int>] = [], r = 0
        while r < n, let height = next[r] {
            rows.append(r..<(r + height))
            r += height
        }
        return rows
    }

    /// Whether every column holds one cell in the middle of `rows`.
    static func isMiddleRow(_ grid: [[String]], _ rows: Range<Int>) -> Bool {
        grid[rows.lowerBound].indices.allSatisfy { c in
            guard let s = rows.first(where: { !grid[$0][c].isEmpty }) else { return false }
            let h = grid[s..<rows.upperBound].prefix { !$0[c].isEmpty }.count
            let below = rows.upperBound - s - h
            return below >= s - rows.lowerBound && below <= s - rows.lowerBound + 1
                && !grid[(s + h)..<rows.upperBound].contains { !$0[c].isEmpty }
        }
    }

    /// A cell's lines with those it wrapped joined: a line goes on into the next when the
    /// next one's first word would not have fitted after it, unless the next is a field of
    /// its own ("Joined: 2019").
    static func unwrappedCell(_ lines: [String], width: Int) -> [String] {
        var out: [String] = [], previous = 0  // the length of the line before, as wrapped
        for line in lines {
            let first = line.prefix { $0 != " " }
            if !out.isEmpty, previous + 1 + first.count > width, first.last != ":" {
                out[out.count - 1] += " " + line
            } else {
                out.append(line)
            }
            previous = line.count
        }
        return out
    }

    /// Where the columns begin: the first, and each place where three lines or more of the
    /// next forty go on after two spaces or more (a cell after a shorter one, or after none).
    static func columnStarts(_ lines: [String], from start: Int) -> [Int]? {
        var counts: [Int: Int] = [:]
        for line in lines[start..<min(lines.count, start + 40)] {
            var spaces = 0
            for (p, c) in line.enumerated() {
                if c == " " {
                    spaces += 1
                    continue
                }
                if spaces >= 2, p >= 4 { counts[p, default: 0] += 1 }
                spaces = 0
            }
        }
        let starts = [0] + counts.filter { $0.value >= 3 }.keys.sorted()
        return starts.count >= 2 ? starts : nil
    }

    /// Whether a line keeps to the columns: blank, or a space before each column it reaches.
    static func fits(_ line: String, _ starts: [Int]) -> Bool {
        let chars = Array(line)
        return starts.dropFirst().allSatisfy { s in chars.count <= s || chars[s - 1] == " " }
    }

    /// The line's text in each column, trimmed.
    static func cells(of line: String, _ starts: [Int]) -> [String] {
        let chars = Array(line)
        return starts.indices.map { c in
            let from = min(starts[c], chars.count),
                to = c + 1 < starts.count ? min(starts[c + 1], chars.count) : chars.count
            return String(chars[from..<to]).trimmingCharacters(in: " ")
        }
    }
}
