/// What a line of a page dump is, as the splitter decodes it.
public enum LineState: Int, CaseIterable, Sendable {
    /// Site chrome before the article: site name, navigation, title, byline, date.
    case preamble
    case article
    /// Chrome between or after the article and comments: lists, headings, footers.
    case gap
    /// A comment's author line.
    case header
    /// Widget chrome between an author line and the comment: timestamps, badges.
    case meta
    /// The first line of a comment.
    case body
    /// Further lines of a comment.
    case bodyMore
    /// Widget chrome after a comment: "Reply", like counts.
    case chrome
    /// A comment's author line after it: "— Name, March 3, 2024", "Posted by: Name | date".
    case signature

    public var name: String {
        switch self {
        case .preamble: "preamble"
        case .article: "article"
        case .gap: "gap"
        case .header: "header"
        case .meta: "meta"
        case .body: "body"
        case .bodyMore: "body+"
        case .chrome: "chrome"
        case .signature: "signature"
        }
    }

    /// Which states may follow this one. Comments never return to the article, an author
    /// line is followed by its comment (after optional meta lines), never by another author;
    /// a comment signed below starts without one (`Emission.transition` allows that only
    /// on pages that sign their comments).
    var successors: [LineState] {
        switch self {
        case .preamble: [.preamble, .article]
        case .article: [.article, .gap, .header, .body]
        case .gap: [.gap, .header, .body]
        case .header: [.meta, .body]
        case .meta: [.meta, .body]
        case .body, .bodyMore: [.bodyMore, .chrome, .header, .gap, .signature]
        case .chrome: [.chrome, .header, .gap, .body]
        case .signature: [.chrome, .header, .gap, .body]
        }
    }
}
