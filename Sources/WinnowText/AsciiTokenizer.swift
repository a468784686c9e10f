/// The pure-Swift tokenizer for ASCII text, over UTF-8 bytes.
///
/// Splits on white space into chunks, recognises URLs, e-mail addresses and @mentions as
/// placeholders, then cuts each chunk into word pieces: letters and digits, with
/// apostrophes, masks (`*`) and leet symbols kept inside words, dotted acronyms
/// ("i.d.i.o.t") joined and numbers replaced by `<num>`.
package enum AsciiTokenizer {
    static let url = Array("<url>".utf8), email = Array("<email>".utf8)
    static let mention = Array("<mention>".utf8), number = Array("<num>".utf8)
    /// Markers of tone: shouting in capitals, exclamation and question marks.
    static let caps = Array("<caps>".utf8), exclaim = Array("<!>".utf8), question = Array("<?>".utf8)
    static let tlds: Set<[UInt8]> = Set(
        [
            "com", "net", "org", "info", "biz", "io", "ly", "co", "tv",
            "me", "ca", "uk", "us", "ru", "de", "xyz", "gl", "be"
        ]
        .map { Array($0.utf8) })

    package static func tokenize(_ b: UnsafeBufferPointer<UInt8>, into out: inout TokenList) {
        var i = 0
        let n = b.count
        // Tables read once per text: a static's accessor is a call each time.
        let table = ByteClass.table, kinds = AsciiTokenizer.kinds
        while i < n {
            while i < n, kinds[Int(b[i])] == space { i += 1 }
            let start = i
            var marks: UInt8 = 0
            while i < n, kinds[Int(b[i])] != space {
                marks |= kinds[Int(b[i])]
                i += 1
            }
            guard i > start else { continue }
            // Markdown is rare: kept out of `chunk`, which stays small enough to inline here.
            if _slowPath(marks & (linkMark | starMark) != 0) {
                markdownChunk(b, start, i, table, marks: marks, into: &out)
            } else {
                chunk(b, start, i, table, mayBePlaceholder: marks != 0, into: &out)
            }
        }
    }

    static let space: UInt8 = 1
    /// `space` for ASCII white space (tab, line feed, vertical tab, form feed, carriage
    /// return, space); `addressMark` for the bytes without which no chunk is a URL, e-mail
    /// address or @mention ('.', '/', '@'), `linkMark` for a Markdown link's ']',
    /// `starMark` for a mask's or emphasis's '*', noted while the chunk is found.
    static let kinds: [UInt8] = (0..<256).map { b in
        switch b {
        case 9...13, 32: space
        case 46, 47, 64: addressMark
        case 93: linkMark
        case 42: starMark
        default: 0
        }
    }
    static let addressMark: UInt8 = 2, linkMark: UInt8 = 4, starMark: UInt8 = 8

    static func chunk(
        _ b: UnsafeBufferPointer<UInt8>, _ s0: Int, _ e0: Int, _ table: [ByteClass],
        mayBePlaceholder: Bool, into out: inout TokenList
    ) {
        var s = s0, e = e0, exclaims = false, questions = false
        trim(b, &s, &e, &exclaims, &questions)
        defer {
            if exclaims { out.append(exclaim) }
            if questions { out.append(question) }
        }
        guard e > s else { return }
        if mayBePlaceholder, let placeholder = placeholder(b, s, e) {
            out.append(placeholder)
            return
        }
        if b[s] == UInt8(ascii: "#") { s += 1 }
        pieces(b, s, e, table, into: &out)
    }

    /// Moves `s` past opening and `e` before closing punctuation, noting `!` and `?`.
    @inline(__always)
    static func trim(
        _ b: UnsafeBufferPointer<UInt8>, _ s: inout Int, _ e: inout Int, _ exclaims: inout Bool,
        _ questions: inout Bool
    ) {
        while s < e, isOpener(b[s]) { s += 1 }
        while e > s, isCloser(b[e - 1]) {
            if b[e - 1] == UInt8(ascii: "!") { exclaims = true }
            if b[e - 1] == UInt8(ascii: "?") { questions = true }
            e -= 1
        }
    }

    static func isOpener(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: "["),
            UInt8(ascii: "{"), UInt8(ascii: "<"), UInt8(ascii: "`"), UInt8(ascii: "-"):
            true
        default: false
        }
    }

    static func isCloser(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"),
            UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\""), UInt8(ascii: "'"),
            UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: ">"),
            UInt8(ascii: "`"), UInt8(ascii: "-"):
            true
        default: false
        }
    }

    /// `<url>`, `<email>` or `<mention>` when the chunk is one of those.
    static func placeholder(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> [UInt8]? {
        // Most chunks are plain words: without '@', '/' or '.' none of the forms below can
        // match, and this tight scan is a third of the cost of the full one.
        var k = s
        while k < e, b[k] != UInt8(ascii: "."), b[k] != UInt8(ascii: "/"), b[k] != UInt8(ascii: "@") { k += 1 }
        if k == e { return nil }
        var at = -1, slash = false, lastDot = -1, colonSlash = false
        for k in s..<e {
            switch b[k] {
            case UInt8(ascii: "@"): if at < 0 { at = k }
            case UInt8(ascii: "/"):
                if k > s, b[k - 1] == UInt8(ascii: ":") { colonSlash = true }
                slash = true
            case UInt8(ascii: "."): if !slash { lastDot = k }
            default: break
            }
        }
        if colonSlash || startsWithWWW(b, s, e) { return url }
        if at == s, e - s >= 2, ByteClass.table[Int(b[s + 1])].isAlnum || b[s + 1] == 95 { return mention }
        if at > s, lastDot > at + 1, lastDot < e - 1 { return email }
        if lastDot > s, isDomain(b, lastDot + 1, e) { return url }
        return nil
    }

    static func startsWithWWW(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        e - s > 4 && (b[s] | 0x20) == 119 && (b[s + 1] | 0x20) == 119 && (b[s + 2] | 0x20) == 119
            && b[s + 3] == UInt8(ascii: ".")
    }

    static func isDomain(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        var tld: [UInt8] = []
        var k = s
        while k < e, ByteClass.table[Int(b[k])].isLetter, tld.count < 5 {
            tld.append(b[k] | 0x20)
            k += 1
        }
        return (k == e || b[k] == UInt8(ascii: "/")) && tlds.contains(tld)
    }
}
