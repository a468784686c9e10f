/// The non-blank lines of a page dump, cleaned of scraper artifacts, with their features.
struct PageLines: Sendable {
    var features: [LineFeatures] = []

    init(text: String) {
        var cleaned: [(text: String, indent: Int)] = []
        let raws = DumpMarkup.clean(
            text.lineSlices().map(String.init))
        for raw in raws {
            let indent = raw.prefix { $0 == " " || $0 == "\t" }.count
            for part in PageLines.parts(PageLines.clean(Substring(raw))) {
                let line = PageLines.unglued(part)
                if line.isEmpty { continue }
                cleaned.append((line, indent))
            }
        }
        // A line that is only the start of the next line is a teaser fragment, or a subject
        // that repeats the comment's first words ("Good post" over "Good post.").
        var kept: [(text: String, indent: Int)] = []
        for (i, line) in cleaned.enumerated() {
            if i + 1 < cleaned.count, cleaned[i + 1].text.hasPrefix(line.text),
                cleaned[i + 1].text.count > line.text.count + 10
                    || cleaned[i + 1].text.dropFirst(line.text.count).allSatisfy(\.isPunctuation)
                        && cleaned[i + 1].text.count > line.text.count
            {
                continue
            }
            kept.append(line)
        }
        kept = PageLines.splitTrailingSignatures(
            PageLines.splitNamedLines(PageLines.joinedProfileFields(PageLines.glueFragments(kept))))
        kept = PageLines.splitLeadingDates(kept)
        features = PageLines.splitRunInNames(kept.map { LineFeatures(text: $0.text, indent: $0.indent) })
        var counts: [String: Int] = [:]
        for line in features where line.text.count <= 60 { counts[line.text, default: 0] += 1 }
        PageLines.markAttributions(&features)
        PageLines.markQuotedAuthors(&features)
        PageLines.markLists(&features)
        let nameShaped = features.map(\.nameShaped)
        for i in features.indices {
            features[i].repeats = max(0, (counts[features[i].text] ?? 1) - 1)
            features[i].position = Double(i) / Double(max(1, features.count - 1))
            features[i].index = i
            if i + 1 < features.count {
                features[i].nextIsTimestamp = features[i + 1].timestamp
                features[i].nextNameShaped = nameShaped[i + 1]
            }
            if i > 0 {
                features[i].previousIsTimestamp = features[i - 1].timestamp
                features[i].previousNameShaped = nameShaped[i - 1]
            }
        }
        markAuthorsBelowTexts()
    }

    /// "Other said:" right under an author line with its date ("Name 2 days ago", or "Name"
    /// over "2 days ago") opens a quotation of the comment answered, not another comment: it
    /// names the parent.
    static func markQuotedAuthors(_ features: inout [LineFeatures]) {
        for i in features.indices.dropFirst()
        where features[i - 1].inlineTimestamp
            || i >= 2 && features[i - 1].timestamp && features[i - 2].nameShaped && !features[i - 2].terminal
        {
            guard let quoted = features[i].authorBeforeVerb, !features[i].inlineTimestamp else { continue }
            (features[i].answers, features[i].authorBeforeVerb) = (quoted, nil)
        }
    }

    /// Two or more lines after one another opening with the same marker ("- ") are a list,
    /// not signatures; their items go on the text when the line above ends in ":".
    static func markLists(_ features: inout [LineFeatures]) {
        var start = 0
        while start < features.count {
            guard features[start].listMarker, let marker = features[start].text.first else {
                start += 1
                continue
            }
            var end = start + 1
            while end < features.count, features[end].listMarker, features[end].text.first == marker { end += 1 }
            if end - start >= 2 {
                let introduced = start > 0 && features[start - 1].text.hasSuffix(":")
                for i in start..<end { (features[i].signature, features[i].introducedItem) = (nil, introduced) }
            }
            start = end
        }
    }

    /// "— Winston Churchill" under a quoted line is a quotation's source (article), where
    /// the page quotes once or twice; a page of three or more such pairs is readers'
    /// comments quoted and signed.
    static func markAttributions(_ features: inout [LineFeatures]) {
        let quoted = features.indices.dropFirst().filter { i in
            features[i].signature != nil && features[i - 1].text.first.map { "\"“'‘«".contains($0) } == true
        }
        guard quoted.count < 3 else { return }
        for i in quoted { (features[i].attribution, features[i].signature) = (true, nil) }
    }

    /// A line's parts once what a dump ran together is read apart: a row of controls and the
    /// next author line, a post and its buttons, a date and the post after it.
    static func parts(_ line: String) -> [String] {
        controlsApart(line).flatMap(trailingControlsApart).flatMap(timeApart)
    }

    /// "Name: comment" lines, a run of four or more by three or more people, none of them
    /// half the run (an interview's "Q:" and "A:" alternate), after two paragraphs of
    /// prose that do not name most of them (a panel's transcript follows the panelists'
    /// introductions), become an author line and a comment line each: the one-line
    /// comments of a readers' responses box.
    static func splitNamedLines(_ lines: [(text: String, indent: Int)]) -> [(text: String, indent: Int)] {
        let names = lines.map { namedLine($0.text) }
        var out: [(text: String, indent: Int)] = []
        // The text before, to tell whether the article introduced a speaker (scrapers glue
        // a linked name to the next word: "Peter Stocklandis director..."), read once, and
        // only when a run asks: most pages have none.
        var before = "", unread: [String] = []
        func read(_ text: String) { unread.append(text) }
        func textBefore() -> String {
            for text in unread {
                before += text.lowercased()
                before += "\n"
            }
            unread.removeAll()
            return before
        }
        var i = 0, prose = 0
        while i < lines.count {
            guard names[i] != nil else {
                if lines[i].text.spacedWordCount >= 15 { prose += 1 }
                read(lines[i].text)
                out.append(lines[i])
                i += 1
                continue
            }
            // An ordered list's wrapped items ("2. Name said: ..." over lines indented under it):
            // the lines under each go on the run.
            let numbered = DumpMarkup.itemNumber(Substring(lines[i].text)) != nil
            var end = i
            while end < lines.count, names[end] != nil || numbered && end > i && lines[end].indent > lines[i].indent {
                end += 1
            }
            let run = names[i..<end].compactMap { $0?.name }
            let counts = Dictionary(run.map { ($0, 1) }, uniquingKeysWith: +)
            let comments =
                prose >= 2 && run.count >= 4 && counts.count >= 3 && (counts.values.max() ?? 0) * 2 <= run.count
                && !PageLines.introduced(counts, in: textBefore())
            for k in i..<end {
                if comments, let named = names[k] {
                    out.append((named.name, lines[k].indent))
                    out.append((named.text, lines[k].indent))
                } else if comments {
                    out.append((lines[k].text, lines[i].indent))
                } else {
                    read(lines[k].text)
                    out.append(lines[k])
                }
            }
            i = end
        }
        return out
    }

    /// Whether the text before a run names at least half its speakers: a panel's transcript,
    /// not readers' comments. A sample of the commonest 20 decides, so a run of thousands
    /// costs no more than one of twenty.
    static func introduced(_ counts: [String: Int], in before: String) -> Bool {
        let sample = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(20).map(\.key)
        return sample.count { before.contains($0.lowercased()) } * 2 >= sample.count
    }

    /// "Goober: That's a funny question." -> ("Goober", "That's a funny question.").
    static func namedLine(_ text: String) -> (name: String, text: String)? {
        // The name is short: only the line's start is searched for the colon.
        guard text.utf8.prefix(64).contains(UInt8(ascii: ":")), let colon = text.byteRange(of: ": ") else {
            return nil
        }
        var name = String(text[..<colon.lowerBound])
        // "2. Name said: ..." (an ordered list's item): the number is no part of the name.
        if DumpMarkup.itemNumber(Substring(name)) != nil, let space = name.firstIndex(of: " ") {
            name = String(name[space...]).trimmingCharacters(in: " ")
        }
        let rest = String(text[colon.upperBound...])
        // "Goober said: ..." (Tumblr's notes): the verb is no part of the name.
        if let verb = Lexicon.authorVerbs.first(where: { name.hasSuffix(" " + $0) }) {
            name = String(name.dropLast(verb.count + 1))
        }
        guard name.spacedWordCount <= 6, LineFeatures.isNameLike(name),
            rest.spacedWordCount >= 2
        else { return nil }
        return (name, rest.trimmingCharacters(in: " "))
    }

    /// Trims white space and drops what scrapers glue onto lines: a leading "date 2023-05-30"
    /// stamp and a trailing "© Agency" credit.
    static func clean(_ raw: Substring) -> String {
        var line = raw.trimmingCharacters(in: " \t\u{00A0}\u{FEFF}")
        if let copyright = line.byteRange(of: "©"),
            line.distance(from: line.startIndex, to: copyright.lowerBound) >= 20
        {
            line = String(line[..<copyright.lowerBound]).trimmingCharacters(in: " \t")
        }
        return stripDatePrefix(line)
    }

    static func stripDatePrefix(_ line: String) -> String {
        let words = line.split(separator: " ", maxSplits: 4)
        guard words.count >= 3 else { return line }
        var take = 0
        var sawDigits = false
        for w in words.prefix(3) {
            let lw = w.lowercased()
            guard lw == "date" || Timestamp.isDateWord(Substring(lw)) else { break }
            if w.contains(where: \.isNumber) { sawDigits = true }
            take += 1
        }
        // "On May 2, 2024 at 10:15 am, Name said:" opens a sentence, not a scraper's stamp.
        guard take >= 1, sawDigits, words.count > take, words[0].lowercased() == "date" || take >= 2,
            words[0].lowercased() != "on"
        else {
            return line
        }
        let rest = words[take...].joined(separator: " ")
        // "May 2 is my birthday": a day without its year or time, then the sentence's verb.
        let full = words[..<take].contains { $0.count == 4 && $0.allSatisfy(\.isNumber) || $0.contains(":") }
        if !full, rest.first?.isLowercase == true { return line }
        return rest.spacedWordCount >= 5 ? rest : line
    }
}

extension StringProtocol {
    /// `self` without leading and trailing characters from `set`. Works on Unicode scalars
    /// (every trimmed character here is one scalar), so it never breaks graphemes or
    /// allocates a set: this runs for every word of every line.
    func trimmingCharacters(in set: ScalarSet) -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, set.contains(scalars[start]) { start = scalars.index(after: start) }
        while end > start {
            let before = scalars.index(before: end)
            guard set.contains(scalars[before]) else { break }
            end = before
        }
        // Most words have nothing to trim: the copy is the word as it is.
        if start == scalars.startIndex, end == scalars.endIndex { return String(self) }
        return String(self[start..<end])  // Safe: both ends fall between scalars
    }
}
