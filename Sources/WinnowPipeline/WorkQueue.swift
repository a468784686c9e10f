import Dispatch
import Synchronization

/// Chunks of comments handed from the reading thread to the scoring threads, and their
/// verdict rows handed back, numbered so they can be written in input order.
///
/// Every call is safe from any thread: the two lists sit behind one mutex, and the
/// semaphores only count what the lists hold.
final class WorkQueue: Sendable {
    private struct State {
        /// Chunks not yet taken, oldest first from `head`; nil tells a worker to stop.
        var pending: [(number: Int, jobs: [CommentJob])?] = []
        var head = 0
        var finished: [Int: (rows: [UInt8], count: Int)] = [:]
    }

    private let state = Mutex(State())
    /// Counts the entries of `pending` not yet taken.
    private let available = DispatchSemaphore(value: 0)
    /// Signalled once per finished chunk.
    private let done = DispatchSemaphore(value: 0)

    func push(_ number: Int, _ jobs: [CommentJob]) {
        state.withLock { $0.pending.append((number, jobs)) }
        available.signal()
    }

    /// Asks `workers` workers to stop once the chunks before this call are taken.
    func stop(workers: Int) {
        for _ in 0..<workers {
            state.withLock { $0.pending.append(nil) }
            available.signal()
        }
    }

    /// The next chunk, waiting for one; nil when the worker should stop.
    func next() -> (number: Int, jobs: [CommentJob])? {
        available.wait()
        return state.withLock { s in
            let item = s.pending[s.head]
            s.pending[s.head] = nil
            s.head += 1
            if s.head >= 64 {  // drop the taken entries now and then, not on every call
                s.pending.removeFirst(s.head)
                s.head = 0
            }
            return item
        }
    }

    func finish(_ number: Int, rows: [UInt8], count: Int) {
        state.withLock { $0.finished[number] = (rows, count) }
        done.signal()
    }

    /// Chunk `number`'s rows and comment count if it is finished (removed from the queue).
    func take(_ number: Int) -> (rows: [UInt8], count: Int)? {
        state.withLock { $0.finished.removeValue(forKey: number) }
    }

    /// Waits until some chunk finishes (or one finished since the last wait).
    func waitForFinished() { done.wait() }
}
