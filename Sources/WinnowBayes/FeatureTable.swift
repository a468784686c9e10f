/// Feature hash -> counts row, as a flat open-addressing table for the scoring path.
///
/// Swift's `Dictionary` rehashes every key with a seeded SipHash; our keys are already
/// well-mixed 64-bit hashes, so a power-of-two table with linear probing answers a lookup
/// in one cache line. A slot stores the hash's high 32 bits as a fingerprint beside the
/// row (8 bytes instead of 16): with the low bits choosing the slot, two features are
/// confused only if 32 + log2(capacity) bits agree, about once in 10^15 lookups.
struct FeatureTable: Sendable {
    private let slots: [UInt64]  // fingerprint << 32 | (row + 1); 0 is empty
    private let mask: Int

    init(hashes: [UInt64]) {
        var capacity = 16
        while capacity < hashes.count * 2 { capacity <<= 1 }
        var slots = [UInt64](repeating: 0, count: capacity)
        let mask = capacity - 1
        for (row, h) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: h) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = (h >> 32) << 32 | UInt64(row + 1)
        }
        self.slots = slots
        self.mask = mask
    }

    /// Writes the row of each hash in `hashes` (or -1) into `rows`.
    func rows(of hashes: UnsafeBufferPointer<UInt64>, into rows: UnsafeMutableBufferPointer<Int32>) {
        slots.withUnsafeBufferPointer { table in
            // Safe: `slot` is masked to the table size, the table is at most half full so
            // every probe reaches an empty slot, and `rows` has room for every hash.
            // The loads of different hashes do not depend on each other, so the CPU can
            // overlap their cache misses.
            for i in 0..<hashes.count {
                let h = hashes[i], tag = h >> 32
                var slot = Int(truncatingIfNeeded: h) & mask
                var found: Int32 = -1
                while true {
                    let s = table[slot]
                    if s == 0 { break }
                    if s >> 32 == tag {
                        found = Int32(truncatingIfNeeded: s & 0xFFFF_FFFF) - 1
                        break
                    }
                    slot = (slot + 1) & mask
                }
                rows[i] = found
            }
        }
    }
}
