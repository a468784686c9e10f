/// Parsers of the lines that name a comment's author in one layout or another: "Name
/// says:", "by Name (1234) on <date>", "Name replied to Other", "In reply to Name", "Name,
/// Place", "— Name, date".
extension LineFeatures {
    /// "Name says:", "Name wrote:", "Name wrote on March 3, 2024 at 2:15 pm:" -> "Name";
    /// "by Name (12345) on Monday March 03, 2024 @02:15PM" -> "Name".
    static func authorBeforeVerb(_ text: String, _ lower: String, words: Int) -> String? {
        for prefix in LineFeatures.bylinePrefixes where lower.hasPrefix(prefix) && words <= 16 {
            if let dated = byDated(String(text.dropFirst(prefix.count - 3))) { return dated }
        }
        if let suffix = Lexicon.authorSuffixes.first(where: { lower.hasSuffix($0) }), words <= 16 {
            let name = String(text.dropLast(suffix.count))
            // "Name on May 2, 2024 at 10:15 am said:", "On May 2, 2024, Name said:".
            if let undated = withoutDate(name) { return undated }
            if words <= 8 { return name }
        }
        guard lower.hasSuffix(":"), words <= 16 else { return nil }
        for verb in Lexicon.authorVerbs {
            if let r = lower.byteRange(of: " \(verb) ") {
                let offset = lower.distance(from: lower.startIndex, to: r.lowerBound)
                let name = String(text.prefix(offset))
                let parts = name.split(separator: " ")
                return parts.count <= 7
                    && !name.unicodeScalars.contains(where: { LineFeatures.nameBreakers.contains($0) }) ? name : nil
            }
        }
        return nil
    }

    /// "Name on May 2, 2024 at 10:15 am" and "On May 2, 2024 at 10:15 am, Name" -> "Name";
    /// nil when no date stands before or after the name.
    static func withoutDate(_ text: String) -> String? {
        let lower = text.lowercased()
        let (name, date): (Substring, Substring)
        // The same place in `text` as in `lower` (lowercasing keeps a line's Characters).
        func place(_ i: String.Index) -> String.Index {
            text.index(
                text.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: i), limitedBy: text.endIndex)
                ?? text.endIndex
        }
        if lower.hasPrefix("on "), let comma = lower.lastIndex(of: ",") {
            (name, date) = (text[place(comma)...].dropFirst(), lower.dropFirst(3)[..<comma])
        } else if let on = lower.byteRange(of: " on ") {
            (name, date) = (text[..<place(on.lowerBound)], lower[on.upperBound...])
        } else {
            return nil
        }
        let trimmed = name.trimmingCharacters(in: " ")
        let words = date.split(separator: " ").map { Substring($0.trimmingCharacters(in: ".,;:()[]")) }
        guard Timestamp.matches(words), isNameLike(trimmed), (1...6).contains(trimmed.spacedWordCount) else {
            return nil
        }
        return trimmed
    }

    /// "In reply to Name", "Replying to @name", "Reply to Name": a line naming the parent.
    static func answers(_ text: String, _ lower: String) -> String? {
        guard
            let marker = ["in reply to ", "replying to ", "reply to ", "in response to "].first(where: {
                lower.hasPrefix($0)
            })
        else { return nil }
        let name = String(text.dropFirst(marker.count)).trimmingCharacters(in: " :")
        // Not "Reply to all: calm down.", a comment that opens as a reply line does.
        return name.spacedWordCount <= 6 && isNameLike(name) && !name.contains(":") ? name : nil
    }

    /// What opens a byline that dates a comment above it ("Submitted by Name on <date>",
    /// Drupal's); "Posted by Name on <date>" heads one on some blogs and signs one below on
    /// others (`signature`, `Template.signsComments`).
    static let bylinePrefixes = ["by ", "comment by ", "reply by ", "comment from ", "submitted by ", "posted by "]

    /// "by Name (12345) on <date>", "by Name at 2:15 PM": a byline that dates a comment.
    static func byDated(_ text: String) -> String? {
        let rest = text.dropFirst(3)
        var name = Substring(rest)
        for cut in [" (", " on ", " at ", " | ", ", "] {
            if let r = name.byteRange(of: cut) { name = name[..<r.lowerBound] }
        }
        let after = rest.dropFirst(name.count)
        guard !name.isEmpty, name.count < rest.count, after.contains(where: \.isNumber),
            isNameLike(String(name)), name.spacedWordCount <= 6
        else { return nil }
        return String(name)
    }

    /// "Name  Reply to Other", "Name replied to Other", "Name in reply to Other", "Name ▸ Other":
    /// the author and whom they answer, each a short name starting with a capital or `@`.
    static func replyMarker(_ text: String, _ lower: String) -> (name: String, parent: String)? {
        let markers = [" in reply to ", " replying to ", " replied to ", " reply to ", " ▸ ", " ► ", " → "]
        guard let (marker, r) = markers.lazy.compactMap({ m in lower.byteRange(of: m).map { (m, $0) } }).first
        else { return nil }
        let cut = lower.distance(from: lower.startIndex, to: r.lowerBound)
        let name = String(text.prefix(cut)).trimmingCharacters(in: " \t")
        let parent = String(text.dropFirst(cut + marker.count)).trimmingCharacters(in: " \t")
        // A lowercase side is a handle ("jsmith42 replied to Tom"): one word, never a sentence's.
        func isName(_ s: String) -> Bool {
            let words = s.split(separator: " ")
            let handle = words.count == 1 && s.first?.isLetter == true
            return (1...5).contains(words.count) && s.count <= 40
                && (s.first?.isUppercase == true || s.first == "@" || handle)
                && !s.contains(where: { ".!?,;:".contains($0) && $0 != "." || $0 == "?" || $0 == "!" })
                && !Lexicon.stopWords.contains(s.lowercased())
        }
        return isName(name) && isName(parent) ? (name, parent) : nil
    }

    /// "Jane D., Kingston, Ont." -> "Jane D.": a short name, a comma, then one to three
    /// capitalised words of a place (abbreviations such as "Ont." or "BC" included), and
    /// perhaps the age after another ("Jane D., Leeds, United Kingdom, 2 hours ago").
    static func nameBeforePlace(_ line: String) -> String? {
        // No comma among the bytes, no comma Character: most lines are told at once.
        guard line.utf8.count <= 100, line.utf8.contains(UInt8(ascii: ",")) else { return nil }
        var text = line
        if let last = text.lastIndex(of: ","), isAge(String(text[text.index(after: last)...])) {
            text = String(text[..<last])
        }
        guard let comma = text.firstIndex(of: ","), text.count <= 60 else { return nil }
        let name = String(text[..<comma]).trimmingCharacters(in: " ")
        let place = text[text.index(after: comma)...].split(separator: " ")
        let nameWords = name.split(separator: " ")
        guard (1...6).contains(nameWords.count), (1...3).contains(place.count), isNameLike(name),
            name.first.map({ $0.isLetter || $0.isNumber || $0 == "@" }) ?? false,
            place.allSatisfy({ word in
                word.first?.isUppercase == true && word.allSatisfy { $0.isLetter || ".,".contains($0) }
                    && (!word.contains(".") || word.count <= 5)
            }),
            !Lexicon.stopWords.contains(name.lowercased())
        else { return nil }
        return name
    }

    /// "— Name, March 3, 2024", "-- Name", "~Name" -> "Name". ("Posted by: Name | date"
    /// is left to the decoder: blogs put it above a comment as often as below.)
    static func signature(_ text: String) -> String? {
        guard let first = text.first, "—–-~Pp".contains(first), text.count <= 100 else { return nil }
        // "Posted by Name on <date>" under a comment signs it as a dash does.
        if first == "P" || first == "p" {
            return text.lowercased().hasPrefix("posted by ") ? byDated(String(text.dropFirst("posted ".count))) : nil
        }
        var name = text.drop { "—–-~ ".contains($0) }.trimmingCharacters(in: " ")
        // "— Name May 6, 2024 at 9:21": the date after the name, without a comma between.
        let parts = name.lowercased().split(separator: " ")
        if let k = trailingDate(parts.map { Substring($0.trimmingCharacters(in: wordTrim)) }, raw: parts) {
            name = AuthorName.withoutLastWords(name, k)  // "— Name, Tue 12/05/2023 5:10pm"
        }
        for cut in [" | ", ", ", " on ", " at ", " · "] {
            if let r = name.byteRange(of: cut) { name = String(name[..<r.lowerBound]) }
        }
        let words = name.split(separator: " ")
        guard (1...6).contains(words.count), isNameLike(name), name.first?.isLetter == true || name.first == "@"
        else { return nil }
        return name
    }
}
