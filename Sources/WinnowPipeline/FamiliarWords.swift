import WinnowText

/// Whether a comment is written in a language the model does not know: eight words or
/// more, none of English's commonest ("the", "and", "you"), and most of them never seen in
/// training. Its scores say little then, so its verdict is at least "review" and its reasons
/// say why. English comments of eight words or more without one of those words are about
/// one in 650 in the shared news data, and nearly all of them are mostly known words
/// ("Stupid, stupid, stupid. People DIE because others text while driving."). A post
/// mostly of hashtags is left alone: they run words together ("#BuildTheWall").
struct FamiliarWords {
    let words: WordList
    /// English's commonest words' hashes in a 256-slot open-addressing table (0: empty),
    /// held by each scorer: a `Set` rehashed every token with SipHash, and a static paid its
    /// once-check on every comment.
    private let slots: [UInt64]
    private let longest: Int

    init(words: WordList) {
        self.words = words
        var slots = [UInt64](repeating: 0, count: 256)
        for word in EnglishWords.common {
            let h = FeatureHash.string(word)
            var i = Int(truncatingIfNeeded: h) & 255
            while slots[i] != 0 { i = (i + 1) & 255 }
            slots[i] = h
        }
        self.slots = slots
        longest = EnglishWords.common.map(\.utf8.count).max() ?? 0
    }

    private func isCommon(_ h: UInt64) -> Bool {
        var i = Int(truncatingIfNeeded: h) & 255
        while slots[i] != 0 {
            if slots[i] == h { return true }
            i = (i + 1) & 255
        }
        return false
    }

    /// "language the model does not know (3 of 14 words known)", or nil.
    func unfamiliar(_ tokens: TokenList, text: String) -> String? {
        var count = 0
        for i in 0..<tokens.count where FamiliarWords.isWord(tokens, i) {
            // Only a short word can be a common one: a long one is not hashed.
            if tokens.range(at: i).count <= longest, isCommon(tokens.hash(at: i)) {
                return nil
            }
            count += 1
        }
        guard count >= 8 else { return nil }
        // Hashtags run words together ("#BuildTheWall"): a post of them says nothing of its
        // language.
        guard text.utf8.count(where: { $0 == UInt8(ascii: "#") }) * 2 < count else { return nil }
        let known = (0..<tokens.count).count { i in
            FamiliarWords.isWord(tokens, i) && words.contains(tokens.bytes[tokens.range(at: i)])
        }
        return known * 2 < count ? "language the model does not know (\(known) of \(count) words known)" : nil
    }

    /// A token of letters (a mark such as "<url>" or a number is not a word).
    static func isWord(_ tokens: TokenList, _ i: Int) -> Bool {
        let r = tokens.range(at: i)
        guard let first = r.first else { return false }
        let b = tokens.bytes[first]
        return b >= 0x80 || (b >= 97 && b <= 122)
    }

}
