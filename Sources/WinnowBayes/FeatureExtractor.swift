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
        var previous: UInt64 = 0
        for i in 0..<tokens.count {
            let h = tokens.hash(at: i)
            out.append(h)
            if i > 0 { out.append(FeatureHash.pair(previous, h)) }
            previous = h
            if charGrams { grams(tokens, i) { out.append($0) } }
        }
        out.sort()
        dedupe(&out)
    }

    /// Calls `body` with the hash of each character 4-gram of token `i`, padded with `<` `>`.
    private func grams(_ tokens: TokenList, _ i: Int, _ body: (UInt64) -> Void) {
        let r = tokens.range(at: i)
        guard r.count >= 3, tokens.bytes[r.lowerBound] != UInt8(ascii: "<") else { return }
        tokens.bytes.withUnsafeBufferPointer { b in
            // Safe: `r` is a token range inside `b`; positions -1 and r.count are the pads.
            let n = r.count + 2
            for start in 0...(n - FeatureExtractor.gram) {
                var h: UInt64 = 0xcbf2_9ce4_8422_2325
                for k in start..<(start + FeatureExtractor.gram) {
                    let c: UInt8 = k == 0 ? 60 : (k == n - 1 ? 62 : b[r.lowerBound + k - 1])
                    h = (h ^ UInt64(c)) &* 0x0000_0100_0000_01b3
                }
                body(FeatureHash.charGram(h))
            }
        }
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

    private func dedupe(_ a: inout [UInt64]) {
        guard a.count > 1 else { return }
        var w = 1
        for r in 1..<a.count where a[r] != a[w - 1] {
            a[w] = a[r]
            w += 1
        }
        a.removeSubrange(w...)
    }
}
