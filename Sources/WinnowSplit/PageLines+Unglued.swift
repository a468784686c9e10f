extension PageLines {
    /// An author line whose name and date a text browser ran together: a comment widget's
    /// inline elements with no space between them in its markup ("Gooberan hour ago",
    /// "GooberJan 14", "Rightontheleft2d", "Goober•an hour ago"), read with the spaces back.
    /// Only where the end is wholly an age or a date and the start is a name of a few words.
    static func unglued(_ line: String) -> String {
        guard line.utf8.count <= 60, mayBeGlued(line), let last = line.last, last.isNumber || last.isLetter else {
            return line
        }
        let chars = Array(line)
        if let spaced = spacedSeparator(chars) { return spaced }
        // Each Character's index in `line`: the two sides of a boundary are slices of the
        // line, where building them from Characters cost a fifth of splitting such a page.
        let starts = Array(line.indices)
        for k in 2..<max(2, chars.count - 1) where gluedBoundary(chars, k) {
            let rest = String(line[starts[k]...]), tail = rest.lowercased()
            guard gluedDate(tail), LineFeatures.isAge(tail) else { continue }
            let head = String(line[..<starts[k]])
            return isName(head) ? withBadgeApart(head) + " " + rest : line
        }
        return line
    }

    /// "MHawkeGuest" (before its age): the widget's badge run into the name, given its
    /// space, so that the name is read without it ("Goober Guest").
    private static func withBadgeApart(_ head: String) -> String {
        let chars = Array(head)
        guard let k = chars.lastIndex(where: \.isUppercase), k > 0, chars[k - 1].isLowercase || chars[k - 1].isNumber,
            gluedBadges.contains(String(chars[k...]).lowercased())
        else { return head }
        return String(chars[..<k]) + " " + String(chars[k...])
    }

    /// The badges of `Lexicon.badges` long enough not to end a name themselves ("JoMod").
    private static let gluedBadges = Set(Lexicon.badges.filter { $0.count >= 4 && !$0.contains(" ") })

    /// One look at the bytes for what `unglued` reads: a capital after a lowercase letter,
    /// a digit after a letter, an age's first letter ("a", "vor", "hace", "há") after a
    /// letter on a line ending as an age does, or a separator ("•", "·", "|") with no space on
    /// one side. Most short lines have none.
    private static func mayBeGlued(_ line: String) -> Bool {
        let age = endsAsAge(line)
        var previous: UInt8 = 32, before: UInt8 = 32
        for b in line.utf8 {
            let letter = (previous | 0x20) >= 97 && (previous | 0x20) <= 122
            let opener = age && (b == 97 || b == 104 || b == 118)
            if letter, b >= 65 && b <= 90 && previous >= 97 || b >= 48 && b <= 57 || opener { return true }
            // "Michele KJan": an initial after a space, then a capital.
            if b >= 65 && b <= 90, previous >= 65 && previous <= 90, before == 32 { return true }
            // "Jr.17": a point between a letter and a digit.
            if previous == 46, b >= 48 && b <= 57, (before | 0x20) >= 97 && (before | 0x20) <= 122 { return true }
            // "|", the last byte of "•" (E2 80 A2) or of "·" (C2 B7), with no space on one side.
            let mark = previous == 124 || previous == 0xA2 && before == 0x80 || previous == 0xB7 && before == 0xC2
            if mark, b != 32 { return true }
            if b == 124 || b == 0xE2 || b == 0xC2, previous != 32 { return true }
            (before, previous) = (previous, b)
        }
        return false
    }

    /// Whether the line's last word ends an age: "ago" or another language's ("geleden"),
    /// or a unit ("minutos" of "hace 20 minutos").
    private static func endsAsAge(_ line: String) -> Bool {
        guard let space = line.utf8.lastIndex(of: 32) else { return false }
        let word = String(line[line.utf8.index(after: space)...]).lowercased()
        return Lexicon.agoAfter.contains(word) || Lexicon.timeUnits.contains(word)
    }

    /// Where a name may end and a date begin without a space: a lowercase letter or a digit
    /// before a capital ("GooberJan", "Goober1Today"), a letter before a digit ("left2d"),
    /// or before the word an age opens with ("Gooberan hour ago", "Gooberhace 20 minutos").
    @inline(__always)
    private static func gluedBoundary(_ c: [Character], _ k: Int) -> Bool {
        let before = c[k - 1], here = c[k]
        // "shaunnarine1Today", "Paul45an hour ago": a name's last digit before a capital or an age.
        // "Peter Page11 week ago": digits run into a name, the first its own.
        if before.isNumber, here.isNumber, let start = c[..<k].lastIndex(where: { !$0.isNumber }) {
            return c[start].isLetter
        }
        if before.isNumber { return here.isUppercase || opensAge(c, k) }
        // "Walrus Jr.17 minutes ago": an abbreviation's point before the age's digits.
        if before == ".", k >= 2, c[k - 2].isLetter, here.isNumber { return true }
        guard before.isLetter else { return false }
        if before.isLowercase && here.isUppercase || here.isNumber { return true }
        // "Michele KJan 14": a name's initial before a capital.
        if before.isUppercase, here.isUppercase, k >= 2, c[k - 2] == " " { return true }
        return opensAge(c, k)
    }

    /// Whether one of `ageOpeners` starts at `k`, with more after it.
    @inline(__always)
    private static func opensAge(_ c: [Character], _ k: Int) -> Bool {
        ageOpeners.contains { o in c.count - k > o.count && c[k..<(k + o.count)].elementsEqual(o) }
    }

    /// The words an age opens with, and the space after them: "a day ago", "an hour ago",
    /// "vor 3 Stunden", "hace 3 horas", "há 2 horas".
    private static let ageOpeners: [[Character]] = (["a", "an"] + Lexicon.agoBefore.sorted()).map { Array($0 + " ") }

    /// Whether what follows such a boundary opens as a glued date does: a month or a day
    /// ("Jan 14"), an age ("2d", "5h ago", "17 minutes ago", "hace 20 minutos"), or "a day
    /// ago" / "an hour ago" whole. Not a name's own digits before a date ("gadabout1 May 3") nor its last
    /// letter ("Dea").
    private static func gluedDate(_ tail: String) -> Bool {
        let words = tail.split(separator: " ")
        guard let first = words.first.map({ Substring($0.trimmingCharacters(in: ".,")) }) else { return false }
        // "2d", "5h ago", "17 minutes ago", "5/06/24 9:21am": not a date of words ("1 May
        // 3", a name's digit before it).
        if first.first?.isNumber == true {
            // Not "45an hour ago": the name's digits before an age of words; nor "117 minutes",
            // "11 week": the name's digits before an amount a widget would show.
            if Timestamp.isCompactAge(first) {
                let digits = first.prefix { $0.isNumber }
                return Timestamp.isShownAmount(digits, unit: String(first.dropFirst(digits.count)))
            }
            // Nor "99 3h ago" of "al99 3h ago": a handle's digits before an age, no unit after them.
            if first.allSatisfy(\.isNumber), Timestamp.isAge(words.map { Substring($0) }) {
                guard words.count >= 2 else { return true }
                return Lexicon.timeUnits.contains(words[1].trimmingCharacters(in: ".,"))
                    && Timestamp.isShownAmount(first, unit: String(words[1]))
            }
            return numericDate(first)
        }
        if first == "a" || first == "an" {
            return words.count == 3 && Lexicon.timeUnits.contains(String(words[1])) && words[2] == "ago"
        }
        if Lexicon.agoBefore.contains(String(first)) { return Timestamp.isAge(words.map { Substring($0) }) }
        return Lexicon.months.contains(String(first)) || Lexicon.weekdays.contains(String(first))
            || Lexicon.days.contains(String(first))
    }

    /// "5/06/24", "2024-05-06": a date of digits, the name's own digits before it being
    /// read as the date's only if they make a longer one.
    private static func numericDate(_ word: Substring) -> Bool {
        let parts = word.split(
            omittingEmptySubsequences: false, whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." })
        return parts.count == 3 && parts.allSatisfy { !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isNumber) }
    }

    /// "Goober•an hour ago": a separator between name and age with no space beside it,
    /// given its spaces when the part after the last separator is an age or a date.
    private static func spacedSeparator(_ c: [Character]) -> String? {
        guard
            let mark = c.lastIndex(where: { $0 == "•" || $0 == "·" || $0 == "|" }), mark > 0, mark + 1 < c.count,
            c[mark - 1] != " " || c[mark + 1] != " "
        else { return nil }
        let tail = String(c[(mark + 1)...]).trimmingCharacters(in: " ")
        guard tail.contains(where: \.isLetter), LineFeatures.isAge(tail.lowercased()) else { return nil }
        let head = String(c[..<mark]).trimmingCharacters(in: " ")
        guard isName(head) else { return nil }
        return head + " " + String(c[mark]) + " " + tail
    }

    /// A name of a few words opening with a letter ("Goober", "live in ottawa -love the
    /// Leafs", "Marguerite L.", "D_Peters"), of letters, digits and the marks names hold:
    /// not code ("-> __m512h") nor a sentence.
    static func isName(_ head: String) -> Bool {
        head.first?.isLetter == true && head.spacedWordCount <= 6
            && head.allSatisfy({ $0.isLetter || $0.isNumber || " .'’-_".contains($0) }) && LineFeatures.isNameLike(head)
    }
}
