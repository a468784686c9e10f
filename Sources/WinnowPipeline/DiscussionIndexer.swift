import Dispatch
import WinnowBayes
import WinnowText

/// Groups a batch of comment jobs into discussions (a thread, or an article and the comments
/// under it) and counts each discussion's words, so that every comment can be weighed against
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
        let (numbers, starts) = assign(&jobs, into: &builder)
        guard !starts.isEmpty else { return }
        for part in words(jobs, numbers, starts: Set(starts)) {
            let (articles, comments) = part
            for (i, k) in articles.jobs.enumerated() {
                if let d = numbers[k] {
                    builder.add(article: articles.hashes[articles.ranges[i]], total: articles.totals[i], to: d)
                }
            }
            for (i, k) in comments.jobs.enumerated() {
                if let d = numbers[k] {
                    builder.add(words: comments.hashes[comments.ranges[i]], total: comments.totals[i], to: d)
                }
            }
        }
        let set = builder.finish(model: model)
        for k in jobs.indices { if let d = numbers[k] { jobs[k].discussion = (set, d) } }
    }

    /// Each job's discussion number (nil: it has none), and the jobs that start one (their
    /// article is the discussion's).
    private func assign(_ jobs: inout [CommentJob], into builder: inout DiscussionsBuilder) -> ([Int?], [Int]) {
        // Keyed by a 64-bit hash of the key's bytes: hashing a whole article as a `String`
        // (Unicode normalization included) cost more than tokenizing it.
        var byKey: [UInt64: Int] = [:], articles: [String?] = [], starts: [Int] = []
        var numbers = [Int?](repeating: nil, count: jobs.count), last: (key: String, d: Int)?
        for k in jobs.indices {
            guard let key = jobs[k].discussionKey else { continue }
            let d: Int
            // Rows of one discussion mostly come together: one string comparison, not a hash
            // of a whole article per row.
            if let last, last.key == key {
                d = last.d
            } else {
                let hash = FeatureHash.string(key)
                if let known = byKey[hash] {
                    d = known
                } else {
                    d = builder.add(title: DiscussionIndexer.title(jobs[k]))
                    byKey[hash] = d
                    articles.append(jobs[k].article)
                    starts.append(k)
                }
            }
            last = (key, d)
            numbers[k] = d
            // One copy of each article for the whole batch, however many rows repeat it.
            jobs[k].article = articles[d]
        }
        return (numbers, starts)
    }

    /// The words of every article that starts a discussion (all of them) and of every
    /// comment that has one (distinct), tokenized in `threads` interleaved parts.
    private func words(_ jobs: [CommentJob], _ numbers: [Int?], starts: Set<Int>) -> [(
        articles: CommentWords, comments: CommentWords
    )] {
        let box = PartBox(count: threads)
        DispatchQueue.concurrentPerform(iterations: threads) { part in
            let normalizer = Normalizer(words: model.words)
            var articles = CommentWords(), comments = CommentWords(), tokens = TokenList()
            for k in stride(from: part, to: jobs.count, by: threads) where numbers[k] != nil {
                if starts.contains(k), let article = jobs[k].article, !article.isEmpty,
                    (try? normalizer.tokenize(article, into: &tokens)) != nil
                {
                    articles.add(tokens, job: k, distinct: false, background: model.background)
                }
                guard (try? normalizer.tokenize(jobs[k].text, into: &tokens)) != nil else { continue }
                comments.add(tokens, job: k, distinct: true, background: model.background)
            }
            box.set(part, (articles, comments))
        }
        return box.parts
    }

    /// A discussion's name in reasons: its title, else its thread's name, else the article's
    /// first words.
    static func title(_ job: CommentJob) -> String {
        if !job.title.isEmpty { return job.title }
        if let thread = job.thread, !thread.isEmpty { return thread }
        // The first line, from its first bytes only (an article may be one long line).
        let head = (job.article ?? "").utf8.prefix(256).prefix { $0 != 10 && $0 != 13 }
        let first = String(decoding: head, as: UTF8.self)
        return first.count > 60 ? String(first.prefix(57)) + "..." : first
    }
}

/// Each thread's part, handed back to the caller of `concurrentPerform`.
private final class PartBox: @unchecked Sendable {
    private(set) var parts: [(articles: CommentWords, comments: CommentWords)]
    private let lock = DispatchSemaphore(value: 1)

    init(count: Int) { parts = Array(repeating: (CommentWords(), CommentWords()), count: count) }

    func set(_ part: Int, _ words: (articles: CommentWords, comments: CommentWords)) {
        lock.wait()
        parts[part] = words
        lock.signal()
    }
}
