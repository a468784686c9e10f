/// A SQL dump of a site's database (mysqldump, phpMyAdmin, pg_dump, sqlite3's `.dump`) read
/// a statement at a time, in bounded memory: the rows of each table whose columns hold a
/// comment's text and its author (WordPress's `wp_comments`, a comment system's
/// `comments`) are its comments, read as JSON objects with those names would be
/// (`CommentFields`); a CMS that keeps the text apart from the author has the two joined at
/// the end (`SQLTableRole`). Other tables (posts, options, logs) are passed over.
public final class SQLDumpStream: CommentStream {
    private let statements: SQLStatements
    /// The comments of the tables read so far.
    private var tables: SQLTables
    /// Each table's columns as its `CREATE TABLE` names them, for inserts that name none.
    private var columns: [String: [String]] = [:]
    /// The rows of the statement being read, the columns they fill and what they are.
    private var rows: [[JSONNode]] = [], rowIndex = 0, rowColumns: [String] = [], rowsLine = 0
    private var rowRole = SQLTableRole.none
    /// Inside a `COPY ... FROM stdin`: its table's columns and what its rows are.
    private var copying: (names: [String], role: SQLTableRole)?

    /// Reading only the articles (`SQLDumpStream.articles`): comments' rows passed over.
    private var articlesOnly = false

    public convenience init(_ reader: InflatingReader, fields: CommentFields) throws(FormatError) {
        let head = try reader.peek(65_536)
        self.init(LineStream(reader), head: head, fields: fields)
        if let again = try? InflatingReader(path: reader.path) {
            tables.articles = SQLDumpStream.articles(LineStream(again), head: head, fields: fields)
        }
    }

    /// A dump already read (an archive's entry, standard input).
    public convenience init(bytes: [UInt8], path: String, fields: CommentFields) {
        let head = Array(bytes.prefix(65_536))
        self.init(LineStream(bytes: bytes, path: path), head: head, fields: fields)
        tables.articles = SQLDumpStream.articles(LineStream(bytes: bytes, path: path), head: head, fields: fields)
    }

    /// The articles a dump's comments sit under, read in a pass of their own before the
    /// comments (a dump lists `wp_posts` after `wp_comments`); those before a statement
    /// that cannot be read, which the comments' pass then names.
    static func articles(_ lines: LineStream, head: [UInt8], fields: CommentFields) -> [String: SQLTables.Article] {
        let pass = SQLDumpStream(lines, head: head, fields: fields)
        pass.articlesOnly = true
        do {
            while try pass.next() != nil {}
        } catch {}
        return pass.tables.articles
    }

    private init(_ lines: LineStream, head: [UInt8], fields: CommentFields) {
        statements = SQLStatements(lines, backslashEscapes: SQLDumpStream.isMySQL(head))
        tables = SQLTables(fields: fields)
    }

    /// MySQL's and MariaDB's dumps (and phpMyAdmin's) quote names with backquotes and
    /// escape strings with backslashes.
    static func isMySQL(_ head: [UInt8]) -> Bool {
        let text = String(decoding: head, as: UTF8.self)
        return head.contains(96) || ["MySQL dump", "MariaDB dump", "phpMyAdmin"].contains { text.contains($0) }
    }

    public func next() throws(FormatError) -> ExportedComment? {
        while true {
            if let c = tables.pop() { return c }
            if rowIndex < rows.count {
                try take(rows[rowIndex], columns: rowColumns, role: rowRole, line: rowsLine)
                rowIndex += 1
                continue
            }
            if let copy = copying {
                guard let line = try statements.copyLine() else {
                    copying = nil
                    continue
                }
                // A table passed over has its rows passed over unread.
                guard copy.role != .none else { continue }
                try take(SQLDumpStream.copyRow(line), columns: copy.names, role: copy.role, line: statements.lines.line)
                continue
            }
            guard let (bytes, line) = try statements.next() else {
                if try tables.end(path: statements.lines.path) { continue }
                return nil
            }
            try read(bytes, line: line)
        }
    }

    private func read(_ bytes: [UInt8], line: Int) throws(FormatError) {
        // The articles' pass reads no other table's rows, and parses none.
        if articlesOnly, let head = SQLStatement.insertHead(bytes),
            let names = head.columns ?? columns[head.table], !SQLTableRole(names, fields: tables.fields).isArticles
        {
            return
        }
        let statement: SQLStatement
        do {
            statement = try SQLStatement.parse(bytes, backslashEscapes: statements.backslashEscapes)
        } catch {
            let before = bytes[..<min(error.offset, bytes.count)]
            let column = before.count - (before.lastIndex(of: 10).map { $0 + 1 } ?? 0) + 1
            throw .malformed(
                path: statements.lines.path, line: line + before.count { $0 == 10 },
                detail: "column \(column): \(error.detail)")
        }
        switch statement {
        case .createTable(let table, let names): columns[table] = names
        case .insert(let table, let named, let values):
            guard let names = named ?? columns[table] else { return }
            let role = tables.role(table, names)
            guard role != .none, !articlesOnly || role.isArticles else { return }
            (rows, rowIndex, rowColumns, rowsLine, rowRole) = (values, 0, names, line, role)
        case .copy(let table, let named):
            let names = named ?? columns[table] ?? []
            let role = tables.role(table, names)
            copying = (names, !articlesOnly || role.isArticles ? role : .none)
        case .other: return
        }
    }

    private func take(_ row: [JSONNode], columns names: [String], role: SQLTableRole, line: Int)
        throws(FormatError)
    {
        guard row.count == names.count else {
            throw .malformed(
                path: statements.lines.path, line: line,
                detail: "a row of \(row.count) values for \(names.count) columns (\(names.joined(separator: ", ")))")
        }
        tables.take(row, columns: names, role: role)
    }

    /// A `COPY` data line: values apart by tabs, `\N` for NULL, backslash escapes.
    static func copyRow(_ line: ArraySlice<UInt8>) -> [JSONNode] {
        line.split(separator: 9, omittingEmptySubsequences: false).map { field in
            if field.elementsEqual([92, 78]) { return .null }
            var out: [UInt8] = []
            var k = field.startIndex
            while k < field.endIndex {
                let c = field[k]
                k += 1
                guard c == 92, k < field.endIndex else {
                    out.append(c)
                    continue
                }
                SQLCursor.unescape(field[k], into: &out)
                k += 1
            }
            return .string(String(decoding: out, as: UTF8.self))
        }
    }
}
