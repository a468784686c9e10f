extension AsciiTokenizer {
    static let starByte = UInt8(ascii: "*")

    /// A chunk holding a '*' or ']': a Markdown link ("[text](url)") read as its text and
    /// its address, emphasis stars ("*so*", "**Edit:**") left out, anything else as `chunk`
    /// reads it.
    @inline(never)
    static func markdownChunk(
        _ b: UnsafeBufferPointer<UInt8>, _ s0: Int, _ e0: Int, _ table: [ByteClass], marks: UInt8,
        into out: inout TokenList
    ) {
        let placeholder = marks & addressMark != 0
        if marks & linkMark != 0, let k = markdownLink(b, s0, e0) {
            markdownChunk(b, s0, k, table, marks: marks & ~linkMark, into: &out)
            markdownChunk(b, k + 2, e0, table, marks: marks & ~linkMark, into: &out)
            return
        }
        var s = s0, e = e0, exclaims = false, questions = false
        trim(b, &s, &e, &exclaims, &questions)
        guard e > s, b[s] == starByte || b[e - 1] == starByte, stripEmphasis(b, s0..<e0, &s, &e, table) else {
            chunk(b, s0, e0, table, mayBePlaceholder: placeholder, into: &out)
            return
        }
        // The stars' inside read as a chunk; the marks outside them ("*wow*!") after it.
        chunk(b, s, e, table, mayBePlaceholder: placeholder, into: &out)
        if exclaims { out.append(exclaim) }
        if questions { out.append(question) }
    }

    /// Where "](" parts a Markdown link's text from its address, when the chunk holds one.
    static func markdownLink(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Int? {
        var k = s
        while k + 1 < e {
            if b[k] == UInt8(ascii: "]"), b[k + 1] == UInt8(ascii: "(") { return k }
            k += 1
        }
        return nil
    }

    /// Narrows `s..<e` past Markdown emphasis stars ("*really*", "**NOT**", "*so wrong*"),
    /// which are not masks: a word between stars, or the first or last word of a span
    /// whose other star is on the same line. Masks keep theirs ("f***", "*uck", "*f**k*"
    /// loses only its outer pair). Returns whether anything was stripped.
    static func stripEmphasis(
        _ b: UnsafeBufferPointer<UInt8>, _ chunk: Range<Int>, _ s: inout Int, _ e: inout Int, _ table: [ByteClass]
    ) -> Bool {
        var s2 = s, e2 = e
        while s2 < e, b[s2] == starByte { s2 += 1 }
        while e2 > s2, b[e2 - 1] == starByte { e2 -= 1 }
        guard s2 < e2 else { return false }  // all stars: a mask of its own ("****")
        let opens = s2 > s && table[Int(b[s2])].isAlnum
        let closes = e2 < e && (table[Int(b[e2 - 1])].isAlnum || isCloser(b[e2 - 1]))
        switch (opens, closes) {
        case (true, true): (s, e) = (s2, e2)
        case (true, false) where e2 == e && closingStar(b, after: chunk.upperBound, table): s = s2
        case (false, true) where s2 == s && openingStar(b, before: chunk.lowerBound, table): e = e2
        default: return false
        }
        return true
    }

    /// Whether the first star after `from` on the same line closes emphasis: a word's last
    /// byte or punctuation before it, white space, punctuation or the end after its run.
    static func closingStar(_ b: UnsafeBufferPointer<UInt8>, after from: Int, _ table: [ByteClass]) -> Bool {
        var j = from
        while j < b.count, b[j] != starByte, b[j] != 10 { j += 1 }
        guard j < b.count, b[j] == starByte, table[Int(b[j - 1])].isAlnum || isCloser(b[j - 1]) else { return false }
        while j < b.count, b[j] == starByte { j += 1 }
        return j == b.count || table[Int(b[j])] == .space || isCloser(b[j])
    }

    /// Whether the last star before `to` on the same line opens emphasis: at a chunk's
    /// start (after white space or an opening bracket or quote), a word's first byte after it.
    static func openingStar(_ b: UnsafeBufferPointer<UInt8>, before to: Int, _ table: [ByteClass]) -> Bool {
        var j = to - 1
        while j >= 0, b[j] != starByte, b[j] != 10 { j -= 1 }
        guard j >= 0, b[j] == starByte, j + 1 < b.count, table[Int(b[j + 1])].isAlnum else { return false }
        while j >= 0, b[j] == starByte { j -= 1 }
        return j < 0 || table[Int(b[j])] == .space || isOpener(b[j])
    }
}
