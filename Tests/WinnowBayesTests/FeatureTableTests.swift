import Testing
@testable import WinnowBayes

@Suite struct FeatureTableTests {
    /// splitmix64: well-mixed keys like the feature hashes, the same on every run.
    static func keys(_ n: Int, seed: UInt64) -> [UInt64] {
        var x = seed
        return (0..<n).map { _ in
            x &+= 0x9E37_79B9_7F4A_7C15
            var z = x
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Every stored hash is found with its row and weights (the filter turns none away),
    /// hashes never stored are not, and rows weighed 0 by every head are left out on request.
    @Test(arguments: [1, 37, 5000], [true, false])
    func storedHashesAreFoundAndOthersAreNot(_ n: Int, _ keepZeroRows: Bool) {
        let hashes = Self.keys(n, seed: 1), strangers = Self.keys(3 * n, seed: 2)
        let weights: [Float] = (0..<n).flatMap { row -> [Float] in row % 3 == 0 ? [0, 0] : [Float(row), -Float(row)] }
        let table = FeatureTable(hashes: hashes, weights: weights, heads: 2, keepZeroRows: keepZeroRows)
        let queries = strangers + hashes.reversed()
        var rows = [Int32](repeating: -1, count: queries.count), found = [Float](repeating: 0, count: 2 * queries.count)
        var sums = [0.0, 0.0]
        let known = queries.withUnsafeBufferPointer { q in
            rows.withUnsafeMutableBufferPointer { r in
                found.withUnsafeMutableBufferPointer { w in
                    sums.withUnsafeMutableBufferPointer { table.lookup(q, rows: r, weights: w, sums: $0) }
                }
            }
        }
        let expected = (0..<n).reversed().filter { keepZeroRows || $0 % 3 != 0 }
        #expect(rows[0..<known].map(Int.init) == expected)
        #expect((0..<known).allSatisfy { found[2 * $0] == Float(rows[$0]) || rows[$0] % 3 == 0 })
        #expect(sums[0] == expected.reduce(0.0) { $0 + ($1 % 3 == 0 ? 0 : Double($1)) })
        #expect(sums[1] == -sums[0])
    }
}
