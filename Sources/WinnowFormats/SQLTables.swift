/// A site's database as a dump or a database file hands it over, a table's row at a time:
/// the rows of a table of comments walked as JSON objects with the columns' names
/// (`CommentFields`), the two halves a CMS keeps apart joined once every table has been
/// read (`SQLTableRole`), the other tables named for the error of a database without
/// comments.
struct SQLTables {
    let fields: CommentFields
    private var comments: WalkedComments
    /// Comments kept in two tables, joined at the end; the joined ones handed out.
    private var join = SQLCommentJoin()
    private var joined: [JSONNode] = [], joinedIndex = 0
    /// The tables passed over, "name(column, ...)", and whether a table of comments was
    /// read (an empty one is no error).
    private var passed: [String] = []
    private var readATable = false
    /// The articles comments sit under, by id (`SQLTableRole.articles`).
    var articles: [String: Article] = [:]

    struct Article {
        var title: String
        var text: String?
    }

    /// The kinds of WordPress post that are no article (`post_type`): a comment is never
    /// under them, and revisions would hold every article many times over.
    private static let notArticles: Set<String> = [
        "revision", "attachment", "nav_menu_item", "customize_changeset", "oembed_cache", "custom_css",
        "wp_template", "wp_template_part", "wp_global_styles", "wp_navigation", "wp_block", "user_request"
    ]

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

    /// The next comment of the rows taken so far, or nil when all are handed out; under
    /// an article read, with its title and text.
    mutating func pop() -> ExportedComment? {
        while true {
            if var c = comments.pop() {
                if !c.thread.isEmpty, let a = articles[c.thread] {
                    if c.title.isEmpty { c.title = a.title }
                    c.article = c.article ?? a.text
                }
                return c
            }
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
        case .articles(let id, let title, let text):
            if let type = names.firstIndex(of: "post_type"), let kind = CommentFields.string(row[type]),
                SQLTables.notArticles.contains(kind)
            {
                return
            }
            guard let key = CommentFields.string(row[id]) else { return }
            let body = text.flatMap { CommentFields.string(row[$0]) }.map { MarkupText.readable($0).trimmed }
            articles[key] = Article(
                title: CommentFields.string(row[title]) ?? "", text: body?.isEmpty == false ? body : nil)
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
