import WinnowFormats
import WinnowSplit

/// Comments of page dumps: each file is read, split, and its comments yielded in order.
/// A file that cannot be read is named in the diagnostics and skipped.
public final class PageSource: CommentSource {
    private let files: [String]
    private let diagnostics: Diagnostics
    private var fileIndex = 0
    private var pending: [CommentJob] = []
    private var pendingIndex = 0
    private var bytesDone = 0
    private let bytesTotal: Int
    /// Each file's size, taken once (for progress).
    private let sizes: [Int]

    private let input: InputText.Options

    public init(files: [String], input: InputText.Options = InputText.Options(), diagnostics: Diagnostics) {
        self.input = input
        self.files = files
        self.diagnostics = diagnostics
        sizes = files.map(FileSize.of)
        bytesTotal = sizes.reduce(0, +)
    }

    public var progress: (done: Int, total: Int)? { (bytesDone, bytesTotal) }

    /// The comments of one input: an export's, or a page dump's as the splitter finds them.
    private func jobs(_ path: String) throws -> [CommentJob] {
        let file: ExportFile
        switch try InputText.open(path, input, diagnostics: diagnostics) {
        case .stream(let s):
            stream = s
            return []
        case .whole(let whole): file = whole
        }
        switch Result(catching: { () throws(FormatError) in try file.comments() }) {
        case .success(let comments?): return InputText.jobs(comments, source: file.path)
        case .success(nil): break
        // A page dump that opens with markup, not an export: split below.
        case .failure(let error): if !file.looselyXML { throw error }
        }
        guard let text = file.pageText else {
            throw PipelineError.usage("\(path): a CSV file, not a page dump; score it with --comments \(path)")
        }
        guard text.utf8.count <= TextFile.pageLimit else {
            throw PipelineError.unreadable(path: path, reason: "over the \(TextFile.pageLimit)-byte page limit")
        }
        return InputText.pageJobs(text, source: file.path, title: "")
    }

    /// A page's comments as jobs, from a dump or a split record alike: ids from content,
    /// parents as the ids of the comments they answer.
    static func jobs(_ comments: [Comment], source: String, article: String?, title: String) -> [CommentJob] {
        var lastByAuthor: [String: String] = [:], seen: [String: Int] = [:]
        return comments.map { c in
            let id = ContentID.make(author: c.author, text: c.text, seen: &seen)
            var job = CommentJob(source: source, id: id, author: c.author, text: c.text, article: article, title: title)
            // The page names whom a reply answers: its parent is that author's latest comment before it.
            job.parent = c.parent.flatMap { lastByAuthor[$0] } ?? ""
            lastByAuthor[c.author] = id
            return job
        }
    }

    /// A streamed export being read (a Reddit dump), before the next file.
    private var stream: ExportStream?

    public func next() -> CommentJob? {
        while pendingIndex >= pending.count {
            if let s = stream {
                if let job = s.next(diagnostics) { return job }
                stream = nil
            }
            guard fileIndex < files.count else { return nil }
            let path = files[fileIndex]
            fileIndex += 1
            bytesDone += sizes[fileIndex - 1]
            do {
                pending = try jobs(path)
                if pending.isEmpty, stream == nil {
                    diagnostics.warn("\(path): no comments found", kind: "inputs with no comments found")
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
