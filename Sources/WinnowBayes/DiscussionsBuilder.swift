import WinnowText

/// Counts the words of a batch's discussions as their articles and comments come, into the
/// flat tables `Discussions` reads: one open-addressing table keyed by (word, discussion),
/// no per-word dictionary (a comment's words cost a probe each).
package struct DiscussionsBuilder {
    var items: [Discussion] = []
    /// (word, discussion) -> row of the four arrays below.
    var cells = FeatureIndex()
    var cellWord: [UInt64] = [], cellDiscussion: [Int32] = [], articleCount: [Float] = [], threadCount: [Float] = []
    private var hashes: [UInt64] = []

    package init() {}

    /// Starts a discussion; returns its number.
    package mutating func add(title: String, article: TokenList? = nil) -> Int {
        let d = items.count
        items.append(Discussion(title: title))
        guard let article else { return d }
        hashes.removeAll(keepingCapacity: true)
        DiscussionsBuilder.words(of: article, distinct: false, into: &hashes)
        add(article: hashes[...], total: hashes.count, to: d)
        return d
    }

    /// Adds the article of discussion `d` by its words' hashes (every word, repeats too;
    /// `total` words in all, some of them too common to be given).
    package mutating func add(article words: ArraySlice<UInt64>, total: Int, to d: Int) {
        cells.reserveCapacity(cellWord.count + words.count)
        for h in words { articleCount[cell(h, d)] += 1 }
        items[d].articleTotal += Float(total)
    }

    /// Adds a comment to the thread of discussion `d`: each of its words once.
    package mutating func add(comment tokens: TokenList, to d: Int) {
        hashes.removeAll(keepingCapacity: true)
        DiscussionsBuilder.words(of: tokens, distinct: true, into: &hashes)
        add(words: hashes[...], total: hashes.count, to: d)
    }

    /// Appends the hashes of `tokens`' words (placeholders aside) to `hashes`: every word, or
    /// each distinct word once, sorted.
    package static func words(of tokens: TokenList, distinct: Bool, into hashes: inout [UInt64]) {
        let start = hashes.count
        for i in 0..<tokens.count where !Relevance.isPlaceholder(tokens, i) { hashes.append(tokens.hash(at: i)) }
        guard distinct else { return }
        hashes[start...].sort()
        var end = start
        for i in start..<hashes.count where i == start || hashes[i] != hashes[end - 1] {
            hashes[end] = hashes[i]
            end += 1
        }
        hashes.removeSubrange(end...)
    }

    /// Adds a comment to the thread of discussion `d` by its distinct word hashes (`total`
    /// distinct words in all, some of them too common to be given).
    package mutating func add(words: ArraySlice<UInt64>, total: Int, to d: Int) {
        for h in words { threadCount[cell(h, d)] += 1 }
        items[d].threadTotal += Float(total)
    }

    /// The batch's discussions; `model` gives every word's probability in ordinary language
    /// once, for all the comments that use it.
    package func finish(model: Model? = nil) -> Discussions { Discussions(self, model: model) }

    /// The row of (word `hash`, discussion `d`), made when new.
    private mutating func cell(_ hash: UInt64, _ d: Int) -> Int {
        let key = DiscussionsBuilder.key(hash, d)
        if let row = cells[key] { return Int(row) }
        let row = cellWord.count
        cells[key] = Int32(row)
        cellWord.append(hash)
        cellDiscussion.append(Int32(d))
        articleCount.append(0)
        threadCount.append(0)
        return row
    }

    /// One 64-bit key for a word in a discussion, mixed like the word hashes themselves.
    static func key(_ hash: UInt64, _ d: Int) -> UInt64 {
        FeatureHash.finalize(hash &+ UInt64(d + 1) &* 0x9e37_79b9_7f4a_7c15)
    }
}
