/// The authors of a page's comments so far, by the key a reply's opening "@name" gives
/// them: flat threads (YouTube's, the Guardian's, Disqus's) say whom a reply answers only so.
struct Addressees {
    /// Key -> the latest author with it, for the authors up to `keyed`.
    private var latest: [String: String] = [:]
    private var authors: [String] = []
    private var keyed = 0

    /// Keys are worked out when a reply asks: most pages never do.
    mutating func add(_ author: String) { authors.append(author) }

    private mutating func keyAll() {
        for author in authors[keyed...] {
            let k = Addressees.key(author)
            if !k.isEmpty { latest[k] = author }
        }
        keyed = authors.count
    }

    /// The earlier author `text` opens by addressing ("@MrsPemberton Plenty of people do",
    /// "@Janet Reilly, no"), other than `author`; nil when it addresses no one on the page.
    mutating func addressee(of text: String, author: String) -> String? {
        guard text.utf8.first == UInt8(ascii: "@"), !authors.isEmpty else { return nil }
        keyAll()
        // A display name may run to three words; the longest that names someone wins.
        let words = text.dropFirst().split(separator: " ", maxSplits: 3, omittingEmptySubsequences: false).prefix(3)
        for k in stride(from: words.count, through: 1, by: -1) {
            if let name = latest[Addressees.key(words.prefix(k).joined())], name != author { return name }
        }
        return nil
    }

    /// The earlier author a parent named by its handle is ("Replying to @janetreilly" ->
    /// "Janet Reilly"); the name as given when no one on the page has that key.
    mutating func author(named name: String) -> String {
        keyAll()
        return latest[Addressees.key(name)] ?? name
    }

    /// Letters and digits, lowercased: "@mrs_pemberton," and "MrsPemberton" meet.
    static func key<S: StringProtocol>(_ name: S) -> String {
        String(name.lowercased().filter { $0.isLetter || $0.isNumber })
    }
}
