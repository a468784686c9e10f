/// Undoes obfuscation that needs a vocabulary: masked words ("i***t" -> "idiot") and
/// leetspeak made mostly of digits ("7h47" -> "that"), keeping numbers with units ("45s",
/// "3d", "10am") as they are.
package enum Deobfuscator {
    static let units: Set<String> = [
        "s", "st", "nd", "rd", "th", "am", "pm", "k", "m", "km", "kg", "mb", "gb", "d",
        "x", "h", "hr", "hrs", "min", "yo", "ish", "p", "g", "mm", "cm", "ft", "lb", "lbs"
    ]

    package static func apply(_ list: inout TokenList, _ words: WordList) {
        guard let first = firstCandidate(list) else { return }
        // Counted at the first mask only: most candidates are digits and leet symbols.
        var cautious: Bool?
        var out: TokenList?
        for i in first..<list.count {
            let r = list.range(at: i)
            // Most tokens after the first candidate have no star or leet byte: tested
            // through the table without making a slice (a retain and release each).
            var replacement: [UInt8]?
            if hasCandidate(list.bytes, r) {
                let isMask = list.bytes[r].contains(UInt8(ascii: "*"))
                if cautious == nil, isMask { cautious = isMaskedThroughout(list) }
                // Neighbours looked up for masks only: most candidates are numbers.
                replacement =
                    (isMask
                        ? unmask(list.bytes[r], words, cautious: cautious ?? false, context: neighbours(list, i)) : nil)
                    ?? unleet(list.bytes[r], words)
            }
            if replacement != nil, out == nil {
                out = TokenList()
                out?.bytes.append(contentsOf: list.bytes[0..<r.lowerBound])
                out?.ends.append(contentsOf: list.ends[0..<i])
            }
            if let replacement { out?.append(replacement) } else if out != nil { out?.append(list.bytes[r]) }
        }
        if let out { list = out }
    }

    static func hasCandidate(_ bytes: [UInt8], _ r: Range<Int>) -> Bool {
        bytes.withUnsafeBufferPointer { b in
            candidates.withUnsafeBufferPointer { candidate in
                // Safe: `r` is a token's range inside `b`; `candidate` covers every byte value.
                for k in r where candidate[Int(b[k])] { return true }
                return false
            }
        }
    }

    /// The first token holding a star or a byte leetspeak uses, if any. Most comments have
    /// none, and this scan over the bytes is all they cost.
    static func firstCandidate(_ list: TokenList) -> Int? {
        let first = list.bytes.withUnsafeBufferPointer { b in
            candidates.withUnsafeBufferPointer { candidate in
                // Safe: `k` stays below `b.count`; `candidate` has an entry for each of
                // the 256 byte values. One pass over the bytes, token boundaries aside.
                var k = 0
                while k < b.count, !candidate[Int(b[k])] { k += 1 }
                return k
            }
        }
        guard first < list.bytes.count else { return nil }
        return list.ends.firstIndex { Int($0) > first }
    }

    /// The star and the bytes leetspeak uses: one table load per byte.
    static let candidates: [Bool] = (0..<256).map { $0 == Int(UInt8(ascii: "*")) || LeetFolder.map[$0] != 0 }

    /// Whether the text masks words throughout (3 masks or more, and at least one word of
    /// four letters or more in four masked) rather than here and there: self-censored
    /// comments mask a swear word or two, which the dominant word reads; a text masked
    /// throughout hides mostly ordinary words, read only where civil comments agree.
    static func isMaskedThroughout(_ list: TokenList) -> Bool {
        var masks = 0, words = 0
        for i in 0..<list.count {
            let r = list.range(at: i)
            guard r.count >= 4 else { continue }
            words += 1
            if list.bytes[r].contains(UInt8(ascii: "*")) { masks += 1 }
        }
        return masks >= 3 && masks * 4 >= words
    }

    /// "f**k", "i***t": first and last letters kept, stars between; `cautious`, only as
    /// civil comments would read them; `context`, the hashes of the tokens before and after
    /// (nil: none, or a mask).
    static func unmask(
        _ token: ArraySlice<UInt8>, _ words: WordList, cautious: Bool = false,
        context: (before: UInt64?, after: UInt64?) = (nil, nil)
    ) -> [UInt8]? {
        guard token.count >= 3, let first = token.first, let last = token.last,
            isLetter(first), isLetter(last), token.contains(UInt8(ascii: "*")),
            token.allSatisfy({ isLetter($0) || $0 == UInt8(ascii: "*") })
        else { return nil }
        // Letters kept between the stars narrow the words it may be ("st*pid").
        if token.dropFirst().dropLast().contains(where: isLetter) {
            return words.unmask(keeping: token, cautious: cautious)
        }
        // Read from its neighbours first ("hey a*****e": asshole; "the a*****e": article);
        // in a text masked throughout, only where civil comments' neighbours say the same.
        let shape = WordList.shape(first, last, token.count)
        if let read = words.unmask(shape: shape, before: context.before, after: context.after),
            !cautious
                || words.unmask(shape: shape, before: context.before, after: context.after, civil: true)?.word
                    == read.word
        {
            return read.word
        }
        return words.unmask(first: first, last: last, length: token.count, cautious: cautious)
    }

    /// The hashes of the tokens either side of token `i`, where they are not masks.
    static func neighbours(_ list: TokenList, _ i: Int) -> (before: UInt64?, after: UInt64?) {
        func plain(_ j: Int) -> UInt64? {
            guard j >= 0, j < list.count, !list.bytes[list.range(at: j)].contains(UInt8(ascii: "*")) else { return nil }
            return list.hash(at: j)
        }
        return (plain(i - 1), plain(i + 1))
    }

    /// Digits and symbols read as letters, when that makes a known word and the token is
    /// neither known itself nor a number with a unit.
    static func unleet(_ token: ArraySlice<UInt8>, _ words: WordList) -> [UInt8]? {
        let map = LeetFolder.map  // once, not a static accessor call per byte
        guard token.contains(where: { map[Int($0)] != 0 }), token.contains(where: isLetter),
            token.first != UInt8(ascii: "<"), !words.contains(token), !isNumberWithUnit(token)
        else { return nil }
        let folded = token.map { map[Int($0)] != 0 ? map[Int($0)] : $0 }
        guard folded.allSatisfy(isLetter), words.contains(folded[...]) else { return nil }
        return folded
    }

    static func isNumberWithUnit(_ token: ArraySlice<UInt8>) -> Bool {
        let digits = token.prefix { $0 >= 48 && $0 <= 57 }
        guard !digits.isEmpty else { return false }
        let unit = String(decoding: token.dropFirst(digits.count), as: UTF8.self)
        if ["st", "nd", "rd", "th"].contains(unit) { return unit == ordinalSuffix(digits) }
        return units.contains(unit)
    }

    /// The suffix English puts after a number: 1st, 2nd, 3rd, 4th, 11th, 22nd.
    static func ordinalSuffix(_ digits: ArraySlice<UInt8>) -> String {
        let last = Int(digits.last ?? 48) - 48
        let tens = digits.count >= 2 ? Int(digits[digits.endIndex - 2]) - 48 : 0
        if tens == 1 { return "th" }
        return [1: "st", 2: "nd", 3: "rd"][last] ?? "th"
    }

    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { b >= 97 && b <= 122 }
}
