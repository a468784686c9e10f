/// Per domain: its two classes' summed counts, the number of features it saw, and (for
/// the rarity scale) how many features have each document frequency, in one pass over
/// the counts. Flat arrays behind pointers: an append or increment through nested arrays
/// for every feature and domain was a tenth of loading a model.
struct DomainTotals {
    var pos: [Double], neg: [Double], seen: [Int]
    /// `[domain * RarityScale.tableSize + df]`: features with that whole frequency.
    var histogram: [Int]
    /// Per domain, the frequencies the histogram has no place for.
    var rest: [[Double]]

    init(_ counts: ClassCounts, _ classes: [(pos: Int, neg: Int)], rarity: Bool) {
        let m = classes.count, k = counts.classes.count, size = RarityScale.tableSize
        var pos = [Double](repeating: 0, count: m), neg = pos, seen = [Int](repeating: 0, count: m)
        var histogram = [Int](repeating: 0, count: rarity ? m * size : 0)
        var rest = [[Double]](repeating: [], count: m)
        counts.counts.withUnsafeBufferPointer { c in
            pos.withUnsafeMutableBufferPointer { pos in
                neg.withUnsafeMutableBufferPointer { neg in
                    seen.withUnsafeMutableBufferPointer { seen in
                        histogram.withUnsafeMutableBufferPointer { histogram in
                            // Safe: rows are below featureCount and classes below k, so
                            // every index is inside `c`; d < m; the histogram index is
                            // checked against the table size.
                            for row in 0..<counts.featureCount {
                                for d in 0..<m {
                                    let p = c[row * k + classes[d].pos], n = c[row * k + classes[d].neg]
                                    pos[d] += Double(p)
                                    neg[d] += Double(n)
                                    guard p + n > 0 else { continue }
                                    seen[d] += 1
                                    guard rarity else { continue }
                                    if let i = RarityScale.bin(Double(p + n)) {
                                        histogram[d * size + i] += 1
                                    } else {
                                        rest[d].append(Double(p + n))
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        (self.pos, self.neg, self.seen, self.histogram, self.rest) = (pos, neg, seen, histogram, rest)
    }

    /// Domain `d`'s rarity scale.
    func rarity(_ d: Int, power: Double, documents: Double) -> RarityScale {
        let size = RarityScale.tableSize
        return RarityScale(
            power: power, documents: documents, histogram: histogram[(d * size)..<((d + 1) * size)], rest: rest[d])
    }
}
