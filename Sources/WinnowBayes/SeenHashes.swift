/// The distinct feature hashes of one comment, found with a small open-addressing set.
///
/// A comment has a few hundred features; a table of twice that many 8-byte keys stays in
/// the L1 cache, so deduplicating costs a few nanoseconds per feature, where marking
/// rows in a model-sized array cost a cache miss per feature. Reused from comment to
/// comment; emptied by clearing only the slots the last comment used.
struct SeenHashes {
    private var keys: [UInt64] = []
    /// The slots the last comment filled: the first `usedCount` entries (sized with `keys`,
    /// written through a pointer: an append per feature cost a uniqueness check each).
    private var used: [Int32] = []
    private var usedCount = 0
    private var mask = 0
    /// Whether the hash 0 (which marks an empty slot) was seen.
    private var sawZero = false

    /// Removes repeats from the first `count` of `hashes` in place, keeping each hash's
    /// first position; returns how many distinct hashes now lead the array.
    mutating func dedupe(_ hashes: inout [UInt64], count: Int) -> Int {
        prepare(for: count)
        var kept = 0
        var filled = 0
        hashes.withUnsafeMutableBufferPointer { h in
            keys.withUnsafeMutableBufferPointer { table in
                used.withUnsafeMutableBufferPointer { slots in
                    // Safe: slots are masked to the table size, which is at least twice
                    // `count`, so every probe reaches an empty slot or the key; `count` is
                    // within `h`, and `kept` never passes the read index `i`; `slots` is as
                    // long as `table` and `filled` counts distinct keys, at most `count`.
                    for i in 0..<count {
                        let key = h[i]
                        if key == 0 {
                            if sawZero { continue }
                            sawZero = true
                        } else {
                            var slot = Int(truncatingIfNeeded: key ^ key >> 29) & mask
                            var repeated = false
                            while table[slot] != 0 {
                                if table[slot] == key {
                                    repeated = true
                                    break
                                }
                                slot = (slot + 1) & mask
                            }
                            if repeated { continue }
                            table[slot] = key
                            slots[filled] = Int32(slot)
                            filled += 1
                        }
                        h[kept] = key
                        kept += 1
                    }
                }
            }
        }
        usedCount = filled
        return kept
    }

    /// Empties the slots of the previous comment and sizes the table for `count` keys.
    private mutating func prepare(for count: Int) {
        var capacity = 256
        while capacity < count * 2 { capacity <<= 1 }
        if capacity > keys.count {
            keys = [UInt64](repeating: 0, count: capacity)
            used = [Int32](repeating: 0, count: capacity)
            mask = capacity - 1
        } else {
            keys.withUnsafeMutableBufferPointer { table in
                // Safe: `used` holds slots of this same table.
                for slot in used[..<usedCount] { table[Int(slot)] = 0 }
            }
        }
        usedCount = 0
        sawZero = false
    }
}
