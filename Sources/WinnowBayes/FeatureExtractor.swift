import WinnowText

/// Word unigrams and bigrams of a token list, as stable 64-bit hashes.
///
/// Each distinct feature counts once per comment (binarized multinomial NB): repeating a
/// word is weak extra evidence, and short comments dominate moderation data.
package struct FeatureExtractor: Sendable {
    package init() {}

    /// Writes the distinct feature hashes of `tokens` into `out` (sorted).
    package func features(of tokens: TokenList, into out: inout [UInt64]) {
        out.removeAll(keepingCapacity: true)
        var previous: UInt64 = 0
        for i in 0..<tokens.count {
            let h = tokens.hash(at: i)
            out.append(h)
            if i > 0 { out.append(FeatureHash.pair(previous, h)) }
            previous = h
        }
        out.sort()
        dedupe(&out)
    }

    /// Display name of the feature `hash` among `tokens`, or nil when it is not one of them.
    package func name(of hash: UInt64, in tokens: TokenList) -> String? {
        var previous: UInt64 = 0
        for i in 0..<tokens.count {
            let h = tokens.hash(at: i)
            if h == hash { return tokens.string(at: i) }
            if i > 0, FeatureHash.pair(previous, h) == hash {
                return tokens.string(at: i - 1) + " " + tokens.string(at: i)
            }
            previous = h
        }
        return nil
    }

    /// Every (hash, name) pair of `tokens`, for training vocabularies.
    package func namedFeatures(of tokens: TokenList) -> [(UInt64, String)] {
        var result: [(UInt64, String)] = []
        var previous: UInt64 = 0
        for i in 0..<tokens.count {
            let h = tokens.hash(at: i)
            result.append((h, tokens.string(at: i)))
            if i > 0 { result.append((FeatureHash.pair(previous, h), tokens.string(at: i - 1) + " " + tokens.string(at: i))) }
            previous = h
        }
        return result
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
