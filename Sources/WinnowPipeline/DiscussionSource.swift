import WinnowBayes

/// The comments of other sources, in the same order, each knowing its discussion: comments
/// that belong to one (an article, a thread) are read a window at a time and indexed
/// together (`DiscussionIndexer`); comments that belong to none pass straight through
/// until one that does, so a plain file still streams. `DiscussionWindow` says which
/// comments go together.
final class DiscussionSource: CommentSource {
    private let sources: [CommentSource]
    private let indexer: DiscussionIndexer
    private var current = 0
    private var window: [CommentJob] = []
    private var windowIndex = 0
    /// A job read past the end of a window (the next input's first).
    private var held: CommentJob?
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
        var rule = DiscussionWindow()
        _ = rule.admits(job)
        window = [job]
        window.reserveCapacity(DiscussionWindow.size)
        while let more = pull() {
            guard rule.admits(more) else {
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
