extension PageLines {
    /// "Star 22 ReplyMHawke5/06/24 9:21am", "Responder · DenunciarMHawkehace 2 días", "Reply
    /// QuoteMHawke 2 days ago": the row of controls under a comment run into the next
    /// author line by a text browser, read as the two lines. Only where controls open the
    /// line, the last one runs into a name, and the name is followed by an age or a date.
    static func controlsApart(_ line: String) -> [String] {
        guard line.utf8.count <= 100, let first = line.first, first.isLetter, opensAsControl(line),
            isControl(line.prefix { $0 != " " })
        else { return [line] }
        if line.utf8.count > 80 { return controlsBeforeAuthor(line) ?? [line] }
        let words = line.split(separator: " ")
        var i = 0
        while i < words.count, isControl(words[i]) { i += 1 }
        guard i > 0, i < words.count else { return [line] }
        let glued = words[i].lowercased()
        guard let control = gluedControls.first(where: { glued.hasPrefix($0) && glued.count > $0.count }) else {
            return controlsBeforeAuthor(line) ?? [line]
        }
        let name = words[i].dropFirst(control.count)
        guard name.first?.isLetter == true else { return [line] }
        let rest = ([name] + words[(i + 1)...]).joined(separator: " ")
        let author = unglued(rest)
        guard author != rest || isNameThenAge(rest) else { return [line] }
        return [(words[..<i] + [words[i].prefix(control.count)]).joined(separator: " "), author]
    }

    /// "Good post. Quote Top": a forum row's buttons printed at the end of the post's last
    /// line (html2text's table cells), read as a line of their own: two controls or more
    /// after a sentence's end, with words before it. A post whose last line carried its
    /// controls was read as no comment at all.
    static func trailingControlsApart(_ line: String) -> [String] {
        // Most lines end in a sentence's mark or a word that is no control: one look at the end.
        guard let last = line.last, last.isLetter, line.utf8.count >= 16, let space = line.lastIndex(of: " "),
            opensAsControl(line[line.index(after: space)...]), isControl(line[line.index(after: space)...])
        else { return [line] }
        let words = line.split(separator: " ")
        var start = words.count
        while start > 0, words.count - start < 4, words[start - 1].last?.isLetter == true, isControl(words[start - 1]) {
            start -= 1
        }
        guard words.count - start >= 2, start >= 2, let mark = words[start - 1].last, ".!?)\"”'…".contains(mark) else {
            return [line]
        }
        return [words[..<start].joined(separator: " "), words[start...].joined(separator: " ")]
    }

    /// "Reply Flag Write a replySend Avatar MHawke 17 minutes ago": buttons that html2text ran
    /// together and into the next author line, its picture's word between. Read as the two
    /// lines where the line ends in a name and its age and two thirds of the words before the
    /// name, two at least, are controls or pictures.
    static func controlsBeforeAuthor(_ line: String) -> [String]? {
        let words = line.split(separator: " ")
        let lower = words.map { Substring($0.lowercased()) }
        guard let k = LineFeatures.trailingAge(lower), k < words.count else { return nil }
        var start = words.count - k
        // The name's badge first ("Top commenter": "top" is also a sorting control).
        if let badge = Lexicon.badges.first(where: { lower[..<start].joined(separator: " ").hasSuffix(" " + $0) }) {
            start -= badge.spacedWordCount
        }
        let end = start
        while start > 0, end - start < 6, !isControlOrPicture(words[start - 1]) { start -= 1 }
        let before = words[..<start]
        let controls = before.count(where: isControlOrPicture)
        guard start > 0, start < end, controls >= 2, controls * 3 >= before.count * 2 else { return nil }
        let author = words[start...].joined(separator: " ")
        // "Reply Share Flag this and that 2 days ago": a name does not open with a common word.
        guard !Lexicon.stopWords.contains(lower[start].trimmingCharacters(in: LineFeatures.wordTrim)),
            isNameThenAge(author)
        else { return nil }
        return [before.joined(separator: " "), author]
    }

    private static func isControlOrPicture(_ word: Substring) -> Bool {
        let w = word.trimmingCharacters(in: LineFeatures.wordTrim).lowercased()
        return isControl(word) || Lexicon.pictureWords.contains(w) || LineFeatures.isGluedControlRow(w)
    }

    /// "MHawke 2 days ago": a name of a few words, then an age or a date.
    private static func isNameThenAge(_ text: String) -> Bool {
        let lower = text.lowercased().split(separator: " ")
        let trimmed = lower.map { Substring($0.trimmingCharacters(in: LineFeatures.wordTrim)) }
        guard let k = LineFeatures.trailingAge(lower) ?? LineFeatures.trailingDate(trimmed, raw: lower), k < lower.count
        else { return false }
        return isName(AuthorName.withoutBadge(AuthorName.dropLastWords(text, k)))
    }

    /// Whether the line's first two bytes, lowercased, open a control: one look at most lines.
    private static func opensAsControl(_ line: some StringProtocol) -> Bool {
        var bytes = line.utf8.makeIterator()
        guard let a = bytes.next(), let b = bytes.next() else { return false }
        let lower = { (c: UInt8) in c >= 65 && c <= 90 ? c | 0x20 : c }  // ASCII capitals only
        return controlOpenings.contains(UInt16(lower(a)) << 8 | UInt16(lower(b)))
    }

    /// The first two bytes of each control.
    private static let controlOpenings = Set(
        Lexicon.widget.compactMap { w -> UInt16? in
            let b = Array(w.utf8)
            return b.count >= 2 ? UInt16(b[0]) << 8 | UInt16(b[1]) : nil
        })

    /// A control, a count or a separator of a row of controls ("Star", "22", "·").
    private static func isControl(_ word: Substring) -> Bool {
        let w = word.trimmingCharacters(in: LineFeatures.wordTrim).lowercased()
        return w.isEmpty || w.allSatisfy(\.isNumber) || Lexicon.widget.contains(w)
    }

    /// Controls of one word long enough not to open a name themselves ("Like" would:
    /// "Likely"), longest first.
    private static let gluedControls = Lexicon.oneWordControls.filter { $0.count >= 5 }
        .sorted { $0.count > $1.count }
}
