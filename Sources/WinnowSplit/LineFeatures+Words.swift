/// How a line's words and parts are read: words of scripts without spaces, pictures,
/// a line's segments between separators, controls, counters and names.
extension LineFeatures {
    /// The words of scripts written without spaces between them, counted from their
    /// letters: a word per two Han ideographs or kana, per four Thai, Lao, Myanmar or Khmer
    /// letters and marks (their words are longer, and their vowels are marks of their own).
    static func unspacedWords(_ s: String) -> (ideographic: Int, southeastAsian: Int) {
        // Lead bytes of U+0800-1FFF and of U+3000 up: not E2, the punctuation of every language.
        guard s.utf8.contains(where: { $0 == 0xE0 || $0 == 0xE1 || $0 >= 0xE3 }) else { return (0, 0) }
        var (ideographs, southeastAsian) = (0, 0)
        for scalar in s.unicodeScalars where scalar.value >= 0x0E00 {
            switch scalar.value {
            case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF: ideographs += 1
            case 0x0E00...0x0EFF, 0x1000...0x109F, 0x1780...0x17FF: southeastAsian += 1
            default: break
            }
        }
        return (ideographs / 2, southeastAsian / 4)
    }

    /// A line of pictures alone ("👍", "😡😡😡", "❤️ 🙄"): a reader's whole comment where it
    /// stands once, a reaction button where it repeats (`Emission` tells them apart).
    static func isPictographic(_ line: String) -> Bool {
        // Every picture is past U+2000 (a lead byte from E2 up): most lines are told by their
        // first byte.
        guard let lead = line.utf8.first(where: { $0 != 0x20 }), lead >= 0xE2 else { return false }
        var pictures = 0
        for scalar in line.unicodeScalars {
            switch scalar.value {
            case 0x20, 0x200D, 0xFE0F, 0x1F3FB...0x1F3FF: continue  // spaces, joiners, variants, skin tones
            default:
                guard scalar.value >= 0x2000, scalar.properties.isEmoji else { return false }
                pictures += 1
            }
        }
        return pictures > 0
    }

    /// Punctuation and widget marks trimmed from the ends of words before matching them.
    static let wordTrim = ScalarSet(wordTrimMarks)
    static let wordTrimMarks = "\"'“”‘’()[]{}.,;:!?*•·›»«‹→←↑↓▲▼|–—-#"

    /// A line's words between spaces (and tabs), split among its bytes: a split of its
    /// Characters walked every line twice.
    static func words(_ line: String, tabs: Bool) -> [Substring] {
        var words: [Substring] = []
        let bytes = line.utf8
        var i = bytes.startIndex, start: String.Index?
        while i < bytes.endIndex {
            let b = bytes[i]
            if b == 0x20 || tabs && b == 0x09 {
                if let s = start { words.append(line[s..<i]) }
                start = nil
            } else if start == nil {
                start = i
            }
            bytes.formIndex(after: &i)
        }
        if let s = start { words.append(line[s..<i]) }
        return words
    }

    /// The pieces of a line split at the separators widgets put between items (| · • – —).
    static func segments(_ lower: String) -> [String] {
        // "|" and the lead bytes of the others: a line without them is one piece, told
        // without walking its Characters.
        guard lower.utf8.contains(where: { $0 == 0x7C || $0 == 0xC2 || $0 == 0xE2 }) else {
            let whole = lower.trimmingCharacters(in: " \t-:()[]")
            return whole.isEmpty ? [] : [whole]
        }
        return lower.split(whereSeparator: {
            $0.unicodeScalars.count == 1 && separatorMarks.contains($0.unicodeScalars.first!)
        })
        .map { $0.trimmingCharacters(in: " \t-:()[]") }
        .filter { !$0.isEmpty }
    }

    /// A widget control or counter: "reply", "share", "12 likes", "5 points", "+3", "↑",
    /// or a row of controls without separators ("permalink embed save report reply").
    static func isWidgetPart(_ part: String) -> Bool {
        if Lexicon.widget.contains(part) { return true }
        if isControlRow(part) || isGluedControlRow(part) || isCountThenControls(part) { return true }
        if isPictureAlt(part) { return true }
        let words = part.split(separator: " ").map { Substring($0.trimmingCharacters(in: "()[]+-:#")) }
        if words.allSatisfy({ $0.isEmpty || $0.allSatisfy(\.isNumber) }) { return true }
        // A profile badge: "Reader since 2013", "Member since May 2009", "Joined: Jan 2010".
        if words.count <= 5, let mark = words.firstIndex(where: { $0 == "since" || $0 == "joined" }),
            words[mark...].contains(where: { $0.count == 4 && $0.allSatisfy(\.isNumber) })
        {
            return true
        }
        return isCounter(words)
    }

    /// The picture beside an author, as a text browser prints its description: "Avatar for
    /// Name", "Profile picture of Name", "Name's profile picture"; not "Avatar Name 3 hours
    /// ago", an author line behind its picture's word (`AuthorName` drops the word).
    static func isPictureAlt(_ part: String) -> Bool {
        // Most parts neither open nor end with a picture's word: one look at each end.
        let head = part.prefix { $0 != " " },
            tail = part[(part.lastIndex(of: " ").map(part.index(after:)) ?? part.startIndex)...]
        guard Lexicon.pictureWords.contains(where: { $0 == head || $0 == tail }) else { return false }
        let words = part.split(separator: " ")
        guard let first = words.first, let last = words.last, words.count <= 6 else { return false }
        if Lexicon.pictureWords.contains(String(last)),
            words.dropLast().contains(where: { $0.hasSuffix("'s") || $0.hasSuffix("’s") })
        {
            return true
        }
        guard Lexicon.pictureWords.contains(String(first)) else { return false }
        let rest = words.drop { Lexicon.pictureWords.contains(String($0)) }
        return rest.isEmpty || ["for", "of", "von", "de", "du", "di", "del"].contains(String(rest[rest.startIndex]))
    }

    static func isNameLike(_ part: String) -> Bool {
        let words = part.split(separator: " ")
        return words.count >= 1 && words.count <= 7 && part.count <= 40
            && !part.unicodeScalars.contains(where: { nameBreakers.contains($0) })
            && !words.allSatisfy { Timestamp.isDateWord(Substring($0.trimmingCharacters(in: ".,:"))) }
            && !Lexicon.boilerplateWords.contains(String(words[0]))
    }

    /// "join date: jan 2010", "posts: 1,234": a key forums list under a name, then its value.
    static func isProfileField(_ lower: String) -> Bool {
        // The colon looked for in bytes: most lines have none.
        guard let colon = lower.utf8.firstIndex(of: UInt8(ascii: ":")), colon > lower.startIndex else { return false }
        let value = lower.utf8[lower.utf8.index(after: colon)...]
        return value.contains { $0 != 0x20 && $0 != 0x09 } && Lexicon.profileKeys.contains(String(lower[..<colon]))
    }

    /// "12 Comments", "Comments (12)", "Join the conversation".
    static func isCountHeading(_ w: [Substring]) -> Bool {
        guard w.count <= 4, w.count >= 1 else { return false }
        let hasCount = w.contains { $0.allSatisfy(\.isNumber) && !$0.isEmpty }
        return hasCount && w.contains { Lexicon.commentNouns.contains(String($0)) }
    }

    /// "3 likes", "12", "+5", "Like (3)".
    static func isCounter(_ w: [Substring]) -> Bool {
        let nonEmpty = w.filter { !$0.isEmpty }
        guard nonEmpty.count <= 3, !nonEmpty.isEmpty else { return false }
        let nums = nonEmpty.filter { $0.allSatisfy(\.isNumber) }.count
        let rest = nonEmpty.filter { !$0.allSatisfy(\.isNumber) }
        return nums >= 1
            && rest.allSatisfy { word in
                Lexicon.widget.contains(String(word)) || Lexicon.counted.contains { word.hasPrefix($0) }
            }
    }
}
