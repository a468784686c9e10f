import Foundation

/// WordPress WXR exports: each `<item>` is a post (its title, and `content:encoded` the
/// article, so off-topic relevance works) with its `<wp:comment>`s (id, author, content,
/// parent, date, approved: 1, 0, spam or trash). Pingbacks and trackbacks are left out.
final class WordPressReader: XMLExportReader {
    private var title = "", article = ""
    private var comment: ExportedComment?
    private var kind = ""
    /// The item's comments, handed out when the item ends (its title may follow them).
    private var itemComments: [ExportedComment] = []

    static func read(_ data: Data, path: String) throws(FormatError) -> [ExportedComment] {
        try WordPressReader(path: path).parse(data)
    }

    override func start(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "item":
            (title, article, itemComments) = ("", "", [])
        case "wp:comment":
            comment = ExportedComment(id: "", author: "", text: "")
            kind = ""
        default: break
        }
    }

    override func end(_ name: String, _ text: String) {
        let parent = stack.dropLast().last
        switch (name, parent) {
        case ("title", "item"): title = text.trimmed
        case ("content:encoded", "item"): article = MarkupText.plain(text)
        case ("wp:comment_id", "wp:comment"): comment?.id = text.trimmed
        case ("wp:comment_author", "wp:comment"): comment?.author = text.trimmed
        case ("wp:comment_content", "wp:comment"): comment?.text = MarkupText.plain(text)
        case ("wp:comment_date", "wp:comment"): comment?.created = text.trimmed
        case ("wp:comment_parent", "wp:comment"): comment?.parent = text.trimmed == "0" ? "" : text.trimmed
        case ("wp:comment_type", "wp:comment"): kind = text.trimmed
        case ("wp:comment_approved", "wp:comment"):
            let value = text.trimmed
            comment?.status = value == "1" ? "approved" : value == "0" ? "pending" : value
        case ("wp:comment", _):
            if let c = comment, kind != "pingback", kind != "trackback" { itemComments.append(c) }
            comment = nil
        case ("item", _):
            // The item's title and article may follow its comments: set them on all of them.
            for var c in itemComments {
                (c.title, c.article) = (title, article.isEmpty ? nil : article)
                emit(c)
            }
            itemComments = []
        default: break
        }
    }
}
