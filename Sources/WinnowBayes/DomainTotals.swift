/// Per domain: its two classes' summed counts, the features it saw, and (for the rarity
/// scale) their document frequencies, all from one pass over the counts.
struct DomainTotals {
    var pos: [Double], neg: [Double], seen: [Int]
    var frequencies: [[Double]]

    init(_ counts: ClassCounts, _ classes: [(pos: Int, neg: Int)], rarity: Bool) {
        let m = classes.count, k = counts.classes.count
        pos = Array(repeating: 0, count: m)
        neg = Array(repeating: 0, count: m)
        seen = Array(repeating: 0, count: m)
        frequencies = Array(repeating: [], count: m)
        for row in 0..<counts.featureCount {
            for (d, c) in classes.enumerated() {
                let p = counts.counts[row * k + c.pos], n = counts.counts[row * k + c.neg]
                pos[d] += Double(p)
                neg[d] += Double(n)
                if p + n > 0 {
                    seen[d] += 1
                    if rarity { frequencies[d].append(Double(p + n)) }
                }
            }
        }
    }
}
