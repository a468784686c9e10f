/// Feature hash -> counts row and every head's weight, as a flat open-addressing table for
/// the scoring path.
///
/// Swift's `Dictionary` rehashes every key with a seeded SipHash; our keys are already
/// well-mixed 64-bit hashes, so a power-of-two table with linear probing answers a lookup
/// in one cache line. A slot holds the hash's high 32 bits as a fingerprint, the row, and
/// the heads' weights beside them: a feature costs one cache miss, where a separate weight
/// array cost a second. With the low bits choosing the slot, two features are confused
/// only if 32 + log2(capacity) bits agree, about once in 10^15 lookups.
struct FeatureTable: Sendable {
    /// Slot `s` is words `s * stride ..< (s + 1) * stride`: fingerprint, row + 1 (0: empty),
    /// then one weight per head as `Float` bits.
    private let slots: [UInt32]
    private let stride: Int
    private let heads: Int
    private let mask: Int

    /// `weights` is `[row * heads + head]`, one entry per head for each of `hashes`. Rows
    /// that every head weighs 0 are left out unless `keepZeroRows`: a smaller table is
    /// likelier to be in the cache.
    init(hashes: [UInt64], weights: [Float], heads: Int, keepZeroRows: Bool = true) {
        let kept = keepZeroRows ? Array(hashes.indices)
            : hashes.indices.filter { row in (0..<heads).contains { weights[row * heads + $0] != 0 } }
        var capacity = 16
        while capacity < kept.count * 2 { capacity <<= 1 }
        let stride = 2 + heads
        var slots = [UInt32](repeating: 0, count: capacity * stride)
        let mask = capacity - 1
        for row in kept {
            let h = hashes[row]
            var slot = Int(truncatingIfNeeded: h) & mask
            while slots[slot * stride + 1] != 0 { slot = (slot + 1) & mask }
            slots[slot * stride] = UInt32(truncatingIfNeeded: h >> 32)
            slots[slot * stride + 1] = UInt32(row + 1)
            for j in 0..<heads { slots[slot * stride + 2 + j] = weights[row * heads + j].bitPattern }
        }
        self.slots = slots
        self.stride = stride
        self.heads = heads
        self.mask = mask
    }

    /// Writes the row of each known hash of `hashes`, in order, to the front of `rows` and
    /// its weights to `weights` (`[k * heads + head]`), adds them into `sums` (one per
    /// head), and returns how many hashes were known.
    func lookup(_ hashes: UnsafeBufferPointer<UInt64>, rows: UnsafeMutableBufferPointer<Int32>,
                weights: UnsafeMutableBufferPointer<Float>, sums: UnsafeMutableBufferPointer<Double>) -> Int {
        slots.withUnsafeBufferPointer { table in
            // Safe: `slot` is masked to the capacity and `table` holds capacity * stride
            // words; the table is at most half full so every probe reaches an empty slot;
            // `rows` has room for every hash, `weights` for heads per hash and `sums` one
            // entry per head; `known` never passes `i`.
            // First pass: the row word of each hash's home slot. These loads do not depend
            // on each other, so the CPU keeps many cache misses in flight at once; the
            // probe loop below, whose branches wait on each load, then mostly hits the
            // cache, and a hash whose home slot is empty needs no second look.
            for i in 0..<hashes.count {
                rows[i] = Int32(bitPattern: table[(Int(truncatingIfNeeded: hashes[i]) & mask) * stride + 1])
            }
            var known = 0
            for i in 0..<hashes.count where rows[i] != 0 {
                let h = hashes[i], tag = UInt32(truncatingIfNeeded: h >> 32)
                var slot = Int(truncatingIfNeeded: h) & mask
                while true {
                    let base = slot * stride
                    let row = table[base + 1]
                    if row == 0 { break }
                    if table[base] == tag {
                        rows[known] = Int32(bitPattern: row) - 1
                        for j in 0..<heads {
                            let w = Float(bitPattern: table[base + 2 + j])
                            weights[known * heads + j] = w
                            sums[j] += Double(w)
                        }
                        known += 1
                        break
                    }
                    slot = (slot + 1) & mask
                }
            }
            return known
        }
    }
}
