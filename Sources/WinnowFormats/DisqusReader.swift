import Foundation

/// Disqus XML exports: `<thread dsq:id>` (title, link, message: the article) and `<post>`
/// (message as HTML, author name, `<thread dsq:id>`, `<parent dsq:id>`, isDeleted, isSpam).
final class DisqusReader: XMLExportReader {
    struct Thread {
        var title = "", link = "", message = ""
    }

    private var threads: [String: Thread] = [:]
    private var thread: (id: String, value: Thread)?
    private var post: ExportedComment?
    private var postThread = "", deleted = false, spam = false

    static func read(_ data: Data, path: String) throws(FormatError) -> [ExportedComment] {
        try DisqusReader(path: path).parse(data)
    }

    override func start(_ name: String, _ attributes: [String: String]) {
        let id = attributes["dsq:id"] ?? ""
        switch (name, stack.dropLast().last) {
        case ("thread", "disqus"): thread = (id, Thread())
        case ("post", "disqus"):
            post = ExportedComment(id: id, author: "", text: "")
            (postThread, deleted, spam) = ("", false, false)
        case ("thread", "post"): postThread = id
        case ("parent", "post"): post?.parent = id
        default: break
        }
    }

    override func end(_ name: String, _ text: String) {
        let parent = stack.dropLast().last
        if thread != nil, parent == "thread" {
            switch name {
            case "title": thread?.value.title = text.trimmed
            case "link": thread?.value.link = text.trimmed
            case "message": thread?.value.message = MarkupText.plain(text)
            default: break
            }
        }
        if name == "thread", parent == "disqus", let t = thread {
            threads[t.id] = t.value
            thread = nil
        }
        guard post != nil else { return }
        switch (name, parent) {
        case ("message", "post"): post?.text = MarkupText.plain(text)
        case ("createdAt", "post"): post?.created = text.trimmed
        case ("isDeleted", "post"): deleted = text.trimmed == "true"
        case ("isSpam", "post"): spam = text.trimmed == "true"
        case ("name", "author"): post?.author = text.trimmed
        case ("post", "disqus"):
            if var p = post {
                p.status = spam ? "spam" : deleted ? "deleted" : "approved"
                if sink != nil {
                    // Streaming: the thread is known by now in Disqus's own order (threads first).
                    let t = threads[postThread]
                    (p.title, p.article) = (t?.title ?? "", t.map { $0.message.isEmpty ? $0.title : $0.message })
                } else {
                    p.title = postThread  // replaced by the thread's title in `finish`
                }
                emit(p)
            }
            post = nil
        default: break
        }
    }

    /// Posts may come before their threads: titles and articles are joined at the end.
    override func finish() {
        for i in comments.indices {
            let t = threads[comments[i].title]
            comments[i].title = t?.title ?? ""
            comments[i].article = t.map { $0.message.isEmpty ? $0.title : $0.message }
        }
    }
}
