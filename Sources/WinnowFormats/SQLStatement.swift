/// What a SQL dump's statement says about its tables: the columns a `CREATE TABLE` names,
/// the rows an `INSERT` adds, the table a `COPY ... FROM stdin` fills; anything else (`SET`,
/// `LOCK TABLES`, indexes) says nothing about comments.
enum SQLStatement: Equatable {
    case createTable(table: String, columns: [String])
    /// `columns` nil: the statement names none (mysqldump's default), the table's are meant.
    case insert(table: String, columns: [String]?, rows: [[JSONNode]])
    case copy(table: String, columns: [String]?)
    case other

    /// Keywords that open a table's constraint, not a column, in `CREATE TABLE`.
    private static let constraints: Set<String> = [
        "PRIMARY", "KEY", "UNIQUE", "CONSTRAINT", "INDEX", "FOREIGN", "CHECK", "FULLTEXT", "SPATIAL", "EXCLUDE",
        "PERIOD", "LIKE"
    ]

    /// `bytes`: one statement without its `;`. A failure gives the byte offset it happened at.
    static func parse(_ bytes: [UInt8], backslashEscapes: Bool) throws(SQLCursor.Failure) -> SQLStatement {
        var c = SQLCursor(bytes, backslashEscapes: backslashEscapes)
        if c.keyword("CREATE") {
            guard let table = createdTable(&c) else { return .other }
            return .createTable(table: table, columns: try columns(&c))
        }
        if let (table, named) = try insertTarget(&c) {
            guard c.keyword("VALUES") || c.keyword("VALUE") else { return .other }
            var rows: [[JSONNode]] = []
            repeat {
                guard c.punctuation(40) else { throw c.failure("a row's values in parentheses") }
                rows.append(try c.values())
            } while c.punctuation(44)
            return .insert(table: table, columns: named, rows: rows)
        }
        if c.keyword("COPY") {
            guard let table = c.name() else { return .other }
            let named = c.punctuation(40) ? try c.names() : nil
            guard c.keyword("FROM"), c.keyword("STDIN") else { return .other }
            return .copy(table: table, columns: named)
        }
        return .other
    }

    /// After `CREATE`: the table a `CREATE TABLE` defines, the cursor past its "(" (nil for
    /// another statement).
    private static func createdTable(_ c: inout SQLCursor) -> String? {
        _ = c.keyword("TEMPORARY") || c.keyword("TEMP") || c.keyword("UNLOGGED")
        guard c.keyword("TABLE") else { return nil }
        if c.keyword("IF") { _ = c.keyword("NOT") && c.keyword("EXISTS") }
        guard let table = c.name(), c.punctuation(40) else { return nil }
        return table
    }

    /// The table an `INSERT` (or `REPLACE`) fills and the columns it names, the cursor
    /// before its values; nil for another statement.
    private static func insertTarget(_ c: inout SQLCursor) throws(SQLCursor.Failure) -> (String, [String]?)? {
        guard c.keyword("INSERT") || c.keyword("REPLACE") else { return nil }
        while c.keyword("LOW_PRIORITY") || c.keyword("DELAYED") || c.keyword("HIGH_PRIORITY") || c.keyword("IGNORE") {}
        if c.keyword("OR") { _ = c.name() }  // SQLite's "INSERT OR REPLACE"
        _ = c.keyword("INTO")
        guard let table = c.name() else { return nil }
        return (table, c.punctuation(40) ? try c.names() : nil)
    }

    /// The table an `INSERT` fills and the columns it names, without reading its values
    /// (nil for any other statement): enough to pass over a table's rows unread.
    static func insertHead(_ bytes: [UInt8]) -> (table: String, columns: [String]?)? {
        var c = SQLCursor(bytes, backslashEscapes: false)
        return (try? insertTarget(&c)).flatMap { $0 }.map { (table: $0.0, columns: $0.1) }
    }

    /// The column names of a `CREATE TABLE`'s definitions, after its "(".
    private static func columns(_ c: inout SQLCursor) throws(SQLCursor.Failure) -> [String] {
        var names: [String] = []
        repeat {
            if let column = c.qualifiedName(), column.quoted || !constraints.contains(column.name.uppercased()) {
                names.append(column.name)
            }
            try c.skipDefinition()
        } while c.punctuation(44)
        return names
    }

    /// How a SQLite table keys its rows: the column that is its rowid (declared `INTEGER
    /// PRIMARY KEY`, on its own or as the table's key), which its records hold as NULL; or,
    /// in a table `WITHOUT ROWID`, its key's columns, which its records hold first.
    static func sqliteKey(_ bytes: [UInt8]) -> (rowid: String?, leading: [String]) {
        var c = SQLCursor(bytes, backslashEscapes: false)
        guard c.keyword("CREATE"), createdTable(&c) != nil else { return (nil, []) }
        var integers: Set<String> = [], key: [String] = []
        repeat {
            guard let column = c.qualifiedName() else { return (nil, []) }
            if !column.quoted, column.name.uppercased() == "PRIMARY", c.keyword("KEY"), c.punctuation(40) {
                key = (try? c.names()) ?? []
            }
            guard let words = try? c.skipDefinition() else { return (nil, []) }
            if zip(words, words.dropFirst()).contains(where: { $0 == "PRIMARY" && $1 == "KEY" }) { key = [column.name] }
            if words.first == "INTEGER" { integers.insert(column.name) }
        } while c.punctuation(44)
        if c.punctuation(41), c.keyword("WITHOUT"), c.keyword("ROWID") { return (nil, key) }
        return (key.count == 1 && integers.contains(key[0]) ? key[0] : nil, [])
    }
}
