/// A cursor over one SQL statement's bytes: keywords, names, literals and punctuation, in
/// the dialects dumps are written in (MySQL's backslash escapes and backquoted names,
/// PostgreSQL's `E'...'`, SQLite's `replace('a\nb', '\n', char(10))` for line breaks).
struct SQLCursor {
    struct Failure: Error {
        let offset: Int
        let detail: String
    }

    private let b: [UInt8]
    private var i = 0
    private let backslashEscapes: Bool

    init(_ bytes: [UInt8], backslashEscapes: Bool) {
        b = bytes
        self.backslashEscapes = backslashEscapes
    }

    func failure(_ expected: String) -> Failure {
        Failure(
            offset: i, detail: i < b.count ? "expected \(expected)" : "the statement ends where \(expected) was due")
    }

    private static func isWord(_ c: UInt8) -> Bool {
        (c | 0x20) >= 97 && (c | 0x20) <= 122 || c >= 48 && c <= 57 || c == 95 || c == 36 || c >= 0x80
    }

    private mutating func skipSpace() { while i < b.count, SQLStatements.isSpace(b[i]) { i += 1 } }

    /// Whether the next word is `word` (letter case aside); moves past it if so.
    mutating func keyword(_ word: String) -> Bool {
        skipSpace()
        let w = Array(word.utf8)
        let n = w.count
        guard i + n <= b.count, i + n == b.count || !SQLCursor.isWord(b[i + n]),
            (0..<n).allSatisfy({ b[i + $0] | 0x20 == w[$0] | 0x20 })
        else { return false }
        i += n
        return true
    }

    /// Whether the next character is `c`; moves past it if so.
    mutating func punctuation(_ c: UInt8) -> Bool {
        skipSpace()
        guard i < b.count, b[i] == c else { return false }
        i += 1
        return true
    }

    /// A name, bare or quoted (`` `x` ``, `"x"`, `[x]`); of a dotted one (`public.comments`)
    /// the last part. A quoted name is never a keyword: `quoted` says so.
    mutating func name() -> String? { qualifiedName()?.name }

    mutating func qualifiedName() -> (name: String, quoted: Bool)? {
        var last: (name: String, quoted: Bool)?
        while true {
            skipSpace()
            guard i < b.count else { return last }
            let open = b[i]
            if open == 96 || open == 34 || open == 91 {
                let close: UInt8 = open == 91 ? 93 : open
                var bytes: [UInt8] = []
                i += 1
                while i < b.count {
                    if b[i] == close {
                        guard i + 1 < b.count, b[i + 1] == close, close != 93 else { break }
                        i += 1  // a doubled quote inside the name
                    }
                    bytes.append(b[i])
                    i += 1
                }
                i += 1
                last = (String(decoding: bytes, as: UTF8.self), true)
            } else {
                let start = i
                while i < b.count, SQLCursor.isWord(b[i]) { i += 1 }
                guard i > start else { return last }
                last = (String(decoding: b[start..<i], as: UTF8.self), false)
            }
            guard i < b.count, b[i] == 46 else { return last }
            i += 1
        }
    }

    /// Names in parentheses, after the "(": a statement's column list.
    mutating func names() throws(Failure) -> [String] {
        var names: [String] = []
        repeat {
            guard let name = name() else { throw failure("a column name") }
            names.append(name)
        } while punctuation(44)
        guard punctuation(41) else { throw failure("\")\" after the column names") }
        return names
    }

    /// Past one definition of a `CREATE TABLE`, up to the "," or ")" after it; the words it
    /// holds outside parentheses and quotes, in capitals ("INTEGER", "PRIMARY", "KEY").
    @discardableResult
    mutating func skipDefinition() throws(Failure) -> [String] {
        var depth = 0
        var words: [String] = []
        while i < b.count {
            let c = b[i]
            if c == 39 || c == 34 || c == 96 {
                _ = try quoted()
                continue
            }
            if depth == 0, SQLCursor.isWord(c) {
                let start = i
                while i < b.count, SQLCursor.isWord(b[i]) { i += 1 }
                words.append(String(decoding: b[start..<i], as: UTF8.self).uppercased())
                continue
            }
            if c == 40 { depth += 1 }
            if c == 41 {
                if depth == 0 { return words }
                depth -= 1
            }
            if c == 44, depth == 0 { return words }
            i += 1
        }
        return words
    }

    /// A row's values in parentheses, after the "(".
    mutating func values() throws(Failure) -> [JSONNode] {
        var values: [JSONNode] = []
        if punctuation(41) { return values }
        repeat { values.append(try value()) } while punctuation(44)
        guard punctuation(41) else { throw failure("\",\" or \")\" after a value") }
        return values
    }

    /// One value: a literal, NULL, or the few functions dumps write strings with; strings
    /// joined by `||`.
    mutating func value() throws(Failure) -> JSONNode {
        var v = try primary()
        while punctuation(124) {
            guard punctuation(124) else { throw failure("\"||\"") }
            let right = try primary()
            if case .string(let l) = v, case .string(let r) = right { v = .string(l + r) }
        }
        return v
    }

    private mutating func primary() throws(Failure) -> JSONNode {
        skipSpace()
        guard i < b.count else { throw failure("a value") }
        let c = b[i]
        if c == 39 { return .string(try quoted()) }
        if c == 45 || c == 43 || c == 46 || c >= 48 && c <= 57 { return number() }
        if c == 40 {
            i += 1
            let v = try value()
            guard punctuation(41) else { throw failure("\")\"") }
            return v
        }
        guard let word = qualifiedName(), !word.quoted else { throw failure("a value") }
        let upper = word.name.uppercased()
        skipSpace()
        if i < b.count, b[i] == 39 {
            // E'...' (escapes), N'...', _utf8mb4'...' read as text; X'...' is bytes, not text.
            let text = try quoted(escapes: upper == "E" ? true : nil)
            return upper == "X" || upper == "_BINARY" ? .null : .string(text)
        }
        if punctuation(40) { return try call(upper) }
        switch upper {
        case "TRUE": return .bool(true)
        case "FALSE": return .bool(false)
        default: return .null  // NULL, DEFAULT, a binary 0x... literal
        }
    }

    /// `replace(s, from, to)` and `char(n, ...)`, as SQLite writes line breaks; another
    /// function's first text argument.
    private mutating func call(_ function: String) throws(Failure) -> JSONNode {
        let args = try values()
        let texts = args.map { a -> String? in
            switch a {
            case .string(let s): s
            case .number(let n): n
            default: nil
            }
        }
        switch function {
        case "REPLACE" where texts.count == 3:
            guard let s = texts[0], let from = texts[1], let to = texts[2], !from.isEmpty else { return args[0] }
            return .string(s.replacing(from, with: to))
        case "CHAR", "CHR":
            let scalars = texts.compactMap { $0.flatMap(UInt32.init).flatMap(Unicode.Scalar.init) }
            return .string(String(String.UnicodeScalarView(scalars)))
        default:
            return args.first { if case .string = $0 { true } else { false } } ?? .null
        }
    }

    private mutating func number() -> JSONNode {
        let start = i
        i += 1
        while i < b.count, SQLCursor.isWord(b[i]) || b[i] == 46 || (b[i] == 45 || b[i] == 43) && b[i - 1] | 0x20 == 101
        {
            i += 1
        }
        let text = String(decoding: b[start..<i], as: UTF8.self)
        return text.lowercased().hasPrefix("0x") ? .null : .number(text)
    }

    /// The character a backslash and `e` stand for, as MySQL's strings and PostgreSQL's
    /// `COPY` rows write them: \n, \r, \t; \0, \Z, \b, \f, \v are control characters,
    /// no text; \% and \_ keep their backslash (MySQL); any other is itself (\', \\).
    static func unescape(_ e: UInt8, into out: inout [UInt8]) {
        switch e {
        case 110: out.append(10)
        case 114: out.append(13)
        case 116: out.append(9)
        case 48, 90, 98, 102, 118: return
        case 37, 95: out += [92, e]
        default: out.append(e)
        }
    }

    /// A quoted string at `i`: a doubled quote is one; backslash escapes where the dump
    /// writes them (`escapes` nil: the dialect's).
    private mutating func quoted(escapes: Bool? = nil) throws(Failure) -> String {
        let quote = b[i]
        let opened = i
        let backslash = (escapes ?? backslashEscapes) && quote != 96
        var out: [UInt8] = []
        i += 1
        while i < b.count {
            let c = b[i]
            i += 1
            if c == quote {
                guard i < b.count, b[i] == quote else { return String(decoding: out, as: UTF8.self) }
                i += 1
            } else if c == 92, backslash, i < b.count {
                SQLCursor.unescape(b[i], into: &out)
                i += 1
                continue
            }
            out.append(c)
        }
        throw Failure(offset: opened, detail: "a string opened here and never closed")
    }
}
