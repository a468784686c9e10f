/// Joins letters spelled out one by one ("i d i o t", "i-d-i-o-t") into the word.
///
/// Only runs of three or more single letters are joined, so ordinary one-letter words
/// ("a", "I", "plan B") are left alone. With a word list, a run is split back into the
/// words it spells ("y o u a r e d u m b" -> "you are dumb"), since spacing hides where
/// one word ends and the next begins.
package enum SpacedLetters {
    static let minimumRun = 3

    package static func join(_ list: inout TokenList, words: WordList? = nil) {
        guard list.count >= minimumRun, hasRun(list) else { return }
        let table = ByteClass.table
        var runStart = -1
        var merged: [Int32] = []
        merged.reserveCapacity(list.count)
        var changed = false
        for i in 0...list.count {
            if i < list.count, isSingleLetter(list, i, table) {
                if runStart < 0 { runStart = i }
                continue
            }
            if runStart >= 0, i - runStart >= minimumRun {
                // Tokens are stored back to back: dropping the inner ends joins them.
                merged.append(list.ends[i - 1])
                changed = true
            } else if runStart >= 0 {
                merged.append(contentsOf: list.ends[runStart..<i])
            }
            runStart = -1
            if i < list.count { merged.append(list.ends[i]) }
        }
        if changed {
            list.ends = merged
            refold(&list, words: words)
        }
    }

    /// Whether some run of single letters is long enough to join: most comments have none,
    /// and finding that out should cost no more than a look at each token.
    static func hasRun(_ list: TokenList) -> Bool {
        let table = ByteClass.table  // a static's accessor per token costs a call each
        var run = 0
        for i in 0..<list.count {
            run = isSingleLetter(list, i, table) ? run + 1 : 0
            if run >= minimumRun { return true }
        }
        return false
    }

    static func isSingleLetter(_ list: TokenList, _ i: Int, _ table: [ByteClass]) -> Bool {
        let r = list.range(at: i)
        if r.count == 1 { return table[Int(list.bytes[r.lowerBound])].isLetter }
        // One two-byte UTF-8 letter (Latin, Greek, Cyrillic...): spaced too.
        return r.count == 2 && list.bytes[r.lowerBound] >= 0xC3 && list.bytes[r.lowerBound] < 0xE0
    }

    /// Collapses stretches inside joined words ("i d i o o o t") and segments joined runs
    /// that are not words themselves.
    static func refold(_ list: inout TokenList, words: WordList?) {
        var rebuilt = TokenList()
        for i in 0..<list.count {
            let r = list.range(at: i)
            let start = rebuilt.bytes.count
            rebuilt.bytes.append(contentsOf: list.bytes[r])
            let end = LeetFolder.fold(&rebuilt.bytes, start..<rebuilt.bytes.count, leet: false)
            rebuilt.bytes.removeSubrange(end...)
            let joined = rebuilt.bytes[start...]
            if let words, joined.count >= 6, !words.contains(joined), let parts = words.segment(joined), parts.count > 1
            {
                let copy = Array(joined)
                rebuilt.bytes.removeSubrange(start...)
                for p in parts { rebuilt.append(copy[(p.startIndex - start)..<(p.endIndex - start)]) }
            } else {
                rebuilt.closeToken()
            }
        }
        list = rebuilt
    }
}
