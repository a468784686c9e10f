import Testing
@testable import WinnowBayes

@Suite struct FeatureIndexTests {
    /// Through several regrowths: every hash finds its row, others find none, and a hash
    /// set again takes its new row.
    @Test(arguments: [1, 9, 1000, 40_000])
    func everyHashFindsItsRowAcrossGrowth(_ n: Int) {
        let hashes = FeatureTableTests.keys(n, seed: 3), strangers = FeatureTableTests.keys(n, seed: 4)
        var index = FeatureIndex()
        for (row, h) in hashes.enumerated() { index[h] = Int32(row) }
        #expect(index.count == n)
        #expect(hashes.indices.allSatisfy { index[hashes[$0]] == Int32($0) })
        #expect(strangers.allSatisfy { index[$0] == nil })
        index[hashes[0]] = 77
        #expect(index[hashes[0]] == 77 && index.count == n)
    }

    @Test func hashZeroIsAKeyLikeAnyOther() {
        var index = FeatureIndex()
        #expect(index[0] == nil)
        index[0] = 5
        #expect(index[0] == 5)
    }

    /// Equality is by content: the order of insertion (and so the slots) does not matter.
    @Test func indexesWithTheSameEntriesAreEqualWhateverTheOrder() {
        let hashes = FeatureTableTests.keys(500, seed: 5)
        var forward = FeatureIndex(), backward = FeatureIndex(), reserved = FeatureIndex()
        reserved.reserveCapacity(500)
        for (row, h) in hashes.enumerated() {
            forward[h] = Int32(row)
            reserved[h] = Int32(row)
        }
        for (row, h) in hashes.enumerated().reversed() { backward[h] = Int32(row) }
        #expect(forward == backward && forward == reserved)
        backward[hashes[7]] = 9
        #expect(forward != backward)
    }
}
