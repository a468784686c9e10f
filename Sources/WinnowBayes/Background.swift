/// Document frequencies of single words across all training comments, derived from the
/// counts (a row whose name has no space is a unigram).
public struct Background: Sendable {
    package var tokensPerDocument: Double = 1
    let counts: ClassCounts

    init(counts: ClassCounts) {
        self.counts = counts
        let k = counts.classes.count
        var unigramMass = 0.0
        for row in 0..<counts.featureCount where Background.isWord(counts.names[row]) {
            for j in 0..<k { unigramMass += Double(counts.counts[row * k + j]) }
        }
        tokensPerDocument = unigramMass / max(counts.documents.reduce(0, +), 1)
    }

    /// A unigram row: no space (bigram) and not a character gram ("~abc~").
    static func isWord(_ name: String) -> Bool {
        var name = name
        // Over the contiguous bytes: the generic `utf8.contains` cost a fifth of model loading.
        return name.withUTF8 { b in b.first != UInt8(ascii: "~") && !b.contains(32) }
    }

    /// Weighted number of training comments that contain the word `hash`.
    func documentFrequency(_ hash: UInt64) -> Double {
        guard let row = counts.index[hash] else { return 0 }
        let k = counts.classes.count
        var s = 0.0
        for j in 0..<k { s += Double(counts.counts[Int(row) * k + j]) }
        return s
    }
}
