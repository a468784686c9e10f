/// The comments of a stream of JSON values (lines, or an array's elements), found as each
/// value is walked and handed out before the next is read; what an empty stream lacked.
struct WalkedComments {
    private var walk: JSONCommentWalk
    private var ready: [ExportedComment] = [], readyIndex = 0
    /// The first value's keys, for the error of a stream with no comment at all.
    private var firstKeys: [String]?
    private var found = false

    init(fields: CommentFields) { walk = JSONCommentWalk(fields: fields) }

    /// The next comment of the values walked so far, or nil when all are handed out.
    mutating func pop() -> ExportedComment? {
        guard readyIndex < ready.count else { return nil }
        defer { readyIndex += 1 }
        return ready[readyIndex]
    }

    /// Walks one value with `visit`, its comments then ready; returns how many it held.
    mutating func take(keys: @autoclosure () -> [String], _ visit: (inout JSONCommentWalk) -> Void) -> Int {
        if firstKeys == nil { firstKeys = keys() }
        visit(&walk)
        (ready, readyIndex) = (walk.drain(), 0)
        found = found || !ready.isEmpty
        return ready.count
    }

    /// At the stream's end: an error when no value held a comment.
    func end(path: String, field: String?) throws(FormatError) {
        if !found { throw .noComments(path: path, field: field, seen: firstKeys ?? []) }
    }

    /// Whether a value held a comment.
    var foundAny: Bool { found }
}
