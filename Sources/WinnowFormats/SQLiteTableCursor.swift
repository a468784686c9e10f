/// The rows of one table of a SQLite database file in key order: a walk down its b-tree,
/// one row handed out at a time. A table's tree keeps its rows in its leaves under their
/// rowids; a table `WITHOUT ROWID` is an index's tree, whose interior pages hold rows too,
/// each between the children before and after it. A page visited more often than the file
/// has pages is a loop.
struct SQLiteTableCursor {
    private let file: SQLiteFile
    /// The interior pages above the leaf being read: where their cell pointers start, how
    /// many cells they have, the next step (children, and in an index the cells between
    /// them), the rightmost child.
    private var stack: [(page: Int, cells: Int, count: Int, step: Int, right: Int)] = []
    /// The leaf being read: its page, where its cell pointers start, how many, the next.
    private var leaf: (page: Int, cells: Int, count: Int, next: Int)?
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
            if let l = leaf, l.next < l.count {
                leaf?.next += 1
                return try row(page: l.page, pointer: l.cells + 2 * l.next)
            }
            leaf = nil
            guard let top = stack.last else { return nil }
            let step = top.step + 1
            stack[stack.count - 1].step = step
            // Steps: each cell's child (and, in an index, the cell itself), then the rightmost.
            let (cell, own) = index ? (step / 2, step % 2 == 1) : (step, false)
            if cell < top.count {
                let at = try offset(page: top.page, pointer: top.cells + 2 * cell)
                if own { return try row(page: top.page, pointer: top.cells + 2 * cell, skip: 4) }
                guard at + 4 <= file.bytes.count else { throw damaged(top.page, "a cell past the file's end") }
                try enter(Int(SQLiteFile.u32(file.bytes, at)))
            } else if cell == top.count, !own {
                try enter(top.right)
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
        let start = try file.start(of: n)
        let header = n == 1 ? start + 100 : start
        let b = file.bytes
        let kind = b[header]
        guard [0x0D, 0x05, 0x0A, 0x02].contains(kind) else { throw damaged(n, "not a b-tree page (type \(kind))") }
        let isIndex = kind == 0x0A || kind == 0x02
        guard visits == 1 || isIndex == index else { throw damaged(n, "an index's page and a table's in one tree") }
        index = isIndex
        if kind == 0x0D || kind == 0x0A {
            leaf = (n, header + 8, SQLiteFile.u16(b, header + 3), 0)
        } else {
            stack.append((n, header + 12, SQLiteFile.u16(b, header + 3), -1, Int(SQLiteFile.u32(b, header + 8))))
        }
    }

    /// Where the cell a pointer at `pointer` names starts, checked to lie on its page.
    private func offset(page: Int, pointer: Int) throws(FormatError) -> Int {
        let start = try file.start(of: page)
        guard pointer + 2 <= start + file.usable else { throw damaged(page, "more cells than fit on the page") }
        let cell = start + SQLiteFile.u16(file.bytes, pointer)
        guard cell < start + file.usable else { throw damaged(page, "a cell past its page") }
        return cell
    }

    /// A cell's row: past `skip` bytes (an interior cell's child), its payload's size, its
    /// rowid in a table, its payload.
    private func row(page: Int, pointer: Int, skip: Int = 0) throws(FormatError) -> (rowid: Int64?, record: [UInt8]) {
        var at = try offset(page: page, pointer: pointer) + skip
        let end = try file.start(of: page) + file.usable
        guard let size = SQLiteFile.varint(file.bytes, &at, end: end) else {
            throw damaged(page, "a cell cut at its page's end")
        }
        var rowid: Int64?
        if !index {
            guard let id = SQLiteFile.varint(file.bytes, &at, end: end) else {
                throw damaged(page, "a cell cut at its page's end")
            }
            rowid = id
        }
        return (rowid, try file.payload(at: at, size: Int(clamping: size), page: page, index: index))
    }
}
