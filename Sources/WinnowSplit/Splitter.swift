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
        var author: String?, body: [String] = [], indent = 0, named: String?, arrow = false
        let headers = zip(lines.features, states).filter { $0.1 == .header }.map(\.0)
        // Distinct indentations of author lines, shallowest first: a reply's depth.
        let levels = Set(headers.map(\.indent)).sorted()
        // Each author line's name, worked out once: the page's decoration is learnt from them.
        var names = headers.map(Splitter.author(from:))[...]
        let decoration = NameDecoration(names: Array(names))
        var addressees = Addressees()
        func flush() {
            defer {
                author = nil
                body = []
            }
            guard let a = author, !a.isEmpty, !body.isEmpty else { return }
            // An author line behind a reply arrow ("↳ Name") is a reply, indented or not.
            let depth = max(levels.firstIndex(of: indent) ?? 0, arrow ? 1 : 0)
            // The parent is whom the author line names, else whom the text opens by
            // addressing, else the latest comment one level up.
            let parent =
                named.map { addressees.author(named: $0) } ?? addressees.addressee(of: body[0], author: a)
                ?? (depth == 0 ? nil : comments.last { $0.depth == depth - 1 }?.author)
            comments.append(Comment(author: a, text: body.joined(separator: "\n"), parent: parent, depth: depth))
            addressees.add(a)
        }
        var previous = LineState.preamble
        for (f, s) in zip(lines.features, states) {
            defer { previous = s }
            switch s {
            case .article: paragraphs.append(f.text)
            case .header:
                flush()
                author = decoration.strip(names.popFirst() ?? Splitter.author(from: f))
                (indent, named) = (f.indent, f.replyParent)
                arrow = Splitter.replyArrows.contains { f.text.hasPrefix($0) }
            case .body:
                // A comment signed below begins without an author line; its name comes last.
                if previous != .header && previous != .meta {
                    flush()
                    (author, indent, named, arrow) = ("", f.indent, nil, false)
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
        // Lines above paragraphs that read as no one's words, with nothing else of a comment
        // section, or headlines above teasers, or stories told in headlines and cut teasers, or
        // a list of stories read as comments: phantoms.
        if !comments.isEmpty,
            CommentCues.headlines(comments.map(\.author))
                || CommentCues.stories(authors: comments.map(\.author), texts: comments.map(\.text))
                || CommentCues.listedStories(authors: comments.map(\.author), texts: comments.map(\.text))
                || !CommentCues.present(lines.features, states) && !CommentCues.conversational(comments.map(\.text))
        {
            comments = []
        }
        // A list of stories under the comments, after the page's own ("More from News": headline, age, headline)
        // reads as comments whose authors and texts are headlines: not comments.
        while let last = comments.last, last.author.spacedWordCount >= 3, CommentCues.isTitle(last.text) {
            comments.removeLast()
        }
        return Page(source: source, title: title(lines, states), paragraphs: paragraphs, comments: comments)
    }

    /// What a reply's author line opens with where the page shows replies by an arrow.
    static let replyArrows = ["↳", "⤷", "└", "↪"]

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

    /// The author an author line names (`AuthorName`).
    static func author(from f: LineFeatures) -> String { AuthorName.of(f) }

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
