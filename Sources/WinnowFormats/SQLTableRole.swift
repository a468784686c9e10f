/// What a dumped table's rows are to the comments, told from its columns' names: whole
/// comments (a text and an author: WordPress's `wp_comments`), the two halves a CMS keeps
/// apart, joined by the comment's id (Drupal: `comment_field_data` with the author, parent
/// and thread; `comment__comment_body` with the text, by `entity_id`), or the articles the
/// comments sit under (WordPress's `wp_posts`, Isso's `threads`, Drupal's
/// `node_field_data`), which give a comment its title and article by its thread's id. A
/// scraper's table of pages (`url`, `html`) is read as its rows: each a page to split.
enum SQLTableRole: Equatable {
    case comments
    /// The text column, and the column naming the comment it belongs to.
    case bodies(key: Int, text: Int)
    /// The column of the comment's id.
    case headers(id: Int)
    /// The columns of the article's id, its title and its text (if it has one here).
    case articles(id: Int, title: Int, text: Int?)
    case none

    /// Columns that name the comment a separate text belongs to.
    private static let bodyKeys = ["entity_id", "comment_id", "cid"]

    /// An article's id, title and text columns, in order of preference.
    private static let articleIDs = ["ID", "id", "nid"]
    private static let articleTitles = ["post_title", "title"]
    private static let articleTexts = ["post_content", "body_value", "body", "content"]

    init(_ names: [String], fields: CommentFields) {
        self.init(comments: names, fields: fields)
        guard self == .none else { return }
        let first = { (candidates: [String]) in candidates.lazy.compactMap { names.firstIndex(of: $0) }.first }
        if let id = first(SQLTableRole.articleIDs), let title = first(SQLTableRole.articleTitles) {
            self = .articles(id: id, title: title, text: first(SQLTableRole.articleTexts))
        }
    }

    private init(comments names: [String], fields: CommentFields) {
        let kinds = names.map { CommentFields.Known.table[$0]?.kind }
        let text = fields.text.flatMap { names.firstIndex(of: $0) } ?? kinds.firstIndex(of: .text)
        let author = fields.author.flatMap { names.firstIndex(of: $0) } ?? kinds.firstIndex(of: .author)
        switch (text, author) {
        case (_?, _?): self = .comments
        // The text column named with --text-column: its table's rows are the comments.
        case (_?, nil) where fields.text != nil: self = .comments
        // A scraper's table of whole pages (an address and its HTML): each row split as a page.
        case (let text?, nil) where names[text] == "html" && names.contains(where: CommentFields.pageAddress.contains):
            self = .comments
        case (let text?, nil):
            let key = SQLTableRole.bodyKeys.lazy.compactMap { names.firstIndex(of: $0) }.first
            self = key.map { .bodies(key: $0, text: text) } ?? .none
        case (nil, _?):
            // A comment's header has its parent too; a table of users has names and ids alone.
            let id = kinds.firstIndex(of: .id)
            self = id != nil && kinds.contains(.parent) ? .headers(id: id ?? 0) : .none
        case (nil, nil): self = .none
        }
    }

    var isArticles: Bool {
        if case .articles = self { true } else { false }
    }
}
