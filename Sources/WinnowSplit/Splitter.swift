/// Splits a plain-text page dump into title, article paragraphs and reader comments.
///
/// Each non-blank line gets features (shape, punctuation, timestamps, widget words,
/// repetition); a Viterbi decoder picks the most likely line states under the structure
/// of a news page (preamble, article, gap, then author / meta / body / chrome per comment).
/// A second pass adds evidence from the comment template the first pass found.
public struct Splitter: Sendable {
    public init() {}

    public func split(_ text: String, source: String) -> Page {
        let (lines, states) = decode(text)
        return assemble(lines, states, source: source)
    }

    /// Each line with its decoded state and the features behind it, for `--explain`.
    public func explain(_ text: String) -> [(line: String, state: LineState, why: String)] {
        let (lines, states) = decode(text)
        return zip(lines.features, states).map { f, s in (f.text, s, Splitter.describe(f)) }
    }

    func decode(_ text: String) -> (PageLines, [LineState]) {
        let lines = PageLines(text: text)
        let first = LineDecoder(emission: Emission()).decode(lines.features)
        let template = Template(states: first, features: lines.features)
        let second = LineDecoder(emission: Emission(template: template)).decode(lines.features)
        return (lines, second)
    }

    func assemble(_ lines: PageLines, _ states: [LineState], source: String) -> Page {
        var paragraphs: [String] = [], comments: [Comment] = []
        var author: String?, body: [String] = [], indent = 0, named: String?
        // Distinct indentations of author lines, shallowest first: a reply's depth.
        let levels = Set(zip(lines.features, states).filter { $0.1 == .header }.map(\.0.indent)).sorted()
        let decoration = NameDecoration(
            names: zip(lines.features, states).filter { $0.1 == .header }.map { Splitter.author(from: $0.0) })
        func flush() {
            defer {
                author = nil
                body = []
            }
            guard let a = author, !a.isEmpty, !body.isEmpty else { return }
            let depth = levels.firstIndex(of: indent) ?? 0
            // The parent is whom the author line names, else the latest comment one level up.
            let parent = named ?? (depth == 0 ? nil : comments.last { $0.depth == depth - 1 }?.author)
            comments.append(Comment(author: a, text: body.joined(separator: "\n"), parent: parent, depth: depth))
        }
        var previous = LineState.preamble
        for (f, s) in zip(lines.features, states) {
            defer { previous = s }
            switch s {
            case .article: paragraphs.append(f.text)
            case .header:
                flush()
                author = decoration.strip(Splitter.author(from: f))
                (indent, named) = (f.indent, f.replyParent)
            case .body:
                // A comment signed below begins without an author line; its name comes last.
                if previous != .header && previous != .meta {
                    flush()
                    (author, indent, named) = ("", f.indent, nil)
                }
                body.append(f.text)
            case .meta: if let parent = f.answers { named = parent }
            case .bodyMore: if author != nil { body.append(f.text) }
            case .signature:
                if let name = f.signature, author?.isEmpty ?? true { author = name }
                flush()
            default: break
            }
        }
        flush()
        return Page(source: source, title: title(lines, states), paragraphs: paragraphs, comments: comments)
    }

    /// The headline: the longest headline-shaped preamble line.
    func title(_ lines: PageLines, _ states: [LineState]) -> String? {
        var best: LineFeatures?
        for (f, s) in zip(lines.features, states) where s == .preamble {
            guard f.words >= 3, f.words <= 25, !f.timestamp, !f.byline, !f.widget,
                f.boilerplateWords == 0 || f.words >= 5
            else {
                continue
            }
            guard !f.text.hasSuffix(".") || f.text.hasSuffix("...") else { continue }
            if best == nil || f.chars > best!.chars { best = f }
        }
        return best?.text
    }

    static func author(from f: LineFeatures) -> String {
        var name = f.authorBeforeVerb ?? f.nameBeforePlace ?? f.text
        // "#3 Name", "3. Name": comment numbering is not part of the name.
        if let first = name.split(separator: " ").first, name.split(separator: " ").count >= 2,
            first.count > 1, "#.):".contains(first.first == "#" ? "#" : first.last ?? " "),
            first.trimmingCharacters(in: "#.):").allSatisfy(\.isNumber)
        {
            name = String(name.dropFirst(first.count))
        }
        // "From: Name", "Author: Name": the label of a form-like author line.
        if let colon = name.firstIndex(of: ":"),
            Lexicon.authorLabels.contains(name[..<colon].lowercased().trimmingCharacters(in: " ")),
            name[name.index(after: colon)...].contains(where: \.isLetter)
        {
            name = String(name[name.index(after: colon)...]).trimmingCharacters(in: " ")
        }
        for separator in [" | ", " · ", " • ", " - ", " — ", " – "] {
            if let r = name.firstRange(of: separator) { name = String(name[..<r.lowerBound]) }
        }
        // "Goober commented · 2h": the verb before the separator.
        if let last = name.split(separator: " ").last, name.split(separator: " ").count >= 2,
            Lexicon.authorVerbs.contains(last.lowercased())
        {
            name = dropLastWords(name, 1)
        }
        // "Goober, 5 hours ago": the age after a comma.
        if let comma = name.lastIndex(of: ","),
            LineFeatures.isAge(String(name[name.index(after: comma)...]).trimmingCharacters(in: " :"))
        {
            name = String(name[..<comma])
        }
        // "Goober @goober": the handle after a display name.
        if let last = name.split(separator: " ").last, last.first == "@", name.split(separator: " ").count >= 2 {
            name = dropLastWords(name, 1)
        }
        // "Goober (5 hours ago)": the age in brackets.
        if f.inlineTimestamp, let open = name.lastIndex(of: "("), name.hasSuffix(")"),
            LineFeatures.isAge(String(name[name.index(after: open)..<name.index(before: name.endIndex)]))
        {
            name = String(name[..<open]).trimmingCharacters(in: " ")
        }
        if f.inlineTimestamp, !name.contains(" | ") {
            // "Goober 5 hours ago", "Goober 3h": drop the age.
            let words = name.split(separator: " ")
            if name.hasSuffix(" ago"), words.count >= 4 {
                name = Splitter.dropLastWords(name, 3)
            } else if let last = words.last, words.count >= 2, Timestamp.isCompactAge(Substring(last.lowercased())) {
                name = Splitter.dropLastWords(name, 1)
            }
            name = Splitter.nameOnly(name)
        }
        return Splitter.withoutBadge(Splitter.withoutMarks(name.trimmingCharacters(in: " \t:")))
    }

    /// A name without what widgets put beside it: a score or age in brackets ("Goober [6]",
    /// "Goober (12345)", "Goober (verified)"), an address ("Goober <g@example.com>") and
    /// marks with no letter ("Goober ✓").
    static func withoutMarks(_ name: String) -> String {
        var name = name
        while true {
            let words = name.split(separator: " ")
            guard words.count >= 2, let last = words.last else { return name }
            let inner = last.trimmingCharacters(in: "()[]{}<>")
            let bracketed = last.first.map { "([{<".contains($0) } ?? false
            if !last.contains(where: { $0.isLetter || $0.isNumber })
                || bracketed
                    && (inner.allSatisfy { $0.isNumber || $0 == "-" || $0 == "+" } || inner.contains("@")
                        || Lexicon.badges.contains(inner.lowercased()))
            {
                name = dropLastWords(name, 1)
            } else {
                return name
            }
        }
    }

    /// "Goober Mod", "Goober Top Commenter": the widget's badge after a name is not part of it.
    static func withoutBadge(_ name: String) -> String {
        let lower = name.lowercased()
        for badge in Lexicon.badges where lower.hasSuffix(" " + badge) && lower.count > badge.count + 1 {
            return dropLastWords(name, badge.split(separator: " ").count)
        }
        return name
    }

    /// The name in an author line's words: without the marks before it ("[–]", "•") or the
    /// counters after it ("12 points"), its own spacing kept.
    static func nameOnly(_ line: String) -> String {
        var name = Substring(line)
        while let first = name.split(separator: " ").first, name.split(separator: " ").count >= 2,
            !first.contains(where: { $0.isLetter || $0.isNumber })
        {
            name = name[first.endIndex...].drop { $0 == " " }
        }
        let words = name.split(separator: " ")
        if words.count >= 3,
            LineFeatures.isCounter([words[words.count - 2], Substring(words[words.count - 1].lowercased())])
        {
            return dropLastWords(String(name), 2)
        }
        return String(name)
    }

    /// `text` without its last `n` space-separated words.
    static func dropLastWords(_ text: String, _ n: Int) -> String {
        var rest = Substring(text)
        for _ in 0..<n {
            while rest.last == " " { rest = rest.dropLast() }
            guard let space = rest.lastIndex(of: " ") else { return "" }
            rest = rest[..<space]
        }
        return rest.trimmingCharacters(in: " ")
    }

    static func describe(_ f: LineFeatures) -> String {
        var notes: [String] = ["\(f.words)w"]
        if f.terminal { notes.append("terminal") }
        if f.prose { notes.append("prose") }
        if f.nameShaped { notes.append("name-shaped") }
        if f.timestamp { notes.append("timestamp") }
        if f.widget { notes.append("widget") }
        if f.countHeading { notes.append("count-heading") }
        if f.authorBeforeVerb != nil { notes.append("author-suffix") }
        if f.nextIsTimestamp { notes.append("before-timestamp") }
        if f.inlineTimestamp { notes.append("inline-timestamp") }
        if f.repeats > 0 { notes.append("repeats \(f.repeats)") }
        if f.boilerplateWords > 0 { notes.append("boilerplate-words \(f.boilerplateWords)") }
        return notes.joined(separator: ", ")
    }
}
