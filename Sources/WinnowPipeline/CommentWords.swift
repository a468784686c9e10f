import WinnowBayes
import WinnowText

/// The word hashes of some texts, back to back: every word, or each distinct word once
/// (sorted within each text); words too common to say anything of topic are counted in the
/// text's total but not kept.
struct CommentWords: Sendable {
    var jobs: [Int] = [], ranges: [Range<Int>] = [], totals: [Int] = [], hashes: [UInt64] = []

    mutating func add(_ tokens: TokenList, job: Int, distinct: Bool, background: Background) {
        let start = hashes.count
        DiscussionsBuilder.words(of: tokens, distinct: distinct, into: &hashes)
        totals.append(hashes.count - start)
        var kept = start
        for i in start..<hashes.count where !background.isCommon(hashes[i]) {
            hashes[kept] = hashes[i]
            kept += 1
        }
        hashes.removeSubrange(kept...)
        jobs.append(job)
        ranges.append(start..<kept)
    }
}
