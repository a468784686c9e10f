import WinnowText

/// Word unigrams and bigrams of a token list, optionally character 4-grams of words, as
/// stable 64-bit hashes.
///
/// Each distinct feature counts once per comment (binarized multinomial NB): repeating a
/// word is weak extra evidence, and short comments dominate moderation data.
package struct FeatureExtractor: Sendable {
    let charGrams: Bool
    static let gram = 4

    package init(charGrams: Bool = false) { self.charGrams = charGrams }

    /// Writes the distinct feature hashes of `tokens` into `out` (sorted).
    package func features(of tokens: TokenList, into out: inout [UInt64]) {
        out.removeAll(keepingCapacity: true)
        forEachFeature(of: tokens) { out.append($0) }
        out.sort()
        dedupe(&out)
    }

    /// The most features `tokens` can have: a word and a pair per token, and at most one
    /// character gram per byte.
    package static func maxFeatures(of tokens: TokenList) -> Int { 2 * tokens.count + tokens.bytes.count + 1 }

    /// Writes every feature hash of `tokens`, repeats included, to the front of `out`, which
    /// holds at least `maxFeatures(of: tokens)` entries; returns how many it wrote.
    package func write(_ tokens: TokenList, into out: inout [UInt64]) -> Int {
        precondition(out.count >= FeatureExtractor.maxFeatures(of: tokens))
        var n = 0
        out.withUnsafeMutableBufferPointer { buffer in
            // Safe: checked above that `buffer` has room for every feature.
            forEachFeature(of: tokens) {
                buffer[n] = $0
                n += 1
            }
        }
        return n
    }

    /// Calls `body` with every feature hash of `tokens`, repeats included.
    @inline(__always)
    package func forEachFeature(of tokens: TokenList, _ body: (UInt64) -> Void) {
        // The buffers are opened once per comment: opening them again for every token's hash
        // and grams was a tenth of the features' cost.
        tokens.bytes.withUnsafeBufferPointer { b in
            tokens.ends.withUnsafeBufferPointer { ends in
                // Safe: each token's range lies between the previous end and its own, inside `b`.
                var previous: UInt64 = 0, start = 0
                for i in 0..<ends.count {
                    let end = Int(ends[i])
                    let h = FeatureHash.bytes(b, start..<end)
                    body(h)
                    if i > 0 { body(FeatureHash.pair(previous, h)) }
                    previous = h
                    if charGrams { grams(b, start..<end, body) }
                    start = end
                }
            }
        }
    }

    /// Calls `body` with the hash of each character 4-gram of token `i`, padded with `<` `>`.
    private func grams(_ tokens: TokenList, _ i: Int, _ body: (UInt64) -> Void) {
        tokens.bytes.withUnsafeBufferPointer { grams($0, tokens.range(at: i), body) }
    }

    /// The same for the token at `r` in `b`. A gram's four bytes are packed into one integer
    /// and mixed once (cheaper than FNV).
    @inline(__always)
    private func grams(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, _ body: (UInt64) -> Void) {
        guard r.count >= 3, b[r.lowerBound] != UInt8(ascii: "<") else { return }
        // Safe: `r` is a token range inside `b`; the pads stand for positions -1 and r.count.
        var packed: UInt32 = 60  // "<"
        for k in r {
            packed = packed << 8 | UInt32(b[k])
            if k - r.lowerBound >= 2 { body(FeatureHash.charGram(UInt64(packed))) }
        }
        packed = packed << 8 | 62  // ">"
        body(FeatureHash.charGram(UInt64(packed)))
    }

    /// Display name of the feature `hash` among `tokens`: "word", "two words" or "~gram~".
    package func name(of hash: UInt64, in tokens: TokenList) -> String? {
        var previous: UInt64 = 0
        for i in 0..<tokens.count {
            let h = tokens.hash(at: i)
            if h == hash { return tokens.string(at: i) }
            if i > 0, FeatureHash.pair(previous, h) == hash {
                return tokens.string(at: i - 1) + " " + tokens.string(at: i)
            }
            previous = h
            if charGrams, let g = gramName(hash, tokens, i) { return g }
        }
        return nil
    }

    private func gramName(_ hash: UInt64, _ tokens: TokenList, _ i: Int) -> String? {
        var index = -1, found = -1
        grams(tokens, i) { h in
            index += 1
            if h == hash && found < 0 { found = index }
        }
        guard found >= 0 else { return nil }
        let padded = Array("<".utf8) + Array(tokens.bytes[tokens.range(at: i)]) + Array(">".utf8)
        return "~" + String(decoding: padded[found..<(found + FeatureExtractor.gram)], as: UTF8.self) + "~"
    }

    func dedupe(_ a: inout [UInt64]) {
        guard a.count > 1 else { return }
        var w = 1
        for r in 1..<a.count where a[r] != a[w - 1] {
            a[w] = a[r]
            w += 1
        }
        a.removeSubrange(w...)
    }
}
