/// Feature hash -> counts row and every head's weight, as a flat open-addressing table for
/// the scoring path.
///
/// Swift's `Dictionary` rehashes every key with a seeded SipHash; our keys are already
/// well-mixed 64-bit hashes, so a power-of-two table with linear probing answers a lookup
/// in one cache line. A slot holds the hash's high 32 bits as a fingerprint, the row, and
/// the heads' weights beside them: a feature costs one cache miss, where a separate weight
/// array cost a second. The table is at most a quarter full, so a lookup almost always
/// ends at its first slot and the probe's branches are predictable.
/// With the low bits choosing the slot, two features are confused only if 32 +
/// log2(capacity) bits agree, about once in 10^15 lookups.
struct FeatureTable: Sendable {
    /// Slot `s` is words `s * stride ..< (s + 1) * stride`: fingerprint, row + 1 (0: empty),
    /// then one weight per head as `Float` bits.
    private let slots: [UInt32]
    private let stride: Int
    private let heads: Int
    private let mask: Int
    /// One bit per (top bits of a) hash, set for every hash in the table: eight bits per
    /// row, so it stays in the first-level cache for the pruned tables of current models,
    /// and an unknown feature (a quarter of a comment's) is turned away without touching
    /// the slots, with about one chance in nine of passing anyway.
    private let filter: [UInt64]
    private let filterShift: UInt64

    /// `weights` is `[row * heads + head]`, one entry per head for each of `hashes`. Rows
    /// that every head weighs 0 are left out unless `keepZeroRows`: a smaller table is
    /// likelier to be in the cache.
    init(hashes: [UInt64], weights: [Float], heads: Int, keepZeroRows: Bool = true) {
        let kept =
            keepZeroRows
            ? Array(hashes.indices)
            : hashes.indices.filter { row in (0..<heads).contains { weights[row * heads + $0] != 0 } }
        var capacity = 16
        while capacity < kept.count * 4 { capacity <<= 1 }
        let stride = 2 + heads
        var slots = [UInt32](repeating: 0, count: capacity * stride)
        let mask = capacity - 1
        var filterBits = 512, shift: UInt64 = 55
        while filterBits < kept.count * 8 {
            filterBits <<= 1
            shift -= 1
        }
        var filter = [UInt64](repeating: 0, count: filterBits / 64)
        for row in kept {
            let h = hashes[row]
            var slot = Int(truncatingIfNeeded: h) & mask
            while slots[slot * stride + 1] != 0 { slot = (slot + 1) & mask }
            slots[slot * stride] = UInt32(truncatingIfNeeded: h >> 32)
            slots[slot * stride + 1] = UInt32(row + 1)
            for j in 0..<heads { slots[slot * stride + 2 + j] = weights[row * heads + j].bitPattern }
            let bit = Int(truncatingIfNeeded: h >> shift)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.slots = slots
        self.stride = stride
        self.heads = heads
        self.mask = mask
        self.filter = filter
        self.filterShift = shift
    }

    /// Writes the row of each known hash of `hashes`, in order, to the front of `rows` and
    /// its weights to `weights` (`[k * heads + head]`), adds them into `sums` (one per
    /// head), and returns how many hashes were known.
    func lookup(
        _ hashes: UnsafeBufferPointer<UInt64>, rows: UnsafeMutableBufferPointer<Int32>,
        weights: UnsafeMutableBufferPointer<Float>, sums: UnsafeMutableBufferPointer<Double>
    ) -> Int {
        filter.withUnsafeBufferPointer { filter in
            slots.withUnsafeBufferPointer { table in
                // Safe: `filter` has 2^(64 - filterShift) bits, so a hash's top bits index
                // it; `slot` is masked to the capacity and `table` holds capacity * stride
                // words; the table is at most a quarter full so every probe reaches an empty
                // slot; `rows` has room for every hash, `weights` for heads per hash and
                // `sums` one entry per head; `known` never passes `candidates`, which never
                // passes `i`.
                // First pass, without branches: the index of each hash that passes the
                // filter, to the front of `rows`. A branch here was a coin toss per feature.
                var candidates = 0
                for i in 0..<hashes.count {
                    let bit = Int(truncatingIfNeeded: hashes[i] >> filterShift)
                    rows[candidates] = Int32(truncatingIfNeeded: i)
                    candidates &+= Int(truncatingIfNeeded: (filter[bit &>> 6] &>> UInt64(bit & 63)) & 1)
                }
                var known = 0
                for c in 0..<candidates {
                    let h = hashes[Int(rows[c])], tag = UInt32(truncatingIfNeeded: h >> 32)
                    var slot = Int(truncatingIfNeeded: h) & mask
                    while true {
                        let base = slot &* stride
                        let row = table[base &+ 1]
                        if row == 0 { break }
                        if table[base] == tag {
                            rows[known] = Int32(bitPattern: row &- 1)
                            for j in 0..<heads {
                                let w = Float(bitPattern: table[base &+ 2 &+ j])
                                weights[known &* heads &+ j] = w
                                sums[j] += Double(w)
                            }
                            known &+= 1
                            break
                        }
                        slot = (slot &+ 1) & mask
                    }
                }
                return known
            }
        }
    }
}
