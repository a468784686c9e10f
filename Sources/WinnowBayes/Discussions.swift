#if canImport(Glibc)
    import Glibc
#else
    import Darwin
#endif
import WinnowText

/// The discussions of one batch (the articles or threads of one input file, a page),
/// so that a comment can be weighed against its own discussion and against the others: a
/// comment that reads like another discussion is off-topic where it sits.
public final class Discussions: Sendable {
    public let items: [Discussion]
    private let cells: FeatureIndex
    private let articleCount: [Float], threadCount: [Float]
    /// Per word, the discussions where it is most common (at most `postingLimit`, by share),
    /// as rows of `postingStart` into `postingList`: a comment is compared with the
    /// discussions its words point to, not with all of them.
    private let words: FeatureIndex
    private let postingStart: [Int32], postingList: [Int32]
    /// Per posting, λ·share / (1 − λ) of its discussion for the word: what the word adds to
    /// that discussion's evidence, log(1 + this / P(word)), beyond what a missing word costs.
    private let postingWeight: [Double]
    /// Per discussion, its mixture weight and log(1 − weight) at full size (`Relevance`).
    let lambda: [Double], logRest: [Double]
    /// Per word, its probability in ordinary language (−1: too common to say anything of
    /// topic), looked up once per batch rather than once per comment that uses it.
    private let background: [Double]
    /// Bounds the work per comment word however many discussions a batch holds.
    static let postingLimit = 4

    init(_ built: DiscussionsBuilder, model: Model?) {
        items = built.items
        (cells, articleCount, threadCount) = (built.cells, built.articleCount, built.threadCount)
        lambda = items.map { Relevance.weight($0.size()) }
        logRest = lambda.map { log(1 - $0) }
        // Cells grouped by word (a counting sort), then each word's best `postingLimit` kept.
        var words = FeatureIndex(), wordOfCell = [Int32](repeating: 0, count: built.cellWord.count)
        var sizes: [Int32] = []
        words.reserveCapacity(built.cellWord.count / 2)
        for (row, hash) in built.cellWord.enumerated() {
            let w: Int32
            if let known = words[hash] {
                w = known
            } else {
                w = Int32(sizes.count)
                words[hash] = w
                sizes.append(0)
            }
            wordOfCell[row] = w
            sizes[Int(w)] += 1
        }
        var first = [Int](repeating: 0, count: sizes.count + 1)
        for (w, n) in sizes.enumerated() { first[w + 1] = first[w] + Int(n) }
        var grouped = [Int32](repeating: 0, count: built.cellWord.count), fill = first
        for (row, w) in wordOfCell.enumerated() {
            grouped[fill[Int(w)]] = Int32(row)
            fill[Int(w)] += 1
        }
        var start: [Int32] = [0], list: [Int32] = [], weight: [Double] = []
        start.reserveCapacity(sizes.count + 1)
        for w in sizes.indices {
            var kept = grouped[first[w]..<first[w + 1]].map {
                (built.cellDiscussion[Int($0)], Discussions.share(built, row: Int($0)))
            }
            if kept.count > Discussions.postingLimit {
                kept = Array(
                    kept.sorted { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }.prefix(Discussions.postingLimit))
            }
            for (d, share) in kept {
                list.append(d)
                weight.append(lambda[Int(d)] * share / (1 - lambda[Int(d)]))
            }
            start.append(Int32(list.count))
        }
        (self.words, postingStart, postingList, postingWeight) = (words, start, list, weight)
        var background = [Double](repeating: .nan, count: sizes.count)
        if let model {
            for (row, w) in wordOfCell.enumerated() where background[Int(w)].isNaN {
                background[Int(w)] = model.background.probability(built.cellWord[row]) ?? -1
            }
        }
        self.background = background
    }

    /// One article and no thread: a comment under it is weighed against its words alone.
    public convenience init(article tokens: TokenList) {
        var builder = DiscussionsBuilder()
        _ = builder.add(title: "", article: tokens)
        self.init(builder, model: nil)
    }

    public var count: Int { items.count }

    /// The word `hash`'s number in the batch, and its probability in ordinary language when
    /// the batch was built with a model (−1: too common to count).
    func word(_ hash: UInt64) -> (number: Int32, background: Double?)? {
        guard let w = words[hash] else { return nil }
        let p = background[Int(w)]
        return (w, p.isNaN ? nil : p)
    }

    /// The postings of word number `w`: indices into `postingList` and `postingWeight`.
    func postings(word w: Int32) -> Range<Int> {
        w < 0 ? 0..<0 : Int(postingStart[Int(w)])..<Int(postingStart[Int(w) + 1])
    }

    func posting(_ k: Int) -> (discussion: Int, weight: Double) { (Int(postingList[k]), postingWeight[k]) }

    /// The share of discussion `d`'s words that are `hash`: the article's share and the
    /// thread's mixed (`Relevance.threadShare`, less for a short thread), the thread without
    /// the comment being scored when it is one of the thread's (`own`: its distinct words).
    func share(_ hash: UInt64, _ d: Int, leaving own: Float = 0, ownCount: Float = 0) -> Double {
        let row = cells[DiscussionsBuilder.key(hash, d)].map(Int.init)
        return Discussions.share(
            items[d], article: row.map { articleCount[$0] } ?? 0, thread: row.map { threadCount[$0] } ?? 0,
            leaving: own, ownCount: ownCount)
    }

    private static func share(_ built: DiscussionsBuilder, row: Int) -> Double {
        share(
            built.items[Int(built.cellDiscussion[row])], article: built.articleCount[row],
            thread: built.threadCount[row], leaving: 0, ownCount: 0)
    }

    static func share(_ item: Discussion, article: Float, thread: Float, leaving own: Float, ownCount: Float)
        -> Double
    {
        let threadTotal = Double(item.threadTotal - own)
        let fromThread = threadTotal > 0 ? Double(max(thread - ownCount, 0)) / threadTotal : 0
        guard item.articleTotal > 0 else { return fromThread }
        let fromArticle = Double(article) / Double(item.articleTotal)
        guard threadTotal > 0 else { return fromArticle }
        let mu = Relevance.threadShare * Relevance.known(threadTotal)
        return (1 - mu) * fromArticle + mu * fromThread
    }
}
