/// What a dumped table's rows are to the comments, told from its columns' names: whole
/// comments (a text and an author: WordPress's `wp_comments`), or the two halves a CMS
/// keeps apart, joined by the comment's id (Drupal: `comment_field_data` with the author,
/// parent and thread; `comment__comment_body` with the text, by `entity_id`).
enum SQLTableRole: Equatable {
    case comments
    /// The text column, and the column naming the comment it belongs to.
    case bodies(key: Int, text: Int)
    /// The column of the comment's id.
    case headers(id: Int)
    case none

    /// Columns that name the comment a separate text belongs to.
    private static let bodyKeys = ["entity_id", "comment_id", "cid"]

    init(_ names: [String], fields: CommentFields) {
        let kinds = names.map { CommentFields.Known.table[$0]?.kind }
        let text = fields.text.flatMap { names.firstIndex(of: $0) } ?? kinds.firstIndex(of: .text)
        let author = fields.author.flatMap { names.firstIndex(of: $0) } ?? kinds.firstIndex(of: .author)
        switch (text, author) {
        case (_?, _?): self = .comments
        // The text column named with --text-column: its table's rows are the comments.
        case (_?, nil) where fields.text != nil: self = .comments
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
}
