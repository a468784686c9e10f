/// What the splitter knows about one non-blank line: its shape and its neighbourhood.
struct LineFeatures: Sendable {
    var text: String
    var words: Int = 0
    var chars: Int = 0
    /// Ends like a sentence (. ! ? … or a closing quote after one).
    var terminal = false
    /// Has punctuation that names rarely have (, ; = ? ! " and colons not in "says:").
    var sentencePunctuation = false
    var capitalizedRatio = 0.0
    var stopRatio = 0.0
    var timestamp = false
    var widget = false
    var boilerplateWords = 0
    var countHeading = false
    /// The name in an author line like "Name says:" or "Name wrote on March 3, 2024:".
    var authorBeforeVerb: String?
    /// Whom an author line says the comment answers: "Name replied to Other", "Name ▸ Other".
    var replyParent: String?
    /// The name in "Name, Place" ("Jane D., Kingston, Ont."): an author with a hometown.
    var nameBeforePlace: String?
    /// The name in a line that signs the comment above it: "— Name, March 3, 2024".
    var signature: String?
    /// A quotation's source under it ("— Winston Churchill" below a quoted line): article.
    var attribution = false
    /// Whom a line of its own says the comment answers: "In reply to Name", "Replying to @name".
    var answers: String?
    var byline = false
    var copyright = false
    var listMarker = false
    /// "Re: Ferry fares": a post's subject line (chrome where it repeats above each post).
    var subject = false
    var startsLower = false
    /// Identical lines elsewhere on the page.
    var repeats = 0
    var nextIsTimestamp = false
    /// The line before is a timestamp (layouts that date a comment above its author).
    var previousIsTimestamp = false
    /// The line before is name-shaped ("Name" above "Toronto" above a date).
    var previousNameShaped = false
    var nextNameShaped = false
    /// "Name | March 3, 2024 at 10:02 pm": an author line carrying its own timestamp.
    var inlineTimestamp = false
    /// The controls follow the age on the author's line ("Name 2h ago ♥ 52 Reply").
    var controlsAfterAge = false
    var indent = 0
    var position = 0.0
    /// The line's number among the page's non-blank lines.
    var index = 0

    /// Lines longer than this are judged on their first part: no author line, timestamp or
    /// widget is that long, and a scraper's 20 MB line must not cost minutes.
    static let analysedLength = 4096

    init(text: String, indent: Int) {
        self.text = text
        self.indent = indent
        let head =
            text.utf8.count > LineFeatures.analysedLength
            ? String(decoding: text.utf8.prefix(LineFeatures.analysedLength), as: UTF8.self) : text
        chars = head.count
        let lower = head.lowercased()
        let rawWords = lower.split(whereSeparator: { $0 == " " || $0 == "\t" })
        words = rawWords.count
        let trimmed = rawWords.map { Substring($0.trimmingCharacters(in: LineFeatures.wordTrim)) }
        analysePunctuation(head)
        let original = head.split(separator: " ")
        capitalizedRatio =
            Double(original.filter { $0.first.map { $0.isUppercase || $0.isNumber } ?? false }.count)
            / Double(max(1, original.count))
        startsLower = text.first?.isLowercase ?? false
        stopRatio = Double(trimmed.filter { Lexicon.stopWords.contains(String($0)) }.count) / Double(max(1, words))
        timestamp = Timestamp.matches(trimmed.filter { !$0.isEmpty })
        let parts = LineFeatures.segments(lower)
        // A line of only punctuation and numbers ("-", "•", "12") is chrome too, and so is
        // a row of controls with the comment's age among them ("Like · Reply · 3y").
        // Only a short line can be a widget: a paragraph's parts are not looked at.
        let controls = chars <= 60 ? parts.map(LineFeatures.isWidgetPart) : []
        let hasControl = controls.contains(true)
        widget =
            chars <= 60
            && (zip(parts, controls).allSatisfy { $1 || LineFeatures.isAge($0) } && hasControl
                || !text.contains(where: \.isLetter))
        // "Was this helpful? Yes (3) No (1)": a rating control asks its question.
        if chars <= 60, Lexicon.widgetQuestions.contains(where: { lower.hasPrefix($0) }) { widget = true }
        // A row of controls that carries the comment's age is chrome, not a date line.
        if widget && hasControl { timestamp = false }
        // A signature under a comment ("— Name, 1 week ago") keeps its date: it ends a comment.
        let signed = text.first.map { "—–~".contains($0) } ?? false
        // "Name 2h ago ♥ 52 Reply": a card's footer, the controls on the author's line.
        controlsAfterAge =
            !widget && words <= 16 && LineFeatures.endsWithAge(LineFeatures.withoutTrailingControls(trimmed))
        if !widget, !signed,
            LineFeatures.hasSeparatedTimestamp(parts) || LineFeatures.endsWithAge(trimmed) || controlsAfterAge
                || LineFeatures.endsWithDate(trimmed, raw: rawWords)
        {
            inlineTimestamp = true
            timestamp = false
        }
        boilerplateWords = trimmed.filter { Lexicon.boilerplateWords.contains(String($0)) }.count
        countHeading = LineFeatures.isCountHeading(trimmed)
        authorBeforeVerb = LineFeatures.authorBeforeVerb(head, lower, words: words)
        // Author lines are short; a paragraph is not searched for reply markers.
        if authorBeforeVerb == nil, words <= 16, let reply = LineFeatures.replyMarker(head, lower) {
            (authorBeforeVerb, replyParent) = (reply.name, reply.parent)
        }
        if authorBeforeVerb != nil { timestamp = false }  // "Name wrote on March 3, 2024:" names first
        if authorBeforeVerb == nil, !timestamp { nameBeforePlace = LineFeatures.nameBeforePlace(head) }
        signature = LineFeatures.signature(head)
        answers = LineFeatures.answers(head, lower)
        byline = (trimmed.first == "by" && words <= 7) || lower.hasPrefix("written by")
        copyright = head.contains("©") || lower.contains("all rights reserved") || lower.hasPrefix("copyright")
        listMarker = ["-", "•", "*", "·", "–"].contains(where: { text.hasPrefix($0 + " ") })
        subject = lower.hasPrefix("re: ") && words <= 16
    }

    private mutating func analysePunctuation(_ head: String) {
        let closing: Set<Character> = ["\"", "'", "”", "’", ")", "]"]
        var last = text.last
        var body = Substring(text)
        while let l = last, closing.contains(l), body.count > 1 {
            body = body.dropLast()
            last = body.last
        }
        terminal = last.map { ".!?…".contains($0) } ?? false
        let inner = authorSuffixFree(head)
        sentencePunctuation =
            inner.unicodeScalars.contains { LineFeatures.sentenceMarks.contains($0) } || inner.hasSuffix(":")
            || inner.contains(": ")
    }

    private func authorSuffixFree(_ s: String) -> String {
        LineFeatures.authorBeforeVerb(s, s.lowercased(), words: words) ?? s
    }

    static let sentenceMarks = Set(",;=?!\"“”".unicodeScalars)
    static let nameBreakers = Set(",;!?=\"".unicodeScalars)
    static let separatorMarks = Set("|·•–—›»".unicodeScalars)

    /// Punctuation and widget marks trimmed from the ends of words before matching them.
    static let wordTrim = "\"'“”‘’()[]{}.,;:!?*•·›»«‹→←↑↓▲▼|–—-#"

    /// The pieces of a line split at the separators widgets put between items (| · • – —).
    static func segments(_ lower: String) -> [String] {
        lower.split(whereSeparator: {
            $0.unicodeScalars.count == 1 && separatorMarks.contains($0.unicodeScalars.first!)
        })
        .map { $0.trimmingCharacters(in: " \t-:()[]") }
        .filter { !$0.isEmpty }
    }

    /// A widget control or counter: "reply", "share", "12 likes", "5 points", "+3", "↑",
    /// or a row of controls without separators ("permalink embed save report reply").
    static func isWidgetPart(_ part: String) -> Bool {
        if Lexicon.widget.contains(part) { return true }
        if isControlRow(part) { return true }
        // "Avatar for Name", "Profile picture of Name": the picture beside an author.
        if let first = part.split(separator: " ").first, Lexicon.pictureWords.contains(String(first)),
            part.split(separator: " ").count <= 6
        {
            return true
        }
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

    /// "permalink embed save report reply": two or more controls, none a word of text.
    /// Rows are short; a sentence is turned away before its words are looked at.
    static func isControlRow(_ part: String) -> Bool {
        let words = part.split(separator: " ")
        guard words.count >= 2, words.count <= 8 else { return false }
        let controls = words.map { $0.trimmingCharacters(in: wordTrim) }
        // Counts may sit between the controls: "Like (44) Reply Share".
        // ... and the comment's age: "2h  Like  Reply".
        return controls.allSatisfy {
            $0.isEmpty || Lexicon.widget.contains($0) || $0.allSatisfy(\.isNumber)
                || Timestamp.isCompactAge(Substring($0))
        }
            && controls.contains { Lexicon.widget.contains($0) }
    }

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

    /// "Goober 5 hours ago", "Goober 12 points 3h": a name followed by an age, with no
    /// separator.
    static func endsWithAge(_ w: [Substring]) -> Bool {
        if w.count >= 2, w.count <= 8, let last = w.last, Timestamp.isCompactAge(last) {
            return isNameLike(w.dropLast().joined(separator: " "))
        }
        // "Goober vor 2 Tagen", "Goober il y a 2 heures", "Goober 2 ore fa": another language's age.
        for k in [3, 5] where w.count > k && w.count <= 10 && w.last != "ago" && !Timestamp.isAge(w) {
            if Timestamp.isAge(Array(w.suffix(k))) { return isNameLike(w.dropLast(k).joined(separator: " ")) }
        }
        // "Goober 2h ago".
        if w.count >= 3, w.count <= 9, w.last == "ago", Timestamp.isCompactAge(w[w.count - 2]) {
            return isNameLike(w.dropLast(2).joined(separator: " "))
        }
        guard w.count >= 4, w.count <= 10, w.last == "ago" else { return false }
        let amount = w[w.count - 3]
        guard amount == "a" || amount == "an" || amount.allSatisfy(\.isNumber),
            Lexicon.timeUnits.contains(String(w[w.count - 2]))
        else { return false }
        return isNameLike(w.dropLast(3).joined(separator: " "))
    }

    /// "Goober Jan 14", "Sea to the Dea Dec 24, 2023": a name, then a date with its month
    /// named (a year alone is no date: "Goober 2024"); not a label ("Sent: Apr 12") nor a
    /// signature ("— Name, 19 November 2023"), which have readings of their own.
    static func endsWithDate(_ w: [Substring], raw: [Substring]) -> Bool { trailingDate(w, raw: raw) != nil }

    /// How many of the last words are the date of `endsWithDate`, if they are one.
    static func trailingDate(_ w: [Substring], raw: [Substring]) -> Int? {
        guard w.count == raw.count, w.count >= 3, w.count <= 14, let first = raw.first?.first,
            !"—–-~".contains(first)
        else { return nil }
        // The date: the longest run of date words at the end ("May 6, 2024 at 9:21 AM").
        var k = 0
        while k < min(7, w.count - 1), Timestamp.isDateWord(w[w.count - 1 - k]) { k += 1 }
        // "True North 60, Tue 12/05/2023": a number the comma ends belongs to the name.
        if k > 0, raw[w.count - k].last == ",", w[w.count - k].allSatisfy(\.isNumber) { k -= 1 }
        guard k >= 2, w.count - k <= 7, w.suffix(k).contains(where: LineFeatures.namesADay) else { return nil }
        // (A bracketed date after a comma is a chat's stamp: "Name, [03.05.2024 10:15]".)
        if let last = raw[w.count - k - 1].last, last == ":" || last == "," && raw[w.count - k].first != "[" {
            return nil
        }
        // "Posted by Name on <date>" is a byline, read as one (`signature`, `authorBeforeVerb`).
        guard !["posted", "submitted", "by", "updated", "published", "written"].contains(w[0]) else { return nil }
        return isNameLike(w.dropLast(k).joined(separator: " ")) ? k : nil
    }

    /// A word that makes a date of the date words around it: a month, "today", a time
    /// ("9:21am") or a day written with slashes ("5/06/24"); a year alone does not.
    static func namesADay(_ w: Substring) -> Bool {
        Lexicon.months.contains(String(w)) || w == "today" || w == "yesterday"
            || (w.first?.isNumber ?? false) && (w.contains(":") || w.filter { $0 == "/" }.count == 2)
    }

    static func isNameLike(_ part: String) -> Bool {
        let words = part.split(separator: " ")
        return words.count >= 1 && words.count <= 7 && part.count <= 40
            && !part.unicodeScalars.contains(where: { nameBreakers.contains($0) })
            && !words.allSatisfy { Timestamp.isDateWord(Substring($0.trimmingCharacters(in: ".,:"))) }
            && !Lexicon.boilerplateWords.contains(String(words[0]))
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

    /// Looks like a person's name or handle: short, no sentence punctuation.
    var nameShaped: Bool {
        // Its first segment, or the part before "wrote", is the name.
        if inlineTimestamp || authorBeforeVerb != nil || nameBeforePlace != nil { return true }
        return words >= 1 && words <= 6 && chars <= 40 && !sentencePunctuation && !widget && !timestamp
            && text.contains(where: \.isLetter)
            && (!terminal || initialAtEnd)
    }

    /// The same subject line above several posts ("Re: Ferry fares").
    var repeatedSubject: Bool { subject && repeats >= 1 }

    /// "George O." / "John S." end in a period but are names.
    var initialAtEnd: Bool {
        let parts = text.split(separator: " ")
        guard let last = parts.last, parts.count >= 2 else { return false }
        return last.count == 2 && last.first?.isUppercase == true && last.last == "."
    }

    /// Running text: a long sentence, or a long line with sentence punctuation.
    var prose: Bool { (words >= 10 && terminal) || (chars >= 160 && sentencePunctuation && !titleCase) }

    /// Headline capitalisation ("Japan Eyes Plan to Accept Foreign Workers"): lists of
    /// other stories, section titles, names.
    var titleCase: Bool { words >= 4 && capitalizedRatio >= 0.6 && !terminal }
}
