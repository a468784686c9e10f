/// Whether a page shows the signs of a comment section, beyond lines shaped like names
/// above paragraphs (which a reference page's headings and a list of teasers also are):
/// a heading that names the comments, a date line or a row of controls among them, an
/// author line that reads as one ("Name says:", "Name 3 hours ago", "Name replied to
/// Other", an address or a handle), a signature below; or texts that read as people's
/// words. Comments found on a page with none of these are phantoms (Docs/splitter.md,
/// "Pages without comments").
enum CommentCues {
    /// Whether a quarter or more of `texts` speak as a person does: "I", "we", "you", or
    /// a question or an exclamation. Reference pages: a tenth at the median, none at all on
    /// most; comment sections: a third at the least, seven in ten at the median.
    static func conversational(_ texts: [String]) -> Bool {
        let personal = texts.filter { text in
            if let last = text.last(where: { !$0.isWhitespace }), last == "?" || last == "!" { return true }
            return text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" })
                .contains { pronouns.contains(String($0)) }
        }
        return personal.count * 4 >= texts.count
    }

    /// Whether the "authors" are headlines: three or more, and half of them, five words or
    /// more (a section front's list of stories, each with its age and its teaser). Readers'
    /// names are one to three words at the median on every comment page measured; a few
    /// run longer ("You Get What You Pay For").
    static func headlines(_ authors: [String]) -> Bool {
        let long = authors.filter { $0.spacedWordCount >= 5 }.count
        return long >= 3 && long * 2 >= authors.count
    }

    /// Whether the comments are stories: three or more, and two in three either under a
    /// headline of four words or more or with a teaser cut short (a list of stories, each
    /// teaser stopped at a length, the next headline often read into it). Readers' names run
    /// to four words about one time in 35, their comments end cut so about one time in 23
    /// (21,740 news comments and 4,700 authors of the shared data).
    static func stories(authors: [String], texts: [String]) -> Bool {
        let told = zip(authors, texts).filter { author, text in
            author.spacedWordCount >= 4 || cutShort(text)
        }.count
        return told >= 3 && told * 3 >= texts.count * 2
    }

    /// Whether the comments are a list's stories: every "text" one line of two to twelve
    /// words that ends no sentence and reads as a headline, three or more of them, or fewer
    /// under "names" of three words or more (a "More from News" list under an article:
    /// headline, age or byline, headline). One news comment in 28 is such a line and one
    /// reader in 11 has such a name.
    static func listedStories(authors: [String], texts: [String]) -> Bool {
        guard !texts.isEmpty, texts.allSatisfy(isTitle) else { return false }
        return texts.count >= 3 || authors.allSatisfy { $0.spacedWordCount >= 3 }
    }

    /// One line of two to twelve words, capitalised, that ends no sentence and speaks as no
    /// one ("I", "you": a reader's short comment often does).
    static func isTitle(_ text: String) -> Bool {
        guard !text.contains("\n"), let last = text.last(where: { !$0.isWhitespace }),
            !".!?…\"')”’".contains(last), let first = text.first, first.isUppercase || first.isNumber
        else { return false }
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" })
        return (2...12).contains(text.spacedWordCount) && !words.contains { speakers.contains(String($0)) }
    }

    /// A line ending in an ellipsis ("…", "...", WordPress's "[…]"), or a last line ending
    /// in a comma, a colon or a word no sentence ends with ("the", "of", "and").
    static func cutShort(_ text: String) -> Bool {
        var lastLine: Substring = ""
        for line in text.linesBetweenFeeds() {
            let end = String(line.reversed().drop(while: { $0.isWhitespace || $0 == "]" }).prefix(3))
            if end.first == "…" || end == "..." { return true }
            lastLine = line
        }
        // The last word only: a comment's last line may be a long paragraph.
        guard let end = lastLine.lastIndex(where: { !$0.isWhitespace }) else { return false }
        let last = lastLine[end]
        if last == "," || last == ":" { return true }
        guard last.isLetter else { return false }
        let start = lastLine[..<end].lastIndex(where: { !$0.isLetter }).map { lastLine.index(after: $0) }
        let word = lastLine[(start ?? lastLine.startIndex)...end]
        return word.count <= 8 && Lexicon.unfinished.contains(word.lowercased())
    }

    /// Words a reader writes of themselves or to another ("Contact us" is a footer's).
    static let speakers = pronouns.subtracting(["we", "our", "us"])

    static let pronouns: Set<String> = [
        "i", "i'm", "i've", "i'd", "i’m", "me", "my", "we", "our", "us", "you", "your", "you're", "you’re"
    ]

    static func present(_ features: [LineFeatures], _ states: [LineState]) -> Bool {
        zip(features, states).contains { f, s in
            if f.countHeading || f.words <= 5 && isHeading(f.text) { return true }
            switch s {
            // A date, or a row of controls with the age, between an author line and a comment.
            case .meta: return f.timestamp || f.widget && f.words >= 2
            // A row of controls ("Like · Reply", "Like (3)"), one repeated under the comments,
            // or "Reply"; not a lone word a reference page uses ("block", "Context").
            case .chrome:
                return f.widget && f.text.contains(where: \.isLetter)
                    && (f.words >= 2 || f.repeats >= 2 || f.text.lowercased() == "reply")
            case .signature:
                return f.signature != nil && ["—", "–", "~", "-- "].contains { f.text.hasPrefix($0) }
            case .header:
                return f.inlineTimestamp || f.timestamp || f.authorBeforeVerb != nil || f.replyParent != nil
                    || f.nameBeforePlace != nil || f.nextIsTimestamp || f.text.contains("@")
            default: return false
            }
        }
    }

    /// A short line that heads comments: "Comments", "12 Comments", "Reader comments",
    /// "Join the discussion", "Leave a Reply", "3 thoughts on “Title”", "Your views"; not
    /// a sentence or a heading that merely holds the word ("Comment out region").
    static func isHeading(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "’" && $0 != "'" })
        guard !words.isEmpty, words.count <= 5 else { return false }
        let lower = words.joined(separator: " ")
        if phrases.contains(where: { lower.hasPrefix($0) || lower.hasSuffix($0) }) { return true }
        return words.count <= 3 && (nouns.contains(String(words[0])) || nouns.contains(String(words[words.count - 1])))
    }

    static let nouns = Lexicon.commentNouns.subtracting([
        "comment", "response", "kommentar", "commentaire",
        "comentario", "commento"
    ]).union(["conversation", "letters", "guestbook"])
    static let phrases = [
        "leave a reply", "leave a comment", "post a comment", "add a comment", "join the discussion",
        "join the conversation", "what readers are saying", "what readers say", "reader comments",
        "readers comments", "readers' comments", "your views", "your say", "have your say", "letters from readers",
        "thoughts on", "discussion about this"
    ]
}
