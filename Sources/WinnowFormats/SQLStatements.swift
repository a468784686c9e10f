/// The statements of a SQL dump, one at a time with the line each starts on: a `;` outside
/// quotes and comments ends one. Lines come from a `LineStream`, so a dump of gigabytes is
/// held a statement at a time (mysqldump writes a few hundred rows to a statement).
final class SQLStatements {
    let lines: LineStream
    /// MySQL's dumps escape a quote inside a string with a backslash (`'it\'s'`); standard
    /// SQL (PostgreSQL, SQLite) doubles it and keeps backslashes as they are.
    let backslashEscapes: Bool
    private var ready: [(bytes: [UInt8], line: Int)] = []
    private var readyIndex = 0
    private var current: [UInt8] = []
    private var startLine = 0
    /// The quote a string or a quoted name is open with (0: none), a backslash just read
    /// inside it, a `/* */` comment open.
    private var quote: UInt8 = 0
    private var escaped = false
    private var inComment = false

    init(_ lines: LineStream, backslashEscapes: Bool) {
        self.lines = lines
        self.backslashEscapes = backslashEscapes
    }

    /// The next statement (its `;` left out), or nil at the end of the dump.
    func next() throws(FormatError) -> (bytes: [UInt8], line: Int)? {
        while true {
            if readyIndex < ready.count {
                defer { readyIndex += 1 }
                return ready[readyIndex]
            }
            (ready, readyIndex) = ([], 0)
            guard let line = try lines.next() else {
                guard current.contains(where: { !SQLStatements.isSpace($0) }) else { return nil }
                ready.append((current, startLine))
                current = []
                continue
            }
            scan(line)
        }
    }

    /// The data lines of a `COPY ... FROM stdin` after its statement, up to `\.`.
    func copyLine() throws(FormatError) -> ArraySlice<UInt8>? {
        guard let line = try lines.next(), !line.elementsEqual([92, 46]) else { return nil }
        return line
    }

    static func isSpace(_ c: UInt8) -> Bool { c == 32 || c == 9 || c == 10 || c == 13 }

    private func scan(_ line: ArraySlice<UInt8>) {
        var k = line.startIndex
        if current.isEmpty { startLine = lines.line }
        let stopsAtBackslash = backslashEscapes
        while k < line.endIndex {
            if quote != 0, !escaped {
                // Inside a string (most of a dump's bytes): up to its closing quote or an
                // escape at once, rather than a byte at a time.
                var j = k
                let escapes = stopsAtBackslash && quote != 96
                while j < line.endIndex, line[j] != quote, !(escapes && line[j] == 92) { j += 1 }
                current.append(contentsOf: line[k..<j])
                k = j
                if k == line.endIndex { break }
            }
            let c = line[k]
            k += 1
            if inComment {
                if c == 42, k < line.endIndex, line[k] == 47 { (inComment, k) = (false, k + 1) }
                continue
            }
            if quote != 0 {
                current.append(c)
                if escaped {
                    escaped = false
                } else if c == 92, backslashEscapes, quote != 96 {
                    escaped = true
                } else if c == quote {
                    quote = 0
                }
                continue
            }
            let next: UInt8 = k < line.endIndex ? line[k] : 0
            if c == 45 && next == 45 || c == 35 && backslashEscapes { break }  // "-- ..." or MySQL's "# ..."
            if c == 47 && next == 42 {
                (inComment, k) = (true, k + 1)
                continue
            }
            if c == 59 {
                if current.contains(where: { !SQLStatements.isSpace($0) }) { ready.append((current, startLine)) }
                current = []
                startLine = lines.line
                continue
            }
            if c == 39 || c == 34 || c == 96 { quote = c }
            if current.isEmpty, SQLStatements.isSpace(c) { continue }
            if current.isEmpty { startLine = lines.line }
            current.append(c)
        }
        // A line break inside a string is part of it; elsewhere it parts words.
        if !current.isEmpty { current.append(10) }
    }
}
