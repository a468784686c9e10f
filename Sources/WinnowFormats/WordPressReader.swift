import Foundation

/// WordPress WXR exports: each `<item>` is a post (its title, and `content:encoded` the
/// article, so off-topic relevance works) with its `<wp:comment>`s (id, author, content,
/// parent, date, approved: 1, 0, spam or trash). Pingbacks and trackbacks are left out.
final class WordPressReader: XMLExportReader {
    private var title = "", article = ""
    private var comment: ExportedComment?
    private var kind = ""
    private var firstComment = 0

    static func read(_ data: Data, path: String) throws(FormatError) -> [ExportedComment] {
        try WordPressReader(path: path).parse(data)
    }

    override func start(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "item":
            (title, article, firstComment) = ("", "", comments.count)
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
            if let c = comment, kind != "pingback", kind != "trackback" { comments.append(c) }
            comment = nil
        case ("item", _):
            // The item's title and article may follow its comments: set them on all of them.
            for i in firstComment..<comments.count {
                comments[i].title = title
                comments[i].article = article.isEmpty ? nil : article
            }
        default: break
        }
    }
}
