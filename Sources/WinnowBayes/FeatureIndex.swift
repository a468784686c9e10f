/// Feature hash -> counts row, for counting and for looking features up outside the
/// scoring table.
///
/// Open addressing with linear probing over the hashes themselves: they are already
/// well-mixed 64 bits, and Swift's `Dictionary` rehashed each with a seeded SipHash, which
/// was most of building the index of a loaded model and a large part of counting. Rows are
/// only ever added.
package struct FeatureIndex: Sendable, Equatable {
    private var keys: [UInt64] = []
    /// Row + 1 per slot; 0 marks an empty slot.
    private var slots: [Int32] = []
    private var mask = 0
    package private(set) var count = 0

    package init() {}

    package subscript(hash: UInt64) -> Int32? {
        get {
            guard count > 0 else { return nil }
            var slot = Int(truncatingIfNeeded: hash) & mask
            // The table is at most half full, so the probe reaches an empty slot.
            while slots[slot] != 0 {
                if keys[slot] == hash { return slots[slot] - 1 }
                slot = (slot + 1) & mask
            }
            return nil
        }
        set {
            guard let newValue else { preconditionFailure("rows are never removed from a feature index") }
            if (count + 1) * 2 > slots.count { grow(to: max(16, slots.count * 2)) }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 {
                if keys[slot] == hash {
                    slots[slot] = newValue + 1
                    return
                }
                slot = (slot + 1) & mask
            }
            keys[slot] = hash
            slots[slot] = newValue + 1
            count += 1
        }
    }

    /// Makes room for `n` entries without regrowing.
    package mutating func reserveCapacity(_ n: Int) {
        var capacity = max(16, slots.count)
        while capacity < n * 2 { capacity <<= 1 }
        if capacity > slots.count { grow(to: capacity) }
    }

    private mutating func grow(to capacity: Int) {
        let (oldKeys, oldSlots) = (keys, slots)
        keys = [UInt64](repeating: 0, count: capacity)
        slots = [Int32](repeating: 0, count: capacity)
        mask = capacity - 1
        for (key, row) in zip(oldKeys, oldSlots) where row != 0 {
            var slot = Int(truncatingIfNeeded: key) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            slots[slot] = row
        }
    }

    /// Equal when they map the same hashes to the same rows, whatever the slot layout.
    package static func == (a: FeatureIndex, b: FeatureIndex) -> Bool {
        guard a.count == b.count else { return false }
        return zip(a.keys, a.slots).allSatisfy { key, row in row == 0 || b[key] == row - 1 }
    }
}
