extension PageLines {
    /// Facebook's comments plugin through a text browser: each comment's first line opens
    /// with its author's name ("Paul45 Although conservatives are...") and a row of controls
    /// closes it ("Like · Reply · 1w"). Where three or more comments in a row, and three in
    /// four of those the controls close, open with a name `runInName` finds, each such name
    /// gets a line of its own above its text: the author line the decoder reads.
    static func splitRunInNames(_ features: [LineFeatures]) -> [LineFeatures] {
        let closers = features.indices.filter { closesComment(features[$0]) }
        guard closers.count >= 3 else { return features }
        var splits: [Int: (name: String, text: String)] = [:]
        var run: [(first: Int, named: (name: String, text: String)?)] = []
        func settle() {
            let named = run.filter { $0.named != nil }
            if named.count >= 3, named.count * 4 >= run.count * 3 {
                for comment in named { splits[comment.first] = comment.named }
            }
            run = []
        }
        var previous = -1
        for closer in closers {
            defer { previous = closer }
            let first = commentStart(before: closer, after: previous, features)
            // Two rows of controls back to back close one comment.
            guard first < closer else { continue }
            // Lines between the last comment and this one: a new run.
            if first != previous + 1 { settle() }
            let headed = first > previous + 1 && headsComment(features[first - 1])
            run.append((first, headed ? nil : runInComment(features[first..<closer])))
        }
        settle()
        guard !splits.isEmpty else { return features }
        var out: [LineFeatures] = []
        out.reserveCapacity(features.count + splits.count)
        for (i, line) in features.enumerated() {
            guard let named = splits[i] else {
                out.append(line)
                continue
            }
            out.append(LineFeatures(text: named.name, indent: line.indent))
            out.append(LineFeatures(text: named.text, indent: line.indent))
        }
        return out
    }

    /// A comment's row of controls: with the comment's age or a reply button ("Like · Reply ·
    /// 1w"), not a teaser's "Read more" or a lone count.
    static func closesComment(_ line: LineFeatures) -> Bool {
        guard line.widget, line.text.contains(where: \.isLetter) else { return false }
        let lower = line.text.lowercased()
        return replyWords.contains { lower.containsBytes(of: $0) }
            || LineFeatures.segments(lower).contains(where: LineFeatures.isAge)
    }

    /// Reply buttons' stems: "Reply", "Antworten", "Répondre", "Responder", "Rispondi".
    private static let replyWords = ["repl", "antwort", "répond", "respon", "rispond", "reageer", "svar", "odpowiedz"]

    /// The first line of the comment that the controls at `closer` close: back from the line
    /// above it over running text (lines of four words or more, or ending a sentence), to
    /// the line after `previous` at most; a heading ("12 Comments", "Sort by Top") or a
    /// control stops it.
    static func commentStart(before closer: Int, after previous: Int, _ features: [LineFeatures]) -> Int {
        var first = closer
        while first - 1 > previous, closer - first < 40 {
            let line = features[first - 1]
            guard !line.widget, !line.countHeading, !line.timestamp, line.words >= 4 || line.terminal else { break }
            first -= 1
        }
        return first
    }

    /// A name-shaped line or a date right above a comment: its own author line, not the
    /// section's heading ("12 Comments") or sorting control ("Sort by Top").
    static func headsComment(_ line: LineFeatures) -> Bool {
        guard line.nameShaped || line.timestamp, !line.countHeading else { return false }
        let first = line.text.prefix { $0 != " " }.lowercased()
        return !PageLines.sortWords.contains(first)
    }

    /// A comment whose first line opens with its author's name and nothing else names one.
    static func runInComment(_ lines: ArraySlice<LineFeatures>) -> (name: String, text: String)? {
        guard let first = lines.first, !first.nameShaped,
            !lines.contains(where: { $0.inlineTimestamp || $0.authorBeforeVerb != nil || $0.signature != nil })
        else { return nil }
        return runInName(first.text)
    }

    /// "Paul45 Although conservatives..." -> ("Paul45", "Although conservatives..."): a
    /// lower-case handle is its first word; a capitalised name runs to the last of its
    /// capitalised words, which opens the sentence, or to a common word ("MHawke The NDP"),
    /// or to a word carrying punctuation ("Lymetime Agreed."); initials and particles
    /// ("George O.", "Cassandra from Ottawa") stay in the name.
    static func runInName(_ line: String) -> (name: String, text: String)? {
        // A name and the words that may end it are within the first ten words: the rest of a
        // paragraph stays whole, one piece.
        let words = line.split(separator: " ", maxSplits: 10)
        guard words.count >= 3, !carriesPunctuation(words[0]) else { return nil }
        // A title ("Canada Eyes New Rules For Foreign Workers"), not a name and a sentence.
        if words.count >= 4, words.count <= 10, words.count(where: opensName) * 5 >= words.count * 3,
            !(line.last.map { ".!?…".contains($0) } ?? false)
        {
            return nil
        }
        var end = 1
        if opensName(words[0]) {
            var k = 1
            var cut: Int?
            scan: while k < words.count, k < 8 {
                let word = words[k]
                if opensName(word) {
                    if carriesPunctuation(word) && !isInitial(word) || opensSentence(word) {
                        cut = k
                        break scan
                    }
                    k += 1
                    continue
                }
                // "Cassandra from Ottawa": up to two particles, then a capitalised word.
                var j = k
                while j < words.count, j < k + 2, Lexicon.nameParticles.contains(String(words[j])) { j += 1 }
                guard j > k, j < words.count, opensName(words[j]), !carriesPunctuation(words[j]) else { break }
                k = j + 1
            }
            // Seven capitalised words and more: a title, not a name and a sentence.
            if cut == nil, k >= 8 { return nil }
            end = cut ?? max(1, k - 1)
        }
        let name = words[..<end].joined(separator: " ")
        guard !opensSentence(words[0]), LineFeatures.isNameLike(name) else { return nil }
        return (name, words[end...].joined(separator: " "))
    }

    private static func opensName(_ word: Substring) -> Bool {
        word.first.map { $0.isUppercase || $0.isNumber } ?? false
    }

    private static func opensSentence(_ word: Substring) -> Bool {
        let lower = word.lowercased()
        return Lexicon.stopWords.contains(lower) || Lexicon.openers.contains(lower)
    }

    private static func carriesPunctuation(_ word: Substring) -> Bool {
        word.first == "&" || word.first == "@" || word.contains { ".,:;!?\"“”".contains($0) }
    }

    /// "O.", "S.", "Jr.", "Mrs.": a name's part, whatever its period.
    private static func isInitial(_ word: Substring) -> Bool {
        LineFeatures.isInitial(word) || ["Jr.", "Sr.", "Mr.", "Mrs.", "Ms.", "Dr."].contains(word)
    }
}
