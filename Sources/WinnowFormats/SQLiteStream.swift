/// A SQLite database file's comments (Isso's `comments.db`, a scraper's, Datasette's, a
/// CMS's), read a row at a time as a SQL dump of it would be (`SQLTables`): the tables its
/// schema lists, each named by its `CREATE TABLE`, the rows of those holding comments.
/// Rows written before a column was added lack it: NULL, as SQLite reads them.
public final class SQLiteStream: CommentStream {
    private let file: SQLiteFile
    private var tables: SQLTables
    /// The tables still to read, in the schema's order.
    private var pending: [Table] = []
    private var reading: (table: Table, role: SQLTableRole, cursor: SQLiteTableCursor)?

    struct Table {
        var name: String
        var root: Int
        var columns: [String]
        /// The column that is the rowid, held as NULL in the rows (`INTEGER PRIMARY KEY`).
        var rowid: Int?
        /// Where each column's value sits in a record: a table without rowid holds its
        /// key's columns first.
        var order: [Int]
    }

    /// A database already read (an archive's entry, standard input, a decompressed file),
    /// with its log's bytes if it has one.
    public convenience init(bytes: [UInt8], log: [UInt8] = [], path: String, fields: CommentFields)
        throws(FormatError)
    {
        try self.init(try SQLiteFile(bytes: bytes, log: log, path: path), fields: fields)
    }

    /// The database at `path`, read a page at a time, with its log beside it.
    public convenience init(path: String, fields: CommentFields) throws(FormatError) {
        try self.init(try SQLiteFile(path: path), fields: fields)
    }

    private init(_ file: SQLiteFile, fields: CommentFields) throws(FormatError) {
        self.file = file
        tables = SQLTables(fields: fields)
        // The articles first, so each comment read after them has its title and article.
        let schema = try SQLiteStream.schema(file)
        let isArticles = { (t: Table) in SQLTableRole(t.columns, fields: fields).isArticles }
        pending = schema.filter(isArticles) + schema.filter { !isArticles($0) }
    }

    /// The database's own tables (the schema on page 1), those a `CREATE TABLE` defines;
    /// SQLite's internal ones and virtual tables (full-text indexes) left out.
    static func schema(_ file: SQLiteFile) throws(FormatError) -> [Table] {
        var cursor = try SQLiteTableCursor(file, root: 1)
        var found: [Table] = []
        while let row = try cursor.next() {
            guard let v = SQLiteRecord.values(row.record, encoding: file.encoding), v.count >= 5,
                case .string("table") = v[0], case .string(let name) = v[1], case .number(let root) = v[3],
                case .string(let sql) = v[4], let page = Int(root), page > 0, !name.hasPrefix("sqlite_")
            else { continue }
            let bytes = Array(sql.utf8)
            guard case .createTable(_, let columns)? = try? SQLStatement.parse(bytes, backslashEscapes: false) else {
                continue
            }
            let key = SQLStatement.sqliteKey(bytes)
            let leading = key.leading.compactMap { columns.firstIndex(of: $0) }
            let stored = leading + columns.indices.filter { !leading.contains($0) }
            let order = columns.indices.map { k in stored.firstIndex(of: k) ?? k }
            let rowid = key.rowid.flatMap { columns.firstIndex(of: $0) }
            found.append(Table(name: name, root: page, columns: columns, rowid: rowid, order: order))
        }
        return found
    }

    public func next() throws(FormatError) -> ExportedComment? {
        while true {
            if let c = tables.pop() { return c }
            if var r = reading {
                let row = try r.cursor.next()
                reading = row == nil ? nil : r
                if let row { try take(row, of: r.table, role: r.role) }
                continue
            }
            guard !pending.isEmpty else {
                if try tables.end(path: file.path) { continue }
                return nil
            }
            let table = pending.removeFirst()
            let role = tables.role(table.name, table.columns)
            if role != .none { reading = (table, role, try SQLiteTableCursor(file, root: table.root)) }
        }
    }

    private func take(_ row: (rowid: Int64?, record: [UInt8]), of table: Table, role: SQLTableRole)
        throws(FormatError)
    {
        guard let stored = SQLiteRecord.values(row.record, encoding: file.encoding) else {
            let which = row.rowid.map { "row \($0)" } ?? "a row"
            throw .database(
                path: file.path, page: table.root, detail: "table \(table.name): \(which) is not a readable record")
        }
        var values = table.order.map { $0 < stored.count ? stored[$0] : JSONNode.null }
        if let k = table.rowid, let id = row.rowid, values[k] == .null { values[k] = .number(String(id)) }
        tables.take(values, columns: table.columns, role: role)
    }
}
