extension AsciiTokenizer {
    static let starByte = UInt8(ascii: "*")

    /// Narrows `s..<e` past Markdown emphasis stars ("*really*", "**NOT**", "*so wrong*"),
    /// which are not masks: a word between stars, or a star opening a word whose closing
    /// star ends a later word of the same line. Masks keep theirs ("f***", "*uck",
    /// "*f**k*" loses only its outer pair). `emphasisEnd` carries an opened pair's closing
    /// star to the chunk that holds it. Returns whether anything was stripped.
    static func stripEmphasis(
        _ b: UnsafeBufferPointer<UInt8>, _ chunkEnd: Int, _ s: inout Int, _ e: inout Int,
        _ table: [ByteClass], emphasisEnd: inout Int
    ) -> Bool {
        var s2 = s, e2 = e
        while s2 < e, b[s2] == starByte { s2 += 1 }
        while e2 > s2, b[e2 - 1] == starByte { e2 -= 1 }
        guard s2 < e2 else { return false }  // all stars: a mask of its own ("****")
        let opens = s2 > s && table[Int(b[s2])].isAlnum
        let closes = e2 < e && (table[Int(b[e2 - 1])].isAlnum || isCloser(b[e2 - 1]))
        if closes, emphasisEnd >= e2, emphasisEnd < chunkEnd {
            emphasisEnd = -1
            e = e2
            if opens { s = s2 }
            return true
        }
        if opens && closes {
            (s, e) = (s2, e2)
            return true
        }
        if opens, e2 == e, let close = closingStar(b, from: chunkEnd, table) {
            emphasisEnd = close
            s = s2
            return true
        }
        return false
    }

    /// The first star after `from` on the same line when it closes emphasis: a word's last
    /// byte or punctuation before it, white space, punctuation or the end after its run.
    static func closingStar(_ b: UnsafeBufferPointer<UInt8>, from: Int, _ table: [ByteClass]) -> Int? {
        var j = from
        while j < b.count, b[j] != starByte, b[j] != 10 { j += 1 }
        guard j < b.count, b[j] == starByte, table[Int(b[j - 1])].isAlnum || isCloser(b[j - 1]) else { return nil }
        var k = j
        while k < b.count, b[k] == starByte { k += 1 }
        guard k == b.count || table[Int(b[k])] == .space || isCloser(b[k]) else { return nil }
        return j
    }
}
