/// The non-blank lines of a page dump, cleaned of scraper artifacts, with their features.
struct PageLines: Sendable {
    var features: [LineFeatures] = []

    init(text: String) {
        var cleaned: [(text: String, indent: Int)] = []
        for raw in text.split(
            omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        {
            let indent = raw.prefix { $0 == " " || $0 == "\t" }.count
            let line = PageLines.clean(raw)
            if line.isEmpty { continue }
            cleaned.append((line, indent))
        }
        // A line that is only the start of the next line is a teaser fragment.
        var kept: [(text: String, indent: Int)] = []
        for (i, line) in cleaned.enumerated() {
            if i + 1 < cleaned.count, cleaned[i + 1].text.count > line.text.count + 10,
                cleaned[i + 1].text.hasPrefix(line.text)
            {
                continue
            }
            kept.append(line)
        }
        var counts: [String: Int] = [:]
        for line in kept where line.text.count <= 60 { counts[line.text, default: 0] += 1 }
        features = kept.map { LineFeatures(text: $0.text, indent: $0.indent) }
        for i in features.indices {
            features[i].repeats = max(0, (counts[features[i].text] ?? 1) - 1)
            features[i].position = Double(i) / Double(max(1, features.count - 1))
            if i + 1 < features.count {
                features[i].nextIsTimestamp = features[i + 1].timestamp
            }
            if i > 0 {
                features[i].previousIsTimestamp = features[i - 1].timestamp
                features[i].previousNameShaped = features[i - 1].nameShaped
                if features[i].signature != nil, let quote = features[i - 1].text.first, "\"“'‘«".contains(quote) {
                    (features[i].attribution, features[i].signature) = (true, nil)
                }
            }
        }
    }

    /// Trims white space and drops what scrapers glue onto lines: a leading "date 2023-05-30"
    /// stamp and a trailing "© Agency" credit.
    static func clean(_ raw: Substring) -> String {
        var line = raw.trimmingCharacters(in: " \t\u{00A0}\u{FEFF}")
        if let copyright = line.firstRange(of: "©"),
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
        guard take >= 1, sawDigits, words.count > take, words[0].lowercased() == "date" || take >= 2 else {
            return line
        }
        let rest = words[take...].joined(separator: " ")
        return rest.split(separator: " ").count >= 5 ? rest : line
    }
}

extension StringProtocol {
    /// `self` without leading and trailing characters from `set`. Works on Unicode scalars
    /// (every trimmed character here is one scalar), so it never breaks graphemes or
    /// allocates a set: this runs for every word of every line.
    func trimmingCharacters(in set: String) -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, set.unicodeScalars.contains(scalars[start]) { start = scalars.index(after: start) }
        while end > start {
            let before = scalars.index(before: end)
            guard set.unicodeScalars.contains(scalars[before]) else { break }
            end = before
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[start..<end])
        return String(out)
    }
}
