/// A SQL dump of a site's database (mysqldump, phpMyAdmin, pg_dump, sqlite3's `.dump`) read
/// a statement at a time, in bounded memory: the rows of each table whose columns hold a
/// comment's text and its author (WordPress's `wp_comments`, a comment system's
/// `comments`) are its comments, read as JSON objects with those names would be
/// (`CommentFields`); a CMS that keeps the text apart from the author has the two joined at
/// the end (`SQLTableRole`). Other tables (posts, options, logs) are passed over.
public final class SQLDumpStream: CommentStream {
    private let statements: SQLStatements
    private let fields: CommentFields
    private var comments: WalkedComments
    /// Each table's columns as its `CREATE TABLE` names them, for inserts that name none.
    private var columns: [String: [String]] = [:]
    /// The rows of the statement being read, the columns they fill and what they are.
    private var rows: [[JSONNode]] = [], rowIndex = 0, rowColumns: [String] = [], rowsLine = 0
    private var rowRole = SQLTableRole.none
    /// Inside a `COPY ... FROM stdin`: its table's columns and what its rows are.
    private var copying: (names: [String], role: SQLTableRole)?
    /// Comments kept in two tables, joined at the dump's end; the joined ones handed out.
    private var join = SQLCommentJoin()
    private var joined: [JSONNode] = [], joinedIndex = 0
    /// The tables passed over, "name(column, ...)", for the error of a dump without comments,
    /// and whether a table of comments was read (an empty one is no error).
    private var passed: [String] = []
    private var readATable = false

    public convenience init(_ reader: InflatingReader, fields: CommentFields) throws(FormatError) {
        let head = try reader.peek(65_536)
        self.init(LineStream(reader), head: head, fields: fields)
    }

    /// A dump already read (an archive's entry, standard input).
    public convenience init(bytes: [UInt8], path: String, fields: CommentFields) {
        self.init(LineStream(bytes: bytes, path: path), head: Array(bytes.prefix(65_536)), fields: fields)
    }

    private init(_ lines: LineStream, head: [UInt8], fields: CommentFields) {
        statements = SQLStatements(lines, backslashEscapes: SQLDumpStream.isMySQL(head))
        self.fields = fields
        comments = WalkedComments(fields: fields)
    }

    /// MySQL's and MariaDB's dumps (and phpMyAdmin's) quote names with backquotes and
    /// escape strings with backslashes.
    static func isMySQL(_ head: [UInt8]) -> Bool {
        let text = String(decoding: head, as: UTF8.self)
        return head.contains(96) || ["MySQL dump", "MariaDB dump", "phpMyAdmin"].contains { text.contains($0) }
    }

    public func next() throws(FormatError) -> ExportedComment? {
        while true {
            if let c = comments.pop() { return c }
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
                try take(SQLDumpStream.copyRow(line), columns: copy.names, role: copy.role, line: statements.lines.line)
                continue
            }
            if joinedIndex < joined.count {
                let object = joined[joinedIndex]
                joinedIndex += 1
                _ = comments.take(keys: object.keys) { $0.visit(object) }
                continue
            }
            guard let (bytes, line) = try statements.next() else {
                // The halves of a CMS's comments, once every table has been read.
                if !comments.foundAny, !join.isEmpty, joined.isEmpty {
                    (joined, joinedIndex, join) = (join.joined(), 0, SQLCommentJoin())
                    continue
                }
                if !comments.foundAny, !readATable, joined.isEmpty {
                    throw .noCommentTable(path: statements.lines.path, tables: passed)
                }
                return nil
            }
            try read(bytes, line: line)
        }
    }

    private func read(_ bytes: [UInt8], line: Int) throws(FormatError) {
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
            let role = role(table, names)
            guard role != .none else { return }
            (rows, rowIndex, rowColumns, rowsLine, rowRole) = (values, 0, names, line, role)
        case .copy(let table, let named):
            let names = named ?? columns[table] ?? []
            copying = (names, role(table, names))
        case .other: return
        }
    }

    /// What `table`'s rows are (`SQLTableRole`); a table not of comments is named for the
    /// error of a dump without them.
    private func role(_ table: String, _ names: [String]) -> SQLTableRole {
        let role = SQLTableRole(names, fields: fields)
        let entry = "\(table)(\(names.joined(separator: ", ")))"
        if role != .comments, !passed.contains(entry) { passed.append(entry) }
        readATable = readATable || role == .comments
        return role
    }

    private func take(_ row: [JSONNode], columns names: [String], role: SQLTableRole, line: Int)
        throws(FormatError)
    {
        guard row.count == names.count else {
            throw .malformed(
                path: statements.lines.path, line: line,
                detail: "a row of \(row.count) values for \(names.count) columns (\(names.joined(separator: ", ")))")
        }
        switch role {
        case .comments:
            let object = JSONNode.object(zip(names, row).map { (key: $0, value: $1) })
            _ = comments.take(keys: names) { $0.visit(object) }
        case .bodies(let key, let text): join.addBody(key: row[key], text: row[text])
        case .headers(let id): join.addHeader(id: row[id], pairs: zip(names, row).map { (key: $0, value: $1) })
        case .none: return
        }
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
