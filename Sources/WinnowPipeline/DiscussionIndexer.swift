import Dispatch
import WinnowBayes
import WinnowText

/// Groups a batch of comment jobs into discussions (a thread, an article, an export's
/// thread) and counts each discussion's words, so that every comment can be weighed against
/// its own and the others (`Relevance`). One pass over the batch: each article and comment
/// is tokenized once, the comments on all `threads`.
struct DiscussionIndexer {
    let model: Model
    let threads: Int

    init(model: Model, threads: Int = 2) { (self.model, self.threads) = (model, max(1, threads)) }

    /// Sets `discussion` on every job that has a discussion key; a text the normalizer
    /// refuses is left out of the counts (the scorer names it).
    func index(_ jobs: inout [CommentJob]) {
        var builder = DiscussionsBuilder()
        let numbers = assign(&jobs, into: &builder)
        guard numbers.contains(where: { $0 != nil }) else { return }
        let words = commentWords(jobs, numbers)
        for part in words {
            for (k, range) in zip(part.jobs, part.ranges) {
                if let d = numbers[k] { builder.add(words: part.hashes[range], to: d) }
            }
        }
        let set = builder.finish(model: model)
        for k in jobs.indices { if let d = numbers[k] { jobs[k].discussion = (set, d) } }
    }

    /// Each job's discussion number (nil: it has none), starting a discussion, with its
    /// article's words, at the first job of each.
    private func assign(_ jobs: inout [CommentJob], into builder: inout DiscussionsBuilder) -> [Int?] {
        let normalizer = Normalizer(words: model.words)
        var byKey: [String: Int] = [:], articles: [String?] = [], tokens = TokenList()
        var numbers = [Int?](repeating: nil, count: jobs.count), last: (key: String, d: Int)?
        for k in jobs.indices {
            guard let key = jobs[k].discussionKey else { continue }
            let d: Int
            // Rows of one discussion mostly come together: one string comparison, not a hash
            // of a whole article per row.
            if let last, last.key == key {
                d = last.d
            } else if let known = byKey[key] {
                d = known
            } else {
                let article = jobs[k].article.flatMap { $0.isEmpty ? nil : $0 }
                let read = article.map { (try? normalizer.tokenize($0, into: &tokens)) != nil } ?? false
                d = builder.add(title: DiscussionIndexer.title(jobs[k]), article: read ? tokens : nil)
                byKey[key] = d
                articles.append(jobs[k].article)
            }
            last = (key, d)
            numbers[k] = d
            // One copy of each article for the whole batch, however many rows repeat it.
            jobs[k].article = articles[d]
        }
        return numbers
    }

    /// The distinct words of every comment that has a discussion, tokenized in `threads`
    /// interleaved parts.
    private func commentWords(_ jobs: [CommentJob], _ numbers: [Int?]) -> [CommentWords] {
        let box = PartBox(count: threads)
        DispatchQueue.concurrentPerform(iterations: threads) { part in
            let normalizer = Normalizer(words: model.words)
            var words = CommentWords(), tokens = TokenList()
            for k in stride(from: part, to: jobs.count, by: threads) where numbers[k] != nil {
                guard (try? normalizer.tokenize(jobs[k].text, into: &tokens)) != nil else { continue }
                words.add(tokens, job: k)
            }
            box.set(part, words)
        }
        return box.parts
    }

    /// A discussion's name in reasons: its title, else its thread's name, else the article's
    /// first words.
    static func title(_ job: CommentJob) -> String {
        if !job.title.isEmpty { return job.title }
        if let thread = job.thread, !thread.isEmpty { return thread }
        let first = (job.article ?? "").split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        return first.count > 60 ? String(first.prefix(57)) + "..." : first
    }
}

/// The distinct word hashes of some comments, back to back, sorted within each comment.
struct CommentWords: Sendable {
    var jobs: [Int] = [], ranges: [Range<Int>] = [], hashes: [UInt64] = []

    mutating func add(_ tokens: TokenList, job: Int) {
        let start = hashes.count
        for i in 0..<tokens.count where !Relevance.isPlaceholder(tokens, i) { hashes.append(tokens.hash(at: i)) }
        hashes[start...].sort()
        var end = start
        for i in start..<hashes.count where i == start || hashes[i] != hashes[end - 1] {
            hashes[end] = hashes[i]
            end += 1
        }
        hashes.removeSubrange(end...)
        jobs.append(job)
        ranges.append(start..<end)
    }
}

/// Each thread's part, handed back to the caller of `concurrentPerform`.
private final class PartBox: @unchecked Sendable {
    private(set) var parts: [CommentWords]
    private let lock = DispatchSemaphore(value: 1)

    init(count: Int) { parts = Array(repeating: CommentWords(), count: count) }

    func set(_ part: Int, _ words: CommentWords) {
        lock.wait()
        parts[part] = words
        lock.signal()
    }
}
