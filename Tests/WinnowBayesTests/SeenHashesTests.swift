import Testing
@testable import WinnowBayes

@Suite struct SeenHashesTests {
    /// Deduplicating equals keeping each value's first occurrence, whatever the sizes
    /// (the set grows past its first table) and values (0 marks an empty slot inside).
    @Test(arguments: [0, 1, 7, 300, 5_000])
    func dedupeKeepsFirstOccurrencesInOrder(_ count: Int) {
        var seen = SeenHashes()
        var generator = SystemRandomNumberGenerator()
        for round in 0..<3 {  // reuse across comments must not leak earlier keys
            var hashes = (0..<count).map { _ in
                UInt64.random(in: 0...UInt64(max(count / 3, 1)), using: &generator) &* 0x9E37_79B9_7F4A_7C15
            }
            if round == 1 && count > 0 { hashes[0] = 0 }
            var expected: [UInt64] = [], set = Set<UInt64>()
            for h in hashes where set.insert(h).inserted { expected.append(h) }
            let kept = seen.dedupe(&hashes, count: hashes.count)
            #expect(Array(hashes[0..<kept]) == expected)
        }
    }
}
