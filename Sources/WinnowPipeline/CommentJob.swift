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

    /// Whether it has a `discussionKey`, without making one.
    public var hasDiscussion: Bool {
        if let thread, !thread.isEmpty { return true }
        if let article, !article.isEmpty { return true }
        return false
    }

    /// What groups it with the other comments of its discussion: the thread, else the
    /// article (nil: none). An export's thread title alone does not: on a video's comments,
    /// often half spam, the thread without an article was a worse guide than the spam class
    /// (Models/README.md, "Off-topic").
    public var discussionKey: String? {
        if let thread, !thread.isEmpty { return "thread\u{1F}" + thread }
        if let article, !article.isEmpty { return article }
        return nil
    }

    public init(
        source: String, id: String, author: String, text: String, article: String? = nil, title: String = "",
        thread: String? = nil
    ) {
        (self.source, self.id, self.author, self.text, self.article, self.title, self.thread) = (
            source, id, author, text, article, title, thread
        )
    }
}

/// Yields comment jobs in input order; errors in one input are reported, not thrown.
public protocol CommentSource: AnyObject {
    func next() -> CommentJob?
    /// Bytes consumed so far and in all, for progress (nil when unknown).
    var progress: (done: Int, total: Int)? { get }
}
