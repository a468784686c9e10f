import WinnowText

/// Which comments are indexed together (`DiscussionIndexer`): those of one input, at most
/// `size` of them and `discussions` discussions. Bounds memory on a dump of millions and
/// on a file with an article per row, and makes a comment's row independent of what else a
/// run was given (a page alone, in a batch or on a Spark partition gets the same row).
struct DiscussionWindow {
    static let size = 25_000
    static let discussions = 2_048

    private(set) var count = 0
    private var source: String?
    private var keys: Set<UInt64> = []
    private var lastKey: String?

    /// Whether `job` joins the window; counts it when it does.
    mutating func admits(_ job: CommentJob) -> Bool {
        guard count < DiscussionWindow.size, source == nil || job.source == source else { return false }
        if let key = job.discussionKey, key != lastKey {
            // Rows of one discussion mostly come together: one string comparison, not a hash.
            let hash = FeatureHash.string(key)
            guard keys.contains(hash) || keys.count < DiscussionWindow.discussions else { return false }
            keys.insert(hash)
            lastKey = key
        }
        source = job.source
        count += 1
        return true
    }
}
