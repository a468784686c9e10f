import Foundation
import WinnowBayes

/// Scores a stream of comments on several threads and writes verdict rows in input order.
///
/// Jobs are read in windows of `jobs x batchSize`; each thread scores one slice of a window
/// with its own `CommentScorer`, then the slices are written in order. Memory is bounded
/// by one window whatever the input size.
public final class BatchScorer {
    public struct Options: Sendable {
        public var jobs = 2
        public var batchSize = 2048
        public var header = true
        public var raw = false
        public var quiet = false
        public init() {}
    }

    private let scorers: [CommentScorer]
    private let options: Options
    private let writer: CSVWriter

    public init(model: Model, policy: VerdictPolicy, options: Options) {
        self.options = options
        scorers = (0..<max(1, options.jobs)).map { _ in CommentScorer(model: model, policy: policy) }
        writer = CSVWriter(raw: options.raw)
    }

    /// Scores everything `source` yields into `output`; returns the number of rows written.
    ///
    /// The main thread reads window i+1 while the workers score window i, and writes the
    /// rows of window i while the workers score window i+1: reading, scoring and writing
    /// overlap, and output keeps the input order.
    @discardableResult
    public func run(_ source: CommentSource, into output: OutputFile, diagnostics: Diagnostics) throws -> Int {
        if options.header { try output.write(writer.row(ScoredComment.header)) }
        let progress = Progress(quiet: options.quiet)
        var rows = 0
        let window = scorers.count * options.batchSize
        var scoring: (group: DispatchGroup, results: ResultSlots, count: Int)?
        while true {
            var jobs: [CommentJob] = []
            jobs.reserveCapacity(window)
            while jobs.count < window, let job = source.next() { jobs.append(job) }
            let finished = scoring
            finished?.group.wait()
            scoring = jobs.isEmpty ? nil : start(jobs, diagnostics: diagnostics)
            if let finished {
                for chunk in finished.results.values { try output.write(chunk) }
                rows += finished.count
                progress.update(rows: rows, bytes: source.progress)
            }
            if jobs.isEmpty { break }
        }
        progress.finish(rows: rows)
        return rows
    }

    /// Starts scoring `jobs` split over the scorers, one slice per worker.
    private func start(_ jobs: [CommentJob], diagnostics: Diagnostics) -> (DispatchGroup, ResultSlots, Int) {
        let slices = scorers.count
        let per = (jobs.count + slices - 1) / slices
        let results = ResultSlots(count: slices)
        let group = DispatchGroup()
        for s in 0..<slices {
            let scorer = scorers[s], writer = self.writer
            DispatchQueue.global().async(group: group) {
                // Safe: slice `s` is the only user of `scorers[s]` and of `results[s]`
                // until the group is waited on.
                var text: [UInt8] = []
                for i in (s * per)..<min(jobs.count, (s + 1) * per) {
                    let job = jobs[i]
                    do {
                        try scorer.setArticle(job.article)
                        var scored = try scorer.score(job.text, source: job.source, id: job.id, author: job.author)
                        scored.title = job.title
                        writer.append(scored.fields(), to: &text)
                    } catch {
                        diagnostics.skip(error)
                    }
                }
                results.set(s, text)
            }
        }
        return (group, results, jobs.count)
    }
}

/// One output slot per thread. Safe to share: each slot is written by exactly one thread,
/// through a fixed buffer (an Array's copy-on-write check would race), and read after all
/// threads joined.
final class ResultSlots: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<[UInt8]>
    init(count: Int) { slots = .allocate(capacity: count); slots.initialize(repeating: []) }
    deinit { slots.deinitialize().deallocate() }
    func set(_ i: Int, _ value: [UInt8]) { slots[i] = value }
    var values: [[UInt8]] { Array(slots) }
}
