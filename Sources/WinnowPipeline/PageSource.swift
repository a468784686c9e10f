import WinnowSplit

/// Comments of page dumps: each file is read, split, and its comments yielded in order.
/// A file that cannot be read is named in the diagnostics and skipped.
public final class PageSource: CommentSource {
    private let files: [String]
    private let diagnostics: Diagnostics
    private let splitter = Splitter()
    private var fileIndex = 0
    private var pending: [CommentJob] = []
    private var pendingIndex = 0
    private var bytesDone = 0
    private let bytesTotal: Int
    /// Each file's size, taken once (for progress).
    private let sizes: [Int]

    public init(files: [String], diagnostics: Diagnostics) {
        self.files = files
        self.diagnostics = diagnostics
        sizes = files.map(FileSize.of)
        bytesTotal = sizes.reduce(0, +)
    }

    public var progress: (done: Int, total: Int)? { (bytesDone, bytesTotal) }

    public func next() -> CommentJob? {
        while pendingIndex >= pending.count {
            guard fileIndex < files.count else { return nil }
            let path = files[fileIndex]
            fileIndex += 1
            bytesDone += sizes[fileIndex - 1]
            do {
                let page = splitter.split(try TextFile.read(path), source: path)
                let article = page.article
                if page.comments.isEmpty { diagnostics.warn("\(path): no comments found on this page") }
                pending = page.comments.enumerated().map { i, c in
                    CommentJob(
                        source: path, id: String(i + 1), author: c.author, text: c.text, article: article,
                        title: page.title ?? "")
                }
                pendingIndex = 0
            } catch {
                diagnostics.skip(error)
            }
        }
        defer { pendingIndex += 1 }
        return pending[pendingIndex]
    }
}
