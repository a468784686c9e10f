/// A site's database as a dump or a database file hands it over, a table's row at a time:
/// the rows of a table of comments walked as JSON objects with the columns' names
/// (`CommentFields`), the two halves a CMS keeps apart joined once every table has been
/// read (`SQLTableRole`), the other tables named for the error of a database without
/// comments.
struct SQLTables {
    private let fields: CommentFields
    private var comments: WalkedComments
    /// Comments kept in two tables, joined at the end; the joined ones handed out.
    private var join = SQLCommentJoin()
    private var joined: [JSONNode] = [], joinedIndex = 0
    /// The tables passed over, "name(column, ...)", and whether a table of comments was
    /// read (an empty one is no error).
    private var passed: [String] = []
    private var readATable = false

    init(fields: CommentFields) {
        self.fields = fields
        comments = WalkedComments(fields: fields)
    }

    /// What `table`'s rows are; a table not of comments is named for the error of a
    /// database without them.
    mutating func role(_ table: String, _ names: [String]) -> SQLTableRole {
        let role = SQLTableRole(names, fields: fields)
        let entry = "\(table)(\(names.joined(separator: ", ")))"
        if role != .comments, !passed.contains(entry) { passed.append(entry) }
        readATable = readATable || role == .comments
        return role
    }

    /// The next comment of the rows taken so far, or nil when all are handed out.
    mutating func pop() -> ExportedComment? {
        while true {
            if let c = comments.pop() { return c }
            guard joinedIndex < joined.count else { return nil }
            let object = joined[joinedIndex]
            joinedIndex += 1
            _ = comments.take(keys: object.keys) { $0.visit(object) }
        }
    }

    /// One row of a table whose `role` is known, a value for each of `names`.
    mutating func take(_ row: [JSONNode], columns names: [String], role: SQLTableRole) {
        switch role {
        case .comments:
            let object = JSONNode.object(zip(names, row).map { (key: $0, value: $1) })
            _ = comments.take(keys: names) { $0.visit(object) }
        case .bodies(let key, let text): join.addBody(key: row[key], text: row[text])
        case .headers(let id): join.addHeader(id: row[id], pairs: zip(names, row).map { (key: $0, value: $1) })
        case .none: return
        }
    }

    /// Every table read: whether the halves of a CMS's comments were joined and wait in
    /// `pop`; an error when no table held comments.
    mutating func end(path: String) throws(FormatError) -> Bool {
        if !comments.foundAny, !join.isEmpty, joined.isEmpty {
            (joined, joinedIndex, join) = (join.joined(), 0, SQLCommentJoin())
            return true
        }
        if !comments.foundAny, !readATable, joined.isEmpty {
            throw .noCommentTable(path: path, tables: passed)
        }
        return false
    }
}
