/// Log-scores of each line state given a line's features: the HMM's emission model.
///
/// Weights are set by hand from what the signals mean (an author line is short and has no
/// sentence punctuation; a timestamp after a short line marks it as an author), and checked
/// against the dev pages. `Template` adds page-specific evidence on the second pass.
struct Emission {
    var template: Template?
    /// Lines past which a preamble (site name, navigation, title, byline) is unlikely.
    static let preambleLines = 80

    /// The page puts a line (a place, a badge) between author and date.
    private var placeBetween: Bool { (template?.nameAboveShare ?? 0) >= 0.7 }
    private var placeBeforeAge: Bool { template?.placeBeforeAge ?? false }

    /// "@name" under a display name ("Name / @name / · / 3h"): the name's handle.
    private func handleUnderName(_ f: LineFeatures) -> Bool {
        f.previousNameShaped && f.words == 1 && f.text.first == "@" && !f.nextNameShaped
    }

    func score(_ state: LineState, _ f: LineFeatures) -> Double {
        switch state {
        case .preamble: preamble(f)
        case .article: article(f)
        case .gap: gap(f)
        case .header: header(f) + (template?.headerBonus(f) ?? 0)
        case .meta: meta(f)
        case .body: body(f) - (template?.controlBonus(f) ?? 0)
        case .bodyMore: body(f) - 0.3 - (f.nameShaped && !f.terminal ? 0.8 : 0) - (template?.controlBonus(f) ?? 0)
        case .chrome:
            (template?.controlBonus(f) ?? 0) > 0 ? 4 : template?.closes(f) == true ? 5.5 : chrome(f)
        case .signature: f.signature != nil ? 5 : -8
        }
    }

    /// Evidence that a line is content someone wrote (article or comment).
    private func content(_ f: LineFeatures) -> Double {
        var s = 0.0
        if f.prose { s += 2.5 }
        if f.terminal { s += 1 }
        if f.words >= 6 { s += 0.5 }
        if f.widget || f.timestamp || f.countHeading || f.byline || f.answers != nil || f.repeatedSubject
            || f.profileField
        {
            s -= 6
        }
        if f.listMarker { s += f.introducedItem ? 2.5 : -1.5 }
        if f.boilerplateWords >= 1 && f.words <= 6 && !f.terminal { s -= 2 }
        if f.boilerplateWords >= 2 && f.words <= 20 { s -= 1.5 }
        if f.titleCase { s -= 0.75 }
        return s
    }

    private func article(_ f: LineFeatures) -> Double {
        var s = content(f)
        if f.words < 5 && !f.terminal { s -= 2.5 }
        if f.words >= 25 { s += 0.5 }
        if f.nameShaped && f.repeats >= 1 { s -= 2 }
        if f.copyright { s -= 3 }
        if f.attribution { s += 4 }
        return s
    }

    private func body(_ f: LineFeatures) -> Double {
        var s = content(f)
        if f.inlineTimestamp { s -= 3 }
        if f.words < 5 && !f.terminal && f.nameShaped { s -= 1 }
        if f.authorBeforeVerb != nil { s -= 3 }
        if f.nextIsTimestamp { s -= 2 }
        // "100%", "+1" once, right above the row that closes every comment: a comment of no
        // words, not a counter.
        if f.widget, f.repeats == 0, !f.timestamp, f.previousNameShaped || f.previousIsTimestamp,
            template?.closedBelow(f) == true
        {
            s += 9
        }
        return s
    }

    private func preamble(_ f: LineFeatures) -> Double {
        var s = 0.0
        if f.prose { s -= 3.5 }
        if f.words <= 14 && !f.terminal { s += 1 }
        if f.timestamp { s += 2 }
        if f.byline { s += 2.5 }
        if f.widget { s += 1 }
        if f.position < 0.3 { s += 0.5 }
        // A preamble is a page's first lines: on a page of thousands of comments, reading its
        // first third as site furniture must not pay.
        if f.index >= Emission.preambleLines { s -= 2 }
        return s
    }

    private func gap(_ f: LineFeatures) -> Double {
        var s = -0.5
        if f.prose && f.boilerplateWords < 2 { s -= 3 }
        if f.titleCase { s += 1 }
        if f.countHeading { s += 4 }
        // "We use cookies.", "Share this article.", not a comment's "It goes on about the
        // budget.": a sentence is chrome by a word chrome alone uses, or by many of them.
        let chromeSentence = f.chromeWords >= 1 || f.boilerplateWords * 2 >= f.words
        if f.boilerplateWords >= 1 && f.words <= 8 && (!f.terminal || chromeSentence) { s += 2.5 }
        if f.boilerplateWords >= 2 { s += 1.5 }
        if f.widget { s += 1 }
        if f.listMarker && !f.introducedItem { s += 1.5 }
        if f.words <= 14 && !f.terminal { s += 0.5 }
        if f.copyright { s += 2 }
        return s
    }

    private func header(_ f: LineFeatures) -> Double {
        var s = f.nameShaped ? 0.5 : -4
        if f.authorBeforeVerb != nil { s += 4 }
        // (A sentence above a date is the last line of a comment dated above its author.)
        if f.nextIsTimestamp && (f.nameShaped || !f.terminal) { s += placeBetween && f.previousNameShaped ? 1.5 : 3 }
        if handleUnderName(f) { s -= 2 }
        // (Not a place and age under the author: "Name / Toronto · 5h ago".)
        if f.inlineTimestamp { s += placeBeforeAge && f.previousNameShaped ? 0 : 5 }
        // Authors comment more than once; a place under a name repeats for other reasons.
        if f.repeats >= 1 && f.nameShaped && !(placeBetween && f.previousNameShaped) { s += 1.5 }
        if f.stopRatio > 0.4 { s -= 1 }
        if f.startsLower { s -= 0.5 }
        if f.boilerplateWords >= 1 && !f.inlineTimestamp { s -= 2 }
        // "Comments", "Join the discussion": a section heading, never a name.
        if f.boilerplateWords >= 1 && f.boilerplateWords + Int(f.stopRatio * Double(f.words)) >= f.words { s -= 3 }
        if f.countHeading || f.byline || f.widget || f.attribution || f.profileField { s -= 5 }
        if f.words >= 5 { s -= 0.5 }
        return s
    }

    private func meta(_ f: LineFeatures) -> Double {
        if f.timestamp || f.answers != nil { return 4 }
        if f.widget { return 1 }
        // "Name / Toronto / March 3, 2024", "Name / Senior Member / comment": a place, badge
        // or title under the author, where the page's first reading found name-shaped lines
        // above most author lines.
        if placeBetween, f.nameShaped && f.previousNameShaped && !f.nextNameShaped && f.words <= 3 { return 2.5 }
        if handleUnderName(f) { return 2.5 }
        if f.describesAuthor && (f.previousNameShaped || f.badgeLine) { return 2.5 }
        if f.profileField { return 3 }
        if placeBeforeAge, f.inlineTimestamp && f.previousNameShaped { return 3 }
        return -6
    }

    private func chrome(_ f: LineFeatures) -> Double {
        if f.widget || f.repeatedSubject { return 4 }
        // A reaction button under every comment ("❤️"), not a reader's "👍" once.
        if f.repeats >= 1, f.pictographic { return 4 }
        if f.timestamp { return 2 }
        return -6
    }

    /// Log-score of moving from `a` to `b` (only between allowed successors). A comment
    /// begins without an author line only where the page signs its comments below.
    func transition(_ a: LineState, _ b: LineState) -> Double {
        if b == .body, a != .header, a != .meta {
            return template?.signsComments == true ? (a == .signature || a == .chrome ? 0 : -1) : -.infinity
        }
        return Emission.transition(a, b)
    }

    static func transition(_ a: LineState, _ b: LineState) -> Double {
        switch (a, b) {
        case (.article, .header): -1
        case (.article, .gap): -0.5
        case (.gap, .header): -0.5
        case (.body, .gap), (.bodyMore, .gap): -1.5
        case (.chrome, .gap): -1
        case (.preamble, .article): -0.5
        default: 0
        }
    }

    static func start(_ s: LineState) -> Double {
        switch s {
        case .preamble: 0
        case .article: -0.5
        default: -.infinity
        }
    }
}
