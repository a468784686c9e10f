extension WordList {
    /// Pseudo-count of the smoothing that draws a candidate's pair counts toward what its
    /// own frequency and its neighbour's would give by chance.
    static let contextPrior = 3.0
    /// A mask is read from its neighbours when one word holds this share of its shape's
    /// weight once they are counted.
    static let contextShare = 0.65

    /// The word of a mask's shape that its neighbours (token hashes; nil where there is
    /// none or it is itself a mask) make likeliest, when it holds `contextShare` of the
    /// shape's weight: each word's frequency times, per neighbour, how often the pair is
    /// seen per comment holding the word ("hey a*****e": asshole; "the a*****e": article).
    /// `civil`, from civil comments' counts alone. Nil without a known neighbour or a
    /// dominant word.
    func unmask(shape: UInt32, before: UInt64?, after: UInt64?, civil: Bool = false) -> ShapeWord? {
        guard documentCounts != nil, let words = shapeWords[shape] else { return nil }
        let known = (before.flatMap { neighbourFrequency($0, civil) }, after.flatMap { neighbourFrequency($0, civil) })
        guard known.0 != nil || known.1 != nil else { return nil }
        let comments = civil ? civilTotal : totalFrequency
        var best: ShapeWord?, bestWeight = 0.0, total = 0.0
        for w in words {
            let hash = FeatureHash.bytes(w.word[...])
            let f = civil ? w.ordinary : w.frequency
            guard f > 0 else { continue }
            var weight = f
            if let before, let frequency = known.0 {
                weight *= likelihood(pairCount(FeatureHash.pair(before, hash), civil), f, frequency, comments)
            }
            if let after, let frequency = known.1 {
                weight *= likelihood(pairCount(FeatureHash.pair(hash, after), civil), f, frequency, comments)
            }
            total += weight
            if weight > bestWeight { (best, bestWeight) = (w, weight) }
        }
        guard total > 0, bestWeight >= WordList.contextShare * total else { return nil }
        return best
    }

    private func pairCount(_ pair: UInt64, _ civil: Bool) -> Double {
        guard let p = documentCounts?(pair) else { return 0 }
        return civil ? p.civil : p.all
    }

    /// How often a candidate meets its neighbour, per comment holding the candidate,
    /// smoothed toward what the two words' frequencies give by chance (`total` of them).
    private func likelihood(_ pair: Double, _ frequency: Double, _ neighbour: Double, _ total: Double) -> Double {
        let chance = frequency * neighbour / total
        return (pair + WordList.contextPrior * chance) / (frequency + WordList.contextPrior)
    }

    private func neighbourFrequency(_ hash: UInt64, _ civil: Bool) -> Double? {
        guard let n = documentCounts?(hash) else { return nil }
        let f = civil ? n.civil : n.all
        return f > 0 ? f : nil
    }
}
