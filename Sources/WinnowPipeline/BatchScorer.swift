import Foundation
import WinnowBayes

/// Scores a stream of comments on several threads and writes verdict rows in input order.
///
/// The calling thread reads comments in chunks and queues them; each worker scores whole
/// chunks with its own `CommentScorer`; the calling thread writes finished chunks in order
/// as they come. Memory is bounded by the chunks in flight (`jobs x inFlightPerWorker` comments),
/// whatever the input size.
public final class BatchScorer {
    public struct Options: Sendable {
        /// Worker threads: by default one per core, so a bigger machine scores faster
        /// without being told (the reading thread shares them).
        public var jobs = Options.cores
        /// Comments in flight per worker, read but not yet written.
        public var inFlightPerWorker = 4096
        public var header = true
        public var raw = false
        public var quiet = false
        public init() {}

        /// How many workers `jobs` may ask for.
        public static let jobsRange = 1...256
        /// The cores this process may run on, within `jobsRange`.
        public static var cores: Int { min(max(ProcessInfo.processInfo.activeProcessorCount, 1), jobsRange.upperBound) }
    }

    private let scorers: [CommentScorer]
    private let options: Options
    private let writer: CSVWriter

    public init(model: Model, policy: VerdictPolicy, options: Options) {
        self.options = options
        scorers = (0..<max(1, options.jobs)).map { _ in CommentScorer(model: model, policy: policy) }
        writer = CSVWriter(raw: options.raw)
    }

    /// The verdict CSV's columns for this model.
    public var columns: VerdictColumns { scorers[0].columns }
    public var policy: VerdictPolicy { scorers[0].policy }

    /// Comments per unit of work: small enough that a worker slowed by the reading thread
    /// does not leave the other idle at the end, large enough that queueing is rare.
    static let chunkSize = 128

    /// Scores everything `sources` yield, in order, into `output` under one header; returns
    /// the number of rows written.
    ///
    /// Reading, scoring and writing overlap, with no pause between batches (a core sat
    /// idle at the end of every window when whole windows were waited for).
    @discardableResult
    public func run(_ sources: [CommentSource], into output: OutputFile, diagnostics: Diagnostics) throws -> Int {
        if options.header { try output.write(writer.row(columns.header)) }
        let progress = Progress(quiet: options.quiet)
        let queue = WorkQueue()
        let workers = start(queue, diagnostics: diagnostics)
        defer {
            queue.stop(workers: scorers.count)
            workers.wait()
        }
        let limit = max(2, scorers.count * options.inFlightPerWorker / BatchScorer.chunkSize)
        var sent = 0, written = 0, rows = 0
        func writeFinished() throws {
            while let chunk = queue.take(written) {
                try output.write(chunk.rows)
                written += 1
                rows += chunk.count
            }
        }
        // Comments of one discussion are weighed against its other comments (`DiscussionSource`).
        let source = DiscussionSource(sources, model: scorers[0].model, threads: scorers.count)
        while true {
            var jobs: [CommentJob] = []
            jobs.reserveCapacity(BatchScorer.chunkSize)
            while jobs.count < BatchScorer.chunkSize, let job = source.next() { jobs.append(job) }
            if jobs.isEmpty { break }
            while sent - written >= limit {
                queue.waitForFinished()
                try writeFinished()
            }
            queue.push(sent, jobs)
            sent += 1
            try writeFinished()
            progress.update(rows: rows, bytes: source.progress)
        }
        while written < sent {
            queue.waitForFinished()
            try writeFinished()
        }
        progress.finish(rows: rows)
        return rows
    }

    /// Starts one worker per scorer, each scoring chunks from `queue` until told to stop.
    private func start(_ queue: WorkQueue, diagnostics: Diagnostics) -> DispatchGroup {
        let group = DispatchGroup()
        for scorer in scorers {
            let writer = self.writer
            DispatchQueue.global().async(group: group) {
                // Safe: this block is the only user of `scorer` until the group is waited on.
                while let (number, jobs) = queue.next() {
                    var text: [UInt8] = []
                    for job in jobs {
                        do {
                            try scorer.score(job).append(to: &text, writer: writer)
                        } catch {
                            diagnostics.skip(error)
                        }
                    }
                    queue.finish(number, rows: text, count: jobs.count)
                }
            }
        }
        return group
    }
}
