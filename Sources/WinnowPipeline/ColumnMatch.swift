/// The column a user most likely meant when the one they named is not in a header.
public enum ColumnMatch {
    /// The same name but for case, else the nearest by edit distance when it is within
    /// a third of the name's length (a typo, not another column).
    public static func closest(to name: String, in columns: [String]) -> String? {
        let wanted = Array(name.lowercased())
        if let same = columns.first(where: { $0.lowercased() == name.lowercased() }) { return same }
        let scored = columns.map { ($0, distance(wanted, Array($0.lowercased()))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(1, wanted.count / 3) else { return nil }
        return best.0
    }

    /// Levenshtein distance (header names are short).
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
