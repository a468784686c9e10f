/// The rows of one table of a SQLite database file in key order: a walk down its b-tree,
/// one row handed out at a time. A table's tree keeps its rows in its leaves under their
/// rowids; a table `WITHOUT ROWID` is an index's tree, whose interior pages hold rows too,
/// each between the children before and after it. Only the pages on the way down are
/// held. A page visited more often than the file has pages is a loop.
struct SQLiteTableCursor {
    /// A page on the way down: its number and bytes, where its cell pointers start, how
    /// many cells it has, the next step (an interior page's children, and in an index the
    /// cells between them; a leaf's cells), an interior page's rightmost child.
    private struct Frame {
        var number: Int
        var bytes: [UInt8]
        var cells: Int
        var count: Int
        var step: Int
        var right: Int?
    }

    private let file: SQLiteFile
    private var stack: [Frame] = []
    private var leaf: Frame?
    private var index = false
    private var visits = 0

    init(_ file: SQLiteFile, root: Int) throws(FormatError) {
        self.file = file
        try enter(root)
    }

    /// The next row: its rowid (nil in a table without) and its record's bytes; nil after
    /// the last.
    mutating func next() throws(FormatError) -> (rowid: Int64?, record: [UInt8])? {
        while true {
            if let l = leaf, l.step < l.count {
                leaf?.step += 1
                return try row(l, cell: l.step)
            }
            leaf = nil
            guard let top = stack.last else { return nil }
            let step = top.step + 1
            stack[stack.count - 1].step = step
            // Steps: each cell's child (and, in an index, the cell itself), then the rightmost.
            let (cell, own) = index ? (step / 2, step % 2 == 1) : (step, false)
            if cell < top.count {
                if own { return try row(top, cell: cell, skip: 4) }
                let at = try offset(top, cell: cell)
                guard at + 4 <= file.usable else { throw damaged(top.number, "a cell past its page") }
                try enter(Int(SQLiteFile.u32(top.bytes, at)))
            } else if cell == top.count, !own, let right = top.right {
                try enter(right)
            } else {
                stack.removeLast()
            }
        }
    }

    private func damaged(_ page: Int, _ detail: String) -> FormatError {
        .database(path: file.path, page: page, detail: detail)
    }

    /// Reads page `n`'s header: an interior page joins the stack, a leaf is read next.
    private mutating func enter(_ n: Int) throws(FormatError) {
        visits += 1
        guard visits <= file.pageCount else { throw damaged(n, "a table whose pages loop") }
        let b = try file.page(n)
        let header = n == 1 ? 100 : 0
        let kind = b[header]
        guard [0x0D, 0x05, 0x0A, 0x02].contains(kind) else { throw damaged(n, "not a b-tree page (type \(kind))") }
        let isIndex = kind == 0x0A || kind == 0x02
        guard visits == 1 || isIndex == index else { throw damaged(n, "an index's page and a table's in one tree") }
        index = isIndex
        let count = SQLiteFile.u16(b, header + 3)
        if kind == 0x0D || kind == 0x0A {
            leaf = Frame(number: n, bytes: b, cells: header + 8, count: count, step: 0)
        } else {
            let right = Int(SQLiteFile.u32(b, header + 8))
            stack.append(Frame(number: n, bytes: b, cells: header + 12, count: count, step: -1, right: right))
        }
    }

    /// Where a page's `cell`-th cell starts, checked to lie on its page.
    private func offset(_ page: Frame, cell: Int) throws(FormatError) -> Int {
        let pointer = page.cells + 2 * cell
        guard pointer + 2 <= file.usable else { throw damaged(page.number, "more cells than fit on the page") }
        let at = SQLiteFile.u16(page.bytes, pointer)
        guard at < file.usable else { throw damaged(page.number, "a cell past its page") }
        return at
    }

    /// A cell's row: past `skip` bytes (an interior cell's child), its payload's size, its
    /// rowid in a table, its payload.
    private func row(_ page: Frame, cell: Int, skip: Int = 0) throws(FormatError) -> (rowid: Int64?, record: [UInt8]) {
        var at = try offset(page, cell: cell) + skip
        let end = file.usable
        guard let size = SQLiteFile.varint(page.bytes, &at, end: end) else {
            throw damaged(page.number, "a cell cut at its page's end")
        }
        var rowid: Int64?
        if !index {
            guard let id = SQLiteFile.varint(page.bytes, &at, end: end) else {
                throw damaged(page.number, "a cell cut at its page's end")
            }
            rowid = id
        }
        let record = try file.payload(page.bytes, page.number, at: at, size: Int(clamping: size), index: index)
        return (rowid, record)
    }
}
