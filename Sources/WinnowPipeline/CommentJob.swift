import WinnowBayes

/// One comment waiting to be scored, with what the verdict row needs to carry along.
public struct CommentJob: Sendable {
    public var source: String
    public var id: String
    public var author: String
    public var text: String
    /// The article it sits under, when known (shared storage across a page's comments).
    public var article: String?
    /// The article's title, when known (page mode).
    public var title: String = ""
    /// What an export knows of the comment: its parent comment's id, when it was written,
    /// and the export's own moderation status (empty when unknown).
    public var parent = "", created = "", status = ""
    /// The thread it belongs to, when the input names one (a thread column).
    public var thread: String?
    /// Its discussion among those of its batch, once `DiscussionIndexer` has seen the batch.
    public var discussion: (set: Discussions, index: Int)?

    /// What groups it with the other comments of its discussion: the thread, else the
    /// article, else the title an export gives its thread (nil: none).
    public var discussionKey: String? {
        if let thread, !thread.isEmpty { return "thread\u{1F}" + thread }
        if let article, !article.isEmpty { return article }
        return title.isEmpty ? nil : "title\u{1F}" + title
    }

    public init(source: String, id: String, author: String, text: String, article: String? = nil, title: String = "") {
        (self.source, self.id, self.author, self.text, self.article, self.title) = (
            source, id, author, text, article, title
        )
    }
}

/// Yields comment jobs in input order; errors in one input are reported, not thrown.
public protocol CommentSource: AnyObject {
    func next() -> CommentJob?
    /// Bytes consumed so far and in all, for progress (nil when unknown).
    var progress: (done: Int, total: Int)? { get }
}
