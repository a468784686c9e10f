import WinnowBayes
import WinnowText

/// The comments of other sources, in the same order, each knowing its discussion: comments
/// that belong to one (an article, a thread) are read a window at a time and indexed
/// together (`DiscussionIndexer`); comments that belong to none pass straight through
/// until one that does, so a plain file still streams. A window holds one input's comments
/// (a page, a file), so a comment's verdict does not depend on what else a run was given:
/// a page scored alone, in a batch or on a Spark partition gets the same row.
final class DiscussionSource: CommentSource {
    private let sources: [CommentSource]
    private let indexer: DiscussionIndexer
    private var current = 0
    private var window: [CommentJob] = []
    private var windowIndex = 0
    /// A job read past the end of a window (the next input's first).
    private var held: CommentJob?
    /// Comments indexed together at most: bounds memory on a dump of millions, and a
    /// discussion larger than this still has a window's worth of its comments as context.
    static let windowSize = 25_000
    /// Discussions indexed together at most: each article's words take room, and a file
    /// with one article per row would otherwise hold 25,000 articles' counts at once.
    static let windowDiscussions = 2_048

    init(_ sources: [CommentSource], model: Model, threads: Int = 2) {
        self.sources = sources
        indexer = DiscussionIndexer(model: model, threads: threads)
    }

    var progress: (done: Int, total: Int)? {
        current < sources.count ? sources[current].progress : sources.last?.progress
    }

    func next() -> CommentJob? {
        if windowIndex < window.count {
            defer { windowIndex += 1 }
            return window[windowIndex]
        }
        guard let job = pull() else { return nil }
        guard job.hasDiscussion else { return job }
        window = [job]
        window.reserveCapacity(DiscussionSource.windowSize)
        var keys: Set<UInt64> = [], lastKey = job.discussionKey
        keys.insert(FeatureHash.string(lastKey ?? ""))
        while window.count < DiscussionSource.windowSize, let more = pull() {
            let key = more.discussionKey
            if let key, key != lastKey {
                lastKey = key
                keys.insert(FeatureHash.string(key))
            }
            guard more.source == job.source, keys.count <= DiscussionSource.windowDiscussions else {
                held = more
                break
            }
            window.append(more)
        }
        indexer.index(&window)
        windowIndex = 1
        return window[0]
    }

    /// The next job of the sources in turn.
    @inline(__always) private func pull() -> CommentJob? {
        if held != nil { return held.take() }
        while current < sources.count {
            if let job = sources[current].next() { return job }
            current += 1
        }
        return nil
    }
}
