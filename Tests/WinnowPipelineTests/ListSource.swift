@testable import WinnowPipeline

/// Jobs handed out one by one, as a file's rows are.
final class ListSource: CommentSource {
    /// The jobs not handed out yet, the next one last.
    private(set) var remaining: [CommentJob]

    init(_ jobs: [CommentJob]) { remaining = jobs.reversed() }

    func next() -> CommentJob? { remaining.popLast() }

    var progress: (done: Int, total: Int)? { nil }
}
