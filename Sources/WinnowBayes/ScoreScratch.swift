/// Reusable buffers for scoring one comment at a time on one thread (see `Model.score`).
/// They only grow, so scoring allocates nothing in the steady state.
public struct ScoreScratch: Sendable {
    /// Feature hashes of the comment; room for the most a comment of its size can have.
    var hashes: [UInt64] = []
    /// The first `known` entries: the counts rows of the comment's features in the scoring
    /// table (every known feature, or those some head weighs; see `Model.init`).
    var found: [Int32] = []
    /// Every head's weight of each of those rows: `[i * heads + head]`.
    var weights: [Float] = []
    /// Per head, the sum of `weights`.
    var sums: [Double] = []
    var known = 0
    /// How many distinct features the comment has, known or not.
    var distinct = 0
    var seen = SeenHashes()

    public init() {}

    /// Makes room for `features` hashes and empties the sums.
    mutating func prepare(features: Int, heads: Int) {
        if hashes.count < features {
            let capacity = max(features, 2 * hashes.count, 512)
            hashes = [UInt64](repeating: 0, count: capacity)
            found = [Int32](repeating: -1, count: capacity)
        }
        if weights.count < found.count * heads { weights = [Float](repeating: 0, count: found.count * heads) }
        if sums.count != heads { sums = [Double](repeating: 0, count: heads) }
        for j in 0..<heads { sums[j] = 0 }
        known = 0
        distinct = 0
    }
}
