extension LineFeatures {
    /// "permalink embed save report reply": two or more controls, none a word of text.
    /// Rows are short; a sentence is turned away before its words are looked at.
    static func isControlRow(_ part: String) -> Bool {
        guard (2...8).contains(part.spacedWordCount) else { return false }
        let words = part.split(separator: " ")
        let controls = words.map { $0.trimmingCharacters(in: wordTrim) }
        // Counts may sit between the controls: "Like (44) Reply Share".
        // ... and the comment's age: "2h  Like  Reply".
        // ... and controls run together ("RespectReply ShareReport": Coral through w3m).
        // ... and reactions' pictures: "👍 12  👎 1  Reply", "♥ 4  Reply  Flag".
        return controls.allSatisfy {
            $0.isEmpty || Lexicon.widget.contains($0) || $0.allSatisfy(\.isNumber)
                || isPictographic($0)
                || Timestamp.isCompactAge(Substring($0)) || isCountThenControls($0) || isGluedControlRow($0)
                || isDayAndMonth($0)
        }
            && controls.contains { Lexicon.widget.contains($0) || isGluedControlRow($0) }
    }

    /// "05-02", "2/5", "02.05.": a day and a month in digits, as a row of controls dates its
    /// comment ("05-02 Reply").
    static func isDayAndMonth(_ word: String) -> Bool {
        // Most words open with a letter: one look at the first byte.
        guard let first = word.utf8.first, first >= 0x30 && first <= 0x39, word.utf8.count <= 6 else { return false }
        let parts = word.split(omittingEmptySubsequences: false) { "-/.".contains($0) }
        let numbers = parts.last?.isEmpty == true && word.last == "." ? parts.dropLast() : parts[...]
        return numbers.count == 2 && numbers.allSatisfy { (1...2).contains($0.count) && $0.allSatisfy(\.isNumber) }
    }

    /// "57)replyshare" (of "Like (57)ReplyShare", Substack's row through html2text), "13reply"
    /// (Medium's claps through w3m): a count, in brackets or not, then controls run together.
    static func isCountThenControls(_ word: String) -> Bool {
        let digits = word.prefix { $0.isNumber }
        guard !digits.isEmpty else { return false }
        var rest = word.dropFirst(digits.count)
        if rest.first == ")" { rest = rest.dropFirst() }
        return !rest.isEmpty && (Lexicon.widget.contains(String(rest)) || isGluedControlRow(String(rest)))
    }

    /// "likereply", "likereplyshare": buttons a text browser printed without a space
    /// between them (w3m), read as the controls they are when they make two or more.
    static func isGluedControlRow(_ part: String) -> Bool {
        guard (6...40).contains(part.utf8.count) else { return false }
        let c = Array(part.utf8)
        guard
            gluedControlEnds.contains(UInt16(c[c.count - 2]) << 8 | UInt16(c[c.count - 1])),
            gluedControlEnds.contains(UInt16(c[0]) << 8 | UInt16(c[1])), c.allSatisfy({ $0 >= 97 && $0 <= 122 })
        else { return false }
        // Fewest controls that make the first k letters (0: none), over a few short words.
        var fewest = [Int](repeating: Int.max, count: c.count + 1)
        fewest[0] = 0
        for end in 1...c.count {
            for start in max(0, end - 12)..<end where fewest[start] != Int.max {
                if gluedControlWords.contains(String(decoding: c[start..<end], as: UTF8.self)) {
                    fewest[end] = min(fewest[end], fewest[start] + 1)
                }
            }
        }
        return fewest[c.count] != Int.max && fewest[c.count] >= 2
    }

    static let gluedControlWords = Lexicon.oneWordControls
    /// Their first two and last two bytes, for one look at a part before reading it.
    static let gluedControlEnds = Set(
        gluedControlWords.flatMap { w -> [UInt16] in
            let b = Array(w.utf8)
            return [UInt16(b[0]) << 8 | UInt16(b[1]), UInt16(b[b.count - 2]) << 8 | UInt16(b[b.count - 1])]
        })
}
