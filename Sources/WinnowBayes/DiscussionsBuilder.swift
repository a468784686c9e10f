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
        for i in 0..<article.count where !Relevance.isPlaceholder(article, i) {
            articleCount[cell(article.hash(at: i), d)] += 1
            items[d].articleTotal += 1
        }
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
        for i in 0..<tokens.count where !Relevance.isPlaceholder(tokens, i) { hashes.append(tokens.hash(at: i)) }
        hashes.sort()
        var previous: UInt64?
        for h in hashes where h != previous {
            previous = h
            threadCount[cell(h, d)] += 1
            items[d].threadTotal += 1
        }
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
