/// Which counts rows a moderator can read as evidence: words and word pairs, not
/// character grams ("~idi~"). One bit per row, so the whole set (30 KB for 230,000 rows)
/// stays in cache while reasons are picked.
struct ReadableRows: Sendable {
    private let bits: [UInt64]

    init(_ names: [String]) {
        var bits = [UInt64](repeating: 0, count: (names.count + 63) / 64)
        for (row, name) in names.enumerated() where name.utf8.first != UInt8(ascii: "~") {
            bits[row >> 6] |= 1 << UInt64(row & 63)
        }
        self.bits = bits
    }

    subscript(row: Int32) -> Bool {
        bits[Int(row) >> 6] & (1 << UInt64(row & 63)) != 0
    }
}
