extension AsciiTokenizer {
    /// What one word piece held, for the leet and number decisions.
    struct PieceShape {
        var letters = 0, digits = 0, symbols = 0, stars = 0, upper = 0
        var digitsPrefix = 0, dots = 0
        /// Switches between letters and digits: "10am" and "mp3" have one, "1d10t" three.
        var switches = 0
        var lastWasDigit: Bool? = nil

        mutating func note(digit: Bool) {
            if let last = lastWasDigit, last != digit { switches += 1 }
            lastWasDigit = digit
        }
    }

    /// Cuts `b[s..<e]` (one chunk, no white space) into word tokens.
    static func pieces(
        _ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, _ table: [ByteClass],
        into out: inout TokenList
    ) {
        var p = s
        while p < e {
            while p < e, !startsPiece(b, p, e, table) { p += 1 }
            guard p < e else { return }
            if let next = plainWord(b, p, e, table, &out) {
                p = next
                continue
            }
            let tokenStart = out.openTokenStart
            var shape = PieceShape()
            p = scanPiece(b, p, e, table, &shape, &out)
            finish(tokenStart, shape, &out)
        }
    }

    /// The common piece, letters only and ended by the chunk's end or a byte that ends any
    /// piece ("Hello," "world."): appended in one copy, lowercased in place and closed,
    /// as `scanPiece` and `finish` would. Returns where scanning goes on, or nil, having
    /// written nothing, for any other piece.
    @inline(__always)
    static func plainWord(
        _ b: UnsafeBufferPointer<UInt8>, _ p: Int, _ e: Int, _ table: [ByteClass],
        _ out: inout TokenList
    ) -> Int? {
        var q = p, upper = 0, stretched = false
        while q < e, table[Int(b[q])].isLetter {
            if b[q] < 97 { upper += 1 }
            // A third equal letter in a row: `LeetFolder.fold` has a stretch to collapse.
            if q - p >= 2, (b[q] | 0x20) == (b[q - 1] | 0x20), (b[q] | 0x20) == (b[q - 2] | 0x20) { stretched = true }
            q += 1
        }
        guard q > p else { return nil }
        if q < e {
            switch table[Int(b[q])] {
            case .other, .comma: break
            case .dot where q - p >= 2: break  // "u.s.a" continues through its dots
            default: return nil  // digits, apostrophes, masks and leet symbols may continue it
            }
        }
        let start = out.bytes.count
        out.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: b[p..<q]))
        if upper > 0 {
            out.bytes.withUnsafeMutableBufferPointer { bytes in
                // Safe: the q - p bytes just appended.
                for k in start..<(start + q - p) { bytes[k] |= 0x20 }
            }
        }
        if stretched {
            let end = LeetFolder.fold(&out.bytes, start..<out.bytes.count, leet: false)
            out.bytes.removeSubrange(end...)
        }
        out.closeToken()
        if upper >= 3, upper == q - p { out.append(caps) }
        return q < e ? q + 1 : e
    }

    @inline(__always)
    static func startsPiece(_ b: UnsafeBufferPointer<UInt8>, _ p: Int, _ e: Int, _ table: [ByteClass]) -> Bool {
        let cls = table[Int(b[p])]
        if cls.isAlnum { return true }
        // A mask or leet symbol may open a word ("*ss", "$hit", "@ss") when a letter follows.
        if cls == .star || cls == .leet { return p + 1 < e && table[Int(b[p + 1])].isLetter }
        return false
    }

    /// Scans one piece starting at `p`, appending its bytes; returns where it stopped.
    static func scanPiece(
        _ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ e: Int,
        _ table: [ByteClass], _ shape: inout PieceShape,
        _ out: inout TokenList
    ) -> Int {
        var p = start
        while p < e {
            let c = b[p]
            let next: ByteClass = p + 1 < e ? table[Int(b[p + 1])] : .space
            switch table[Int(c)] {
            case .upper, .lower:
                shape.note(digit: false)
                shape.letters += 1
                if c < 97 { shape.upper += 1 }
                out.bytes.append(c | 0x20)
            case .digit:
                if shape.letters == 0 { shape.digitsPrefix += 1 }
                shape.note(digit: true)
                shape.digits += 1
                out.bytes.append(c)
            case .apostrophe:
                // "don't" -> "dont": an apostrophe between letters joins, elsewhere it ends.
                guard shape.letters > 0, next.isLetter else { return p + 1 }
            case .star:
                guard shape.letters > 0 || next.isLetter else { return p + 1 }
                out.bytes.append(c)  // the number of stars is the masked word's length
                shape.stars += 1
            case .innerMask:
                guard isInnerMask(b, p, e, shape) else { return p + 1 }
                out.bytes.append(UInt8(ascii: "*"))  // read as the star it stands for
                shape.stars += 1
            case .leet:
                guard next.isAlnum || next == .leet || (shape.letters > 0 && c != UInt8(ascii: "!")) else {
                    return p + 1
                }
                shape.symbols += 1
                out.bytes.append(c)
            case .dot:
                guard continuesThroughDot(b, p, e, shape) else { return p + 1 }
                shape.dots += 1
            case .comma:
                guard shape.letters == 0, shape.digits > 0, next == .digit else { return p + 1 }
            default:
                return p + 1
            }
            p += 1
        }
        return p
    }

    /// Whether the `#` or `%` at `p` masks letters of a short word: one to three letters
    /// before it (no digits), one to four after its run of masks, in one word's case, as
    /// in "s#it", "F%CK", "pu##y". Longer or differently cased neighbours are words of their
    /// own ("tags#Fair_use", "the#teabaggers", "MOS#Full").
    static func isInnerMask(_ b: UnsafeBufferPointer<UInt8>, _ p: Int, _ e: Int, _ shape: PieceShape) -> Bool {
        let table = ByteClass.table
        guard (1...3).contains(shape.letters), shape.digits == 0, shape.symbols == 0 else { return false }
        var q = p
        while q < e, table[Int(b[q])] == .innerMask || table[Int(b[q])] == .star { q += 1 }
        var letters = 0, upper = 0
        while q < e, table[Int(b[q])].isLetter {
            if b[q] < 97 { upper += 1 }
            (q, letters) = (q + 1, letters + 1)
        }
        let oneCase = upper == 0 || (upper == letters && shape.upper == shape.letters)
        return (1...4).contains(letters) && oneCase && (q == e || !table[Int(b[q])].isAlnum)
    }

    /// A dot inside a decimal number, or between the letters of "u.s.a" / "i.d.i.o.t".
    static func continuesThroughDot(
        _ b: UnsafeBufferPointer<UInt8>, _ p: Int, _ e: Int,
        _ shape: PieceShape
    ) -> Bool {
        let table = ByteClass.table
        guard p + 1 < e else { return false }
        let next = table[Int(b[p + 1])]
        if shape.letters == 0 { return shape.digits > 0 && next == .digit }
        guard shape.digits == 0, shape.letters == shape.dots + 1, next.isLetter else { return false }
        return p + 2 >= e || !table[Int(b[p + 2])].isAlnum
    }

    /// Turns the bytes since `tokenStart` into a token: a number placeholder, a folded word,
    /// or nothing (pure symbols).
    static func finish(_ tokenStart: Int, _ shape: PieceShape, _ out: inout TokenList) {
        if shape.letters == 0 {
            out.bytes.removeSubrange(tokenStart...)
            if shape.digits > 0 { out.append(number) }
            return
        }
        let leet =
            (shape.digits + shape.symbols) > 0
            && LeetFolder.isLeet(
                letters: shape.letters, digitsPrefix: shape.digitsPrefix,
                lettersAfterDigits: shape.switches == 1 && shape.digitsPrefix > 0,
                lettersThenDigits: shape.switches == 1 && shape.digitsPrefix == 0,
                symbols: shape.symbols)
        let end = LeetFolder.fold(&out.bytes, tokenStart..<out.bytes.count, leet: leet)
        if end < out.bytes.count { out.bytes.removeSubrange(end...) }
        out.closeToken()
        if shape.upper >= 3, shape.upper == shape.letters { out.append(caps) }
    }
}
