/// Document frequencies of single words across all training comments, derived from the
/// counts (a row whose name has no space is a unigram).
public struct Background: Sendable {
    package var tokensPerDocument: Double = 1
    let counts: ClassCounts
    /// Training comments, all classes (at least 1).
    private let documents: Double
    /// The words in more than `commonShare` of comments: they say nothing about topic
    /// (`Relevance`), so a batch's discussions need not count them.
    private let common: FeatureIndex
    static let commonShare = 0.02

    init(counts: ClassCounts) {
        self.counts = counts
        let k = counts.classes.count, n = max(counts.documents.reduce(0, +), 1)
        var unigramMass = 0.0, common = FeatureIndex()
        for row in 0..<counts.featureCount where Background.isWord(counts.names[row]) {
            var df = 0.0
            for j in 0..<k { df += Double(counts.counts[row * k + j]) }
            unigramMass += df
            if df / n >= Background.commonShare { common[counts.hashes[row]] = 0 }
        }
        tokensPerDocument = unigramMass / n
        (self.common, documents) = (common, n)
    }

    /// The probability of the word `hash` in ordinary language, from its document frequency;
    /// nil when it is in more than `commonShare` of comments (it says nothing about topic).
    package func probability(_ hash: UInt64) -> Double? {
        let df = documentFrequency(hash)
        guard df / documents < Background.commonShare else { return nil }
        return (df + 0.5) / (documents + 1) / max(tokensPerDocument, 1)
    }

    /// Whether the word `hash` is in more than `commonShare` of comments.
    package func isCommon(_ hash: UInt64) -> Bool { common[hash] != nil }

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
