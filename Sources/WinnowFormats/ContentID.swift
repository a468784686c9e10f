/// An id for a comment that comes without one (a page's, an export's that omits them):
/// twelve hex digits of a hash of its author and text, so the same comment keeps its id
/// when it is read again with comments added or removed around it (and decisions made on
/// it still apply); a repeat gets "-2", "-3".
public enum ContentID {
    public static func make(author: String, text: String, seen: inout [String: Int]) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in author.utf8 + [0] + text.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        let hex = String(h >> 16, radix: 16)
        let base = String(repeating: "0", count: max(0, 12 - hex.count)) + hex
        seen[base, default: 0] += 1
        return seen[base] == 1 ? base : "\(base)-\(seen[base] ?? 1)"
    }
}
