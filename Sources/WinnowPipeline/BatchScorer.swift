import Foundation
import Synchronization
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

    /// Comments per unit of work: small enough that a worker slowed by the reading thread
    /// does not leave the other idle at the end of a window (one slice per worker did: with
    /// 2 workers and the reader on 2 cores, a window waited for the preempted slice).
    static let chunkSize = 128

    /// Starts scoring `jobs`: each worker takes the next unscored chunk until none is left.
    private func start(_ jobs: [CommentJob], diagnostics: Diagnostics) -> (DispatchGroup, ResultSlots, Int) {
        let size = BatchScorer.chunkSize
        let chunks = (jobs.count + size - 1) / size
        let results = ResultSlots(count: chunks)
        let next = ChunkCounter()
        let group = DispatchGroup()
        for scorer in scorers {
            let writer = self.writer
            DispatchQueue.global().async(group: group) {
                // Safe: this block is the only user of `scorer` until the group is waited on,
                // and chunk `c` (so `results[c]`) is taken by exactly one worker.
                while case let c = next.take(), c < chunks {
                    var text: [UInt8] = []
                    for i in (c * size)..<min(jobs.count, (c + 1) * size) {
                        let job = jobs[i]
                        do {
                            try scorer.setArticle(job.article)
                            var scored = try scorer.score(job.text, source: job.source, id: job.id, author: job.author)
                            scored.title = job.title
                            scored.append(to: &text, writer: writer)
                        } catch {
                            diagnostics.skip(error)
                        }
                    }
                    results.set(c, text)
                }
            }
        }
        return (group, results, jobs.count)
    }
}

/// Hands out chunk numbers 0, 1, 2, ... to whichever worker asks next.
final class ChunkCounter: Sendable {
    private let value = Atomic<Int>(0)
    func take() -> Int { value.wrappingAdd(1, ordering: .relaxed).oldValue }
}

/// One output slot per chunk. Safe to share: each slot is written by exactly one thread,
/// through a fixed buffer (an Array's copy-on-write check would race), and read after all
/// threads joined.
final class ResultSlots: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<[UInt8]>
    init(count: Int) { slots = .allocate(capacity: count); slots.initialize(repeating: []) }
    deinit { slots.deinitialize().deallocate() }
    func set(_ i: Int, _ value: [UInt8]) { slots[i] = value }
    var values: [[UInt8]] { Array(slots) }
}
