/// What one page's comment widget prints around every author's name ("Goober [6]",
/// "Goober ✓", "#3 Goober"), learnt from the names its author lines give: a decoration no
/// rule or word list knows is dropped when most names carry one of the same shape.
struct NameDecoration: Sendable {
    /// Shapes of the tokens after the name and before it (`shape`), empty when none.
    var suffix: [String] = []
    var prefix: [String] = []

    /// Names a page needs before its decoration is learnt, and the share that must carry it.
    static let minimumNames = 3
    static let share = 0.7

    init(names: [String]) {
        guard names.count >= NameDecoration.minimumNames else { return }
        let tokens = names.map { $0.split(separator: " ") }
        suffix = NameDecoration.common(tokens.map { Array($0.reversed()) }).reversed()
        prefix = NameDecoration.common(tokens)
    }

    /// The name without the page's decoration, where it carries it and keeps a word.
    func strip(_ name: String) -> String {
        var words = name.split(separator: " ", omittingEmptySubsequences: false)
        let shapes = words.map(NameDecoration.shape)
        if !suffix.isEmpty, words.count > suffix.count, Array(shapes.suffix(suffix.count)) == suffix {
            words.removeLast(suffix.count)
        }
        if !prefix.isEmpty, words.count > prefix.count,
            Array(words.prefix(prefix.count).map(NameDecoration.shape)) == prefix
        {
            words.removeFirst(prefix.count)
        }
        return words.joined(separator: " ").trimmingCharacters(in: " ")
    }

    /// The longest run of one or two leading token shapes that most names share and that
    /// holds no word, else none. A name's own words open with a letter and hold no bracket,
    /// whatever else follows: "Smith", "K." (a page of "Firstname L."), "O'Brien",
    /// "Mary-Ann", "jo12"; not "verified)" of "(not verified)".
    static func common(_ tokens: [[Substring]]) -> [String] {
        for k in [2, 1] {
            var counts: [[String]: Int] = [:]
            for t in tokens where t.count > k { counts[t.prefix(k).map(shape), default: 0] += 1 }
            guard let (run, count) = counts.max(by: { $0.value < $1.value }),
                Double(count) >= share * Double(tokens.count), !run.contains(where: isWord)
            else { continue }
            return run
        }
        return []
    }

    static func isWord(_ shape: String) -> Bool {
        shape.hasPrefix("a") && !shape.contains(where: { "()[]{}<>".contains($0) })
    }

    /// A token's shape: runs of letters as "a", runs of digits as "9", anything else kept
    /// ("[65]" and "[6]" are both "[9]", "(verified)" is "(a)").
    static func shape(_ token: Substring) -> String {
        var out = ""
        for c in token {
            let mark: Character = c.isLetter ? "a" : c.isNumber ? "9" : c
            if mark == "a" || mark == "9", out.last == mark { continue }
            out.append(mark)
        }
        return out
    }
}
