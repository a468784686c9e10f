/// Ages and dates on author lines: "5 hours ago", "Name · 2h", "10:15 AM · Name", "Name 2h ago
/// ♥ 52 Reply", "Name Jan 14".
extension LineFeatures {
    /// An age or a date on its own: "3y", "5 hours ago", "March 3, 2024" (not "Goober 5
    /// hours ago").
    static func isAge(_ part: String) -> Bool {
        let words = part.split(separator: " ").map { Substring($0.trimmingCharacters(in: ".,;:()[]")) }
        guard Timestamp.matches(words) else { return false }
        guard words.last == "ago", words.count >= 3 else { return true }
        // "5 hours ago", "about an hour ago": nothing but a qualifier before the amount.
        return words.count == 3 || words.count == 4 && ["about", "over", "almost", "nearly", "just"].contains(words[0])
    }

    /// "Name | March 3, 2024 at 10:02 pm", "Name · 2 hours ago" (not "Like · Reply · 3y"),
    /// "Name 4 hours ago | next", "10:15 AM · Name".
    static func hasSeparatedTimestamp(_ parts: [String]) -> Bool {
        guard parts.count >= 2 else { return false }
        let first = parts[0].split(separator: " ").map { Substring($0.trimmingCharacters(in: wordTrim)) }
        // The cheap tests first: most lines with separators are prose, not author lines.
        let named =
            endsWithAge(first) && parts.dropFirst().allSatisfy(isWidgetPart)
            || isNameLike(parts[0]) && parts.dropFirst().contains(where: isAge)
        // "10:15 AM · Name": the time first.
        if !named, parts.count == 2, isClockOrAge(parts[0]), isNameLike(parts[1]), !isWidgetPart(parts[1]) {
            return !isAge(parts[1])
        }
        return named && !isWidgetPart(parts[0])
    }

    /// "10:15 AM", "18:40", "2h", "5 hours ago": a time of day or an age, and nothing a
    /// name could be ("April 1212" is one).
    static func isClockOrAge(_ part: String) -> Bool {
        let words = part.lowercased().split(separator: " ")
        guard let first = words.first, words.count <= 5 else { return false }
        if words.count == 1, Timestamp.isCompactAge(first) { return true }
        let clock = first.contains(":") && first.allSatisfy { $0.isNumber || $0 == ":" }
        return clock && (words.count == 1 || words.count == 2 && ["am", "pm"].contains(words[1]))
            || Timestamp.isAge(words) && isAge(part.lowercased())
    }

    /// The words before the controls and counts a line ends with ("Goober 2h ago ♥ 52
    /// Reply" -> "Goober 2h ago"); all of them when it ends with none.
    static func withoutTrailingControls(_ w: [Substring]) -> [Substring] {
        var end = w.count
        // A count only beside a control or a mark: "May 2, 2024" ends in numbers too.
        while end > 0 {
            let word = w[end - 1]
            let control =
                word.isEmpty || Lexicon.widget.contains(String(word))
                || !word.contains(where: { $0.isLetter || $0.isNumber })
            // A count after a mark ("♥ 52") or before a control ("52 Reply"), not a number
            // a name ends with ("True North 60 ★★★★☆").
            let count =
                word.allSatisfy(\.isNumber)
                && (end >= 2 && !w[end - 2].contains(where: { $0.isLetter || $0.isNumber })
                    || end < w.count && Lexicon.widget.contains(String(w[end])))
            guard control || count else { break }
            end -= 1
        }
        return end == w.count ? [] : Array(w[..<end])
    }

    /// Whether a line's words end with an edit noted after its age ("Name 2 hours ago
    /// (edited)", "Name vor 2 Stunden bearbeitet").
    static func endsWithEdit(_ w: [Substring]) -> Bool {
        w.count >= 3 && w.last.map { Lexicon.editMarks.contains(String($0)) } == true
    }

    /// "Goober 5 hours ago", "Goober 12 points 3h": a name followed by an age, with no
    /// separator.
    static func endsWithAge(_ w: [Substring]) -> Bool {
        guard w.count <= 10, let k = trailingAge(w), w.count > k else { return false }
        return isNameLike(w.dropLast(k).joined(separator: " "))
    }

    /// How many of the last words are an age: "3h" (1), "2h ago" (2), "5 hours ago", "an
    /// hour ago", "vor 2 Tagen" (3), "il y a 2 heures" (5); nil when they are none (or when
    /// the whole line is one).
    static func trailingAge(_ w: [Substring]) -> Int? {
        guard let last = w.last else { return nil }
        if w.count <= 8, Timestamp.isCompactAge(last) { return 1 }
        if last == "ago" {
            if w.count >= 2, Timestamp.isCompactAge(w[w.count - 2]) { return 2 }
            guard w.count >= 3 else { return nil }
            let amount = w[w.count - 3]
            let counted = amount == "a" || amount == "an" || amount.allSatisfy(\.isNumber)
            return counted && Lexicon.timeUnits.contains(String(w[w.count - 2])) ? 3 : nil
        }
        // Another language's age, after a name: "Goober vor 2 Tagen", "Goober 2 ore fa".
        guard !Timestamp.isAge(w) else { return nil }
        return [3, 5].first { w.count > $0 && Timestamp.isAge(Array(w.suffix($0))) }
    }

    /// "Goober Jan 14", "Sea to the Dea Dec 24, 2023": a name, then a date with its month
    /// named (a year alone is no date: "Goober 2024"); not a label ("Sent: Apr 12") nor a
    /// signature ("— Name, 19 November 2023"), which have readings of their own.
    static func endsWithDate(_ w: [Substring], raw: [Substring]) -> Bool { trailingDate(w, raw: raw) != nil }

    /// How many of the last words are the date of `endsWithDate`, if they are one.
    static func trailingDate(_ w: [Substring], raw: [Substring]) -> Int? {
        guard w.count == raw.count, w.count >= 2, w.count <= 14, let first = raw.first?.first,
            !"—–-~".contains(first)
        else { return nil }
        // The date: the longest run of date words at the end ("May 6, 2024 at 9:21 AM", "12 de
        // marzo de 2024 a las 10:15").
        var k = 0
        while k < min(9, w.count - 1), Timestamp.isDateWord(w[w.count - 1 - k]) { k += 1 }
        // "True North 60, Tue 12/05/2023": a number the comma ends belongs to the name.
        if k > 0, raw[w.count - k].last == ",", w[w.count - k].allSatisfy(\.isNumber) { k -= 1 }
        // A day alone is a date after a comma: "Name, yesterday", "Name, gestern".
        let dayAlone = k == 1 && Lexicon.days.contains(String(w[w.count - 1])) && raw[w.count - 2].last == ","
        guard k >= 2 || dayAlone, w.count - k <= 7, w.suffix(k).contains(where: LineFeatures.namesADay) else {
            return nil
        }
        // A label's date ("Sent: Apr 12") is no author's; "Name, May 2, 2024 at 10:15" and a
        // chat's "Name, [03.05.2024 10:15]" are.
        if raw[w.count - k - 1].last == ":" { return nil }
        // "Posted by Name on <date>" is a byline, read as one (`signature`, `authorBeforeVerb`).
        guard !["posted", "submitted", "by", "updated", "published", "written", "reviewed"].contains(w[0]) else {
            return nil
        }
        return isNameLike(w.dropLast(k).joined(separator: " ")) ? k : nil
    }

    /// A word that makes a date of the date words around it: a month, "today" ("heute",
    /// "hier", ...), a time
    /// ("9:21am") or a day written with slashes ("5/06/24"); a year alone does not.
    static func namesADay(_ w: Substring) -> Bool {
        let word = String(w)
        return Lexicon.months.contains(word) || Lexicon.days.contains(word)
            || (w.first?.isNumber ?? false) && (w.contains(":") || w.filter { $0 == "/" }.count == 2)
    }
}
