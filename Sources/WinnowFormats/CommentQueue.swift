import Foundation

/// Comments handed from a parsing thread to the reading one, at most `limit` waiting: the
/// parser blocks when the scorer falls behind, so memory does not grow with the file.
final class CommentQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [ExportedComment] = []
    private var head = 0
    private var done = false, cancelled = false
    private var error: FormatError?
    let limit: Int

    init(limit: Int = 4096) { self.limit = limit }

    /// False when the reader has gone (the parser should stop).
    func push(_ c: ExportedComment) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while items.count - head >= limit, !cancelled { condition.wait() }
        guard !cancelled else { return false }
        if head > limit {  // drop what was taken, now and then
            items.removeFirst(head)
            head = 0
        }
        items.append(c)
        condition.broadcast()
        return true
    }

    func finish(_ error: FormatError?) {
        condition.lock()
        (done, self.error) = (true, error)
        condition.broadcast()
        condition.unlock()
    }

    func pop() throws(FormatError) -> ExportedComment? {
        condition.lock()
        while head == items.count, !done { condition.wait() }
        if head < items.count {
            let c = items[head]
            head += 1
            condition.broadcast()
            condition.unlock()
            return c
        }
        let error = self.error
        condition.unlock()
        if let error { throw error }
        return nil
    }

    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
