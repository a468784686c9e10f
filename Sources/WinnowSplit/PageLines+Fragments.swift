import Foundation

extension PageLines {
    /// Marks that stand between two parts of one line ("3h | parent", "Name, 17 minutes ago");
    /// not a bullet, which text layouts put on a line of its own ("Name" / "Verified" / "·" /
    /// "2h") and are read so.
    private static let betweenMarks: Set<String> = ["|", ","]
    /// Marks that open a signature under a comment ("— Name").
    private static let leadingMarks: Set<String> = ["—", "–", "-", "~", "―"]
    /// Words that join a name and its date when alone on a line ("Name" / "on" / "date").
    private static let joinWords: Set<String> = ["on", "at", "am", "um", "le", "el", "il", "op", "à", "em", "en"]
    /// First words of a sorting control ("Sort by", "Trier par"), not an author line.
    static let sortWords: Set<String> = [
        "sort", "sorted", "order", "ordered", "trier", "trié", "ordenar", "ordenado", "ordina", "sorteer", "sortera",
        "sortuj"
    ]
    /// Words a "Posted by" ends with, in the languages of `Lexicon`'s readings.
    private static let byWords: Set<String> = ["by", "von", "par", "por", "da", "door", "av", "af", "przez"]

    /// A scraper that writes each text node of a page on a line of its own (BeautifulSoup's
    /// `get_text("\n")`) parts an author line into its pieces: "Posted by" / "Name" / "on May
    /// 6, 2024", "—" / "Name" / "," / "17 minutes ago", "Name" / "says:". The pieces are put
    /// back on one line: a mark between parts or a joining word alone ("on") joins both
    /// neighbours, a dash the line after it, a line ending in "by" the next one, and a short
    /// lowercase piece (a date after "on", a verb and its colon) the line before, when that
    /// line is short.
    static func glueFragments(_ lines: [(text: String, indent: Int)]) -> [(text: String, indent: Int)] {
        var out: [(text: String, indent: Int)] = []
        var openEnded = false  // the last line kept waits for the next one ("Posted by", "—")
        out.reserveCapacity(lines.count)
        for line in lines {
            let text = line.text
            // Most lines are longer than any piece: one look at their length.
            let bytes = text.utf8.count
            if bytes > 60, !openEnded {
                out.append(line)
                continue
            }
            // A handle under a display name keeps its line ("Name" / "@name" / "·" / "5h").
            if bytes <= 3, betweenMarks.contains(text), let last = out.last, isPiece(last.text),
                !(last.text.first == "@" && !last.text.contains(" "))
            {
                out[out.count - 1].text = text == "," ? last.text + "," : last.text + " " + text
                openEnded = true
                continue
            }
            if openEnded, var last = out.popLast() {
                last.text += " " + text
                out.append(last)
                openEnded = endsOpen(text)
                continue
            }
            if bytes <= 3, joinWords.contains(text), let last = out.last, isPiece(last.text) {
                out[out.count - 1].text = last.text + " " + text
                openEnded = true
                continue
            }
            if let last = out.last, continuesPiece(text), isPiece(last.text) {
                out[out.count - 1].text = last.text + " " + text
                openEnded = endsOpen(text)
                continue
            }
            out.append(line)
            openEnded = endsOpen(text)
        }
        return out
    }

    /// A line the next one completes: a dash alone, or a short one ending in "by".
    private static func endsOpen(_ text: String) -> Bool {
        guard text.utf8.count <= 40 else { return false }
        if leadingMarks.contains(text) { return true }
        let words = text.split(separator: " ")
        guard words.count <= 3, let last = words.last, let first = words.first else { return false }
        return byWords.contains(last.lowercased()) && !sortWords.contains(first.lowercased())
    }

    /// A short lowercase piece: a date after "on" or "at" ("on May 6, 2024", "at 9:21"; not a
    /// lowercase handle such as "gadabout1"), or an author verb and its colon ("says:", "a
    /// écrit :"; not "windswept said:", a line of its own).
    private static func continuesPiece(_ text: String) -> Bool {
        guard text.utf8.count <= 60, let first = text.unicodeScalars.first, first.properties.isLowercase else {
            return false
        }
        let words = text.split(separator: " ")
        if text.hasSuffix(":") {
            let verb = text.dropLast().trimmingCharacters(in: .whitespaces)
            return Lexicon.authorVerbs.contains(verb)
        }
        return (2...6).contains(words.count) && (words[0] == "on" || words[0] == "at")
            && text.contains(where: \.isNumber)
    }

    /// A line short enough to be part of an author line.
    private static func isPiece(_ text: String) -> Bool {
        text.count <= 60 && text.spacedWordCount <= 8
    }

    /// A forum's profile as a definition list renders it, a key and its value on lines of
    /// their own ("Joined" / "Jan 5, 2010", "Messages" / "3,456"): put back on one line,
    /// "Joined: Jan 5, 2010", as forums print them in text.
    static func joinedProfileFields(_ lines: [(text: String, indent: Int)]) -> [(text: String, indent: Int)] {
        var out: [(text: String, indent: Int)] = []
        out.reserveCapacity(lines.count)
        var i = 0
        while i < lines.count {
            let text = lines[i].text
            // Keys are a word or two: one look at the length first.
            if text.utf8.count <= 20, i + 1 < lines.count, lines[i + 1].text.utf8.count <= 30,
                Lexicon.profileKeys.contains(text.lowercased().trimmingCharacters(in: ": ")),
                !Lexicon.profileKeys.contains(lines[i + 1].text.lowercased())
            {
                out.append((text.trimmingCharacters(in: ": ") + ": " + lines[i + 1].text, lines[i].indent))
                i += 2
                continue
            }
            out.append(lines[i])
            i += 1
        }
        return out
    }
}
