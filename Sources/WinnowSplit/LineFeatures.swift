/// What the splitter knows about one non-blank line: its shape and its neighbourhood.
struct LineFeatures: Sendable {
    var text: String
    var words: Int = 0
    var chars: Int = 0
    /// Ends like a sentence (. ! ? … or a closing quote after one).
    var terminal = false
    /// Eighty letters and more of a script that ends sentences with no mark (Thai, Lao).
    var unmarkedProse = false
    /// Has punctuation that names rarely have (, ; = ? ! " and colons not in "says:").
    var sentencePunctuation = false
    var capitalizedRatio = 0.0
    var stopRatio = 0.0
    var timestamp = false
    var widget = false
    /// Pictures alone ("👍", "😡😡😡"): a comment once, a reaction button where it repeats.
    var pictographic = false
    var boilerplateWords = 0
    /// Boilerplate words a reader's sentence seldom uses ("cookies", "newsletter").
    var chromeWords = 0
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
    /// A badge on a line of its own ("Subscriber", "Top commenter").
    var badgeLine = false
    /// A forum's "Key: value" under the poster's name ("Join Date: Jan 2010", "Posts: 87").
    var profileField = false
    var copyright = false
    var listMarker = false
    /// An item of a list a line ending in ":" introduces ("Three things:" / "- cut bonuses" /
    /// "- sell the terminal"): the text goes on, however short its items.
    var introducedItem = false
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
        let rawWords = LineFeatures.words(lower, tabs: true)
        // Chinese, Japanese, Thai write without spaces: words counted from their letters.
        let unspaced = LineFeatures.unspacedWords(head)
        words = rawWords.count + unspaced.ideographic + unspaced.southeastAsian
        let trimmed = rawWords.map { Substring($0.trimmingCharacters(in: LineFeatures.wordTrim)) }
        // "Name says:" is parsed once: its colon is no sentence punctuation.
        let author = LineFeatures.authorBeforeVerb(head, lower, words: words)
        analysePunctuation(head, inner: author ?? head)
        // Thai and Lao end a sentence with no mark: a paragraph is told by its length.
        unmarkedProse = unspaced.southeastAsian >= 20
        let original = LineFeatures.words(head, tabs: false)
        capitalizedRatio =
            Double(original.filter { $0.first.map { $0.isUppercase || $0.isNumber } ?? false }.count)
            / Double(max(1, original.count))
        startsLower = text.first?.isLowercase ?? false
        badgeLine = words <= 2 && Lexicon.badgeLines.contains(lower)
        profileField = chars <= 60 && LineFeatures.isProfileField(lower)
        stopRatio = Double(trimmed.filter { Lexicon.stopWords.contains(String($0)) }.count) / Double(max(1, words))
        // "3 hours ago edited": an age the comment's edit is noted after.
        let stamped = trimmed.filter { !$0.isEmpty }
        timestamp =
            Timestamp.matches(stamped)
            || stamped.count >= 2 && Lexicon.editMarks.contains(String(stamped[stamped.count - 1]))
                && Timestamp.matches(Array(stamped.dropLast()))
        let parts = LineFeatures.segments(lower)
        // A line of only punctuation and numbers ("-", "•", "12") is chrome too, and so is
        // a row of controls with the comment's age among them ("Like · Reply · 3y").
        // Only a short line can be a widget: a paragraph's parts are not looked at.
        let controls = chars <= 60 ? parts.map(LineFeatures.isWidgetPart) : []
        let hasControl = controls.contains(true)
        pictographic = LineFeatures.isPictographic(text)
        widget =
            chars <= 60
            && (zip(parts, controls).allSatisfy { $1 || LineFeatures.isAge($0) } && hasControl
                || !text.contains(where: \.isLetter) && !pictographic)
        // "Was this helpful? Yes (3) No (1)": a rating control asks its question.
        if chars <= 60, Lexicon.widgetQuestions.contains(where: { lower.hasPrefix($0) }) { widget = true }
        // "29 people found this helpful": a rating control's tally.
        if chars <= 60, Lexicon.widgetTallies.contains(where: { lower.hasSuffix($0) }) { widget = true }
        // A row of controls that carries the comment's age is chrome, not a date line.
        if widget && hasControl { timestamp = false }
        // A signature under a comment ("— Name, 1 week ago") keeps its date: it ends a comment.
        let signed = text.first.map { "—–~".contains($0) } ?? false
        // "Name 2h ago ♥ 52 Reply": a card's footer, the controls on the author's line.
        controlsAfterAge =
            !widget && words <= 16 && LineFeatures.endsWithAge(LineFeatures.withoutTrailingControls(trimmed))
        // "Name 2 hours ago (edited)": the edit noted after the age.
        let edited = LineFeatures.endsWithEdit(trimmed)
        let (dated, rawDated) = edited ? (Array(trimmed.dropLast()), Array(rawWords.dropLast())) : (trimmed, rawWords)
        if !widget, !signed,
            LineFeatures.hasSeparatedTimestamp(parts) || LineFeatures.endsWithAge(dated) || controlsAfterAge
                || LineFeatures.endsWithDate(dated, raw: rawDated)
        {
            inlineTimestamp = true
            timestamp = false
        }
        let boilerplate = trimmed.filter { Lexicon.boilerplateWords.contains(String($0)) }
        boilerplateWords = boilerplate.count
        chromeWords = boilerplate.count { !Lexicon.everydayBoilerplateWords.contains(String($0)) }
        // The section's order control ("Sort by Top", "Trier par date") heads it as its count does.
        countHeading =
            LineFeatures.isCountHeading(trimmed)
            || chars <= 30 && Lexicon.sortControls.contains(where: { lower.utf8.starts(with: $0.utf8) })
        authorBeforeVerb = author
        // Author lines are short; a paragraph is not searched for reply markers.
        if authorBeforeVerb == nil, words <= 16, let reply = LineFeatures.replyMarker(head, lower) {
            (authorBeforeVerb, replyParent) = (reply.name, reply.parent)
        }
        if authorBeforeVerb != nil { timestamp = false }  // "Name wrote on March 3, 2024:" names first
        if authorBeforeVerb == nil, !timestamp { nameBeforePlace = LineFeatures.nameBeforePlace(head) }
        signature = LineFeatures.signature(head)
        answers = LineFeatures.answers(head, lower)
        byline = (trimmed.first == "by" && words <= 7) || lower.hasPrefix("written by")
        copyright =
            head.containsBytes(of: "©") || lower.containsBytes(of: "all rights reserved")
            || lower.hasPrefix("copyright")
        listMarker = ["-", "•", "*", "·", "–"].contains(where: { text.hasPrefix($0 + " ") })
        subject = lower.hasPrefix("re: ") && words <= 16
    }

    /// `inner`: the line without an author line's verb ("Name says:" -> "Name").
    private mutating func analysePunctuation(_ head: String, inner: String) {
        let closing = LineFeatures.closingMarks
        // Indices, not `body.count` and `dropLast()`: those walk the line each time, and a
        // line of 16,000 closing brackets took seconds.
        var end = text.endIndex
        var last = text.last
        while let l = last, closing.contains(l) {
            let markAt = text.index(before: end)
            guard markAt > text.startIndex else { break }
            end = markAt
            last = text[text.index(before: end)]
        }
        terminal = last.map { ".!?…。！？။។".contains($0) } ?? false
        sentencePunctuation =
            inner.unicodeScalars.contains { LineFeatures.sentenceMarks.contains($0) } || inner.hasSuffix(":")
            || inner.containsBytes(of: ": ")
    }

    static let closingMarks: Set<Character> = ["\"", "'", "”", "’", ")", "]"]

    static let sentenceMarks: ScalarSet = ",;=?!\"“”、，；！？「」"
    static let nameBreakers: ScalarSet = ",;!?=\""
    static let separatorMarks: ScalarSet = "|·•–—›»"

    /// Looks like a person's name or handle: short, no sentence punctuation.
    var nameShaped: Bool {
        // Its first segment, or the part before "wrote", is the name.
        if inlineTimestamp || authorBeforeVerb != nil || nameBeforePlace != nil { return true }
        return words >= 1 && words <= 6 && (chars <= 40 || chars - handleAfterName <= 40) && !sentencePunctuation
            && !widget && !timestamp
            && text.contains(where: \.isLetter)
            && (!terminal || initialAtEnd) && !describesAuthor
    }

    /// The length of a handle after a name ("Dr. Ken Adams @drkenadams@mastodon.social"),
    /// which makes a name longer than names are; 0 without one.
    var handleAfterName: Int {
        guard let space = text.lastIndex(of: " "), text[text.index(after: space)...].first == "@" else { return 0 }
        return text[space...].count
    }

    /// A line about the author above it, not a name: a credential after a comma (", Former
    /// teacher"), a rating with its title ("★★★★☆ Worth it"), or a badge.
    var describesAuthor: Bool {
        guard let first = text.first else { return false }
        // Or a badge on a line of its own, under the name ("Subscriber", "Top commenter").
        return first == "," || first == "★" || first == "☆" || badgeLine
    }

    /// The same subject line above several posts ("Re: Ferry fares").
    var repeatedSubject: Bool { subject && repeats >= 1 }

    /// "George O." / "John S." / "Walrus Jr." / "g.d." end in a period but are names.
    var initialAtEnd: Bool {
        let parts = text.split(separator: " ")
        guard let last = parts.last else { return false }
        if parts.count == 1 { return LineFeatures.isInitials(last) }
        return LineFeatures.isInitial(last) || last == "Jr." || last == "Sr." || LineFeatures.isInitials(last)
    }

    /// "g.d.", "J.R.": two or more letters each followed by its period.
    static func isInitials(_ word: Substring) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 4, scalars.count % 2 == 0 else { return false }
        return stride(from: 0, to: scalars.count, by: 2).allSatisfy {
            scalars[$0].properties.isAlphabetic && scalars[$0 + 1] == "."
        }
    }

    /// "O.", "S.": a capital and its period, a name's initial.
    static func isInitial(_ word: Substring) -> Bool {
        word.count == 2 && word.first?.isUppercase == true && word.last == "."
    }

    /// Running text: a long sentence, or a long line with sentence punctuation.
    var prose: Bool {
        (words >= 10 && terminal) || (chars >= 160 && sentencePunctuation && !titleCase) || unmarkedProse
    }

    /// Headline capitalisation ("Japan Eyes Plan to Accept Foreign Workers"): lists of
    /// other stories, section titles, names.
    var titleCase: Bool { words >= 4 && capitalizedRatio >= 0.6 && !terminal }
}
