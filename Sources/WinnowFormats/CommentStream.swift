import Foundation

/// An export read a comment at a time, in bounded memory (Reddit dumps, XML exports).
public protocol CommentStream: AnyObject {
    /// The next comment, or nil at the end; an error names the file and line.
    func next() throws(FormatError) -> ExportedComment?
}

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

/// A Disqus or WordPress export parsed on a thread of its own as the file is read, its
/// comments handed out as they are found.
public final class XMLStream: CommentStream {
    private let queue = CommentQueue()

    init(path: String, format: InputFormat) throws(FormatError) {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw .malformed(path: path, line: 0, detail: "cannot open")
        }
        let reader: XMLExportReader = format == .disqus ? DisqusReader(path: path) : WordPressReader(path: path)
        reader.sink = queue
        let queue = self.queue
        Thread {
            do throws(FormatError) {
                guard let stream = InputStream(fileAtPath: path) else {
                    throw .malformed(path: path, line: 0, detail: "cannot open")
                }
                _ = try reader.parse(stream)
                queue.finish(nil)
            } catch {
                queue.finish(error)
            }
        }.start()
    }

    deinit { queue.cancel() }

    public func next() throws(FormatError) -> ExportedComment? { try queue.pop() }
}
