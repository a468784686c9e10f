/// The rows of the tables of a page being rendered, kept as where each cell's text starts in
/// the output. A table whose rows are records (a name, a date and a comment, in most of its
/// rows) that neither follows article prose nor is followed by it gets each cell on a line
/// of its own, as a comments plugin writes them; other tables keep their cells side by side
/// (a timeline's "place | date | event" rows in an article read as comments otherwise, and
/// end the article there).
struct TableRecords {
    private struct Row {
        var cells: [Int] = []
        /// Whether a `td` opened in it: a row of `th` only is the table's header.
        var data = false
        var end: Int?
    }
    /// The open tables, innermost last (a cell's text counts toward the innermost one), and
    /// whether each follows article prose.
    private var tables: [[Row]] = []
    private var afterProse: [Bool] = []
    /// Tables of records, closed: where each starts and ends in the output, and its cells'
    /// separators.
    private var records: [(start: Int, end: Int, separators: [Int])] = []
    /// A cell opened and its first text not yet written.
    private(set) var cellPending = false

    /// A cell of prose: a comment's text, not a name, a date or a figure.
    private static let proseWords = 8
    /// The other cells of a record: a name ("You Get What You Pay For"), a date, a place.
    private static let shortWords = 6
    /// A line of article prose after a table: its rows are not the page's comments.
    private static let articleWords = 25

    mutating func openTable(in out: [UInt8]) {
        tables.append([])
        var end = out.count
        while end > 0, out[end - 1] == 10 || out[end - 1] == 32 { end -= 1 }
        let start = out[..<end].lastIndex(of: 10).map { $0 + 1 } ?? 0
        afterProse.append(TableRecords.prose(in: out[start..<end]) || TableRecords.sentence(out[start..<end]))
    }

    mutating func openRow(at position: Int) {
        guard !tables.isEmpty else { return }
        closeRow(at: position)
        tables[tables.count - 1].append(Row())
    }

    mutating func closeRow(at position: Int) {
        guard let last = tables.last?.indices.last, tables[tables.count - 1][last].end == nil else { return }
        tables[tables.count - 1][last].end = position
    }

    mutating func openCell(header: Bool) {
        guard !tables.isEmpty else { return }
        if tables[tables.count - 1].isEmpty { tables[tables.count - 1].append(Row()) }
        cellPending = true
        if !header { tables[tables.count - 1][tables[tables.count - 1].count - 1].data = true }
    }

    /// The first text of the pending cell is written at `position`.
    mutating func cellText(at position: Int) {
        cellPending = false
        guard let last = tables.last?.indices.last, tables[tables.count - 1][last].end == nil else { return }
        tables[tables.count - 1][last].cells.append(position)
    }

    /// Ends the innermost table, kept when most of its rows are records.
    mutating func closeTable(in out: [UInt8]) {
        guard var rows = tables.popLast(), let afterProse = afterProse.popLast() else { return }
        cellPending = false
        guard !afterProse else { return }
        if let last = rows.indices.last, rows[last].end == nil { rows[last].end = out.count }
        let body = rows.filter { $0.data && $0.cells.count >= 3 }
        let found = body.filter { TableRecords.isRecord(TableRecords.cells(of: $0, in: out)) }.count
        guard found >= 2, found * 2 >= body.count else { return }
        let start = rows.first { !$0.cells.isEmpty }?.cells[0] ?? out.count
        records.append((start, out.count, body.flatMap { $0.cells.dropFirst().map { $0 - 1 } }))
    }

    /// The page rendered: the cells of each table of records with no article prose after
    /// it (other tables of records aside) go on lines of their own.
    func breakRecords(in out: inout [UInt8]) {
        // From the page's end back: each stretch between tables of records is read once.
        var proseAfter = false
        var from = out.count
        for table in records.sorted(by: { $0.end > $1.end }) {
            if table.end < from { proseAfter = proseAfter || TableRecords.prose(in: out[table.end..<from]) }
            from = min(from, table.start)
            guard !proseAfter else { return }
            for separator in table.separators where separator >= 0 && out[separator] == 32 {
                out[separator] = 10
            }
        }
    }

    /// A name, a date or a time, and prose, each in a cell of its own; any other cells short.
    private static func isRecord(_ cells: [ArraySlice<UInt8>]) -> Bool {
        let words = cells.map(wordCount)
        guard let text = words.indices.max(by: { words[$0] < words[$1] }), words[text] >= proseWords,
            words.indices.allSatisfy({ $0 == text || words[$0] <= shortWords })
        else { return false }
        let others = cells.indices.filter { $0 != text }
        return others.contains { isStamp(cells[$0]) }
            && others.contains { !isStamp(cells[$0]) && cells[$0].contains(where: isLetter) }
    }

    /// Holds a year (1900–2099) or a clock time ("9:15").
    private static func isStamp(_ cell: ArraySlice<UInt8>) -> Bool {
        var run = 0
        var yearStart: UInt8 = 0
        var colonAfterDigits = false
        for c in cell {
            if c >= 48 && c <= 57 {
                if colonAfterDigits { return true }
                if run == 0 { yearStart = c }
                run += 1
                continue
            }
            if run == 4, yearStart == 49 || yearStart == 50 { return true }
            colonAfterDigits = c == 58 && run > 0
            run = 0
        }
        return run == 4 && (yearStart == 49 || yearStart == 50)
    }

    /// A line of article text: a sentence of a prose cell's length or more.
    private static func sentence(_ line: ArraySlice<UInt8>) -> Bool {
        let end = line.last { $0 != 34 && $0 != 39 && $0 != 41 } ?? 0
        return [46, 33, 63].contains(end) && wordCount(line) >= proseWords
    }

    /// An ASCII letter or a byte of a non-ASCII character.
    private static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 97 && (c | 0x20) <= 122 || c >= 0x80 }

    /// Whether a line of `text` runs to an article paragraph's length.
    private static func prose(in text: ArraySlice<UInt8>) -> Bool {
        var words = 0
        var inWord = false
        for c in text {
            if c == 10 {
                words = 0
                inWord = false
                continue
            }
            let space = c == 32
            if !space, !inWord {
                words += 1
                if words >= articleWords { return true }
            }
            inWord = !space
        }
        return false
    }

    /// The words of `cell`, counted up to one past a prose cell's (no more is needed).
    private static func wordCount(_ cell: ArraySlice<UInt8>) -> Int {
        var words = 0
        var inWord = false
        for c in cell {
            let space = c == 32 || c == 10
            if !space, !inWord {
                words += 1
                if words > proseWords { return words }
            }
            inWord = !space
        }
        return words
    }

    /// The text of each cell of `row`.
    private static func cells(of row: Row, in out: [UInt8]) -> [ArraySlice<UInt8>] {
        let end = min(row.end ?? out.count, out.count)
        return row.cells.indices.map { k in
            let to = k + 1 < row.cells.count ? row.cells[k + 1] : end
            return row.cells[k] < to ? out[row.cells[k]..<to] : []
        }
    }
}
