/// A split page: what the splitter found in one dump.
public struct Page: Sendable, Equatable {
    public var source: String
    public var title: String?
    /// Article paragraphs, in order.
    public var paragraphs: [String]
    public var comments: [Comment]

    public init(source: String, title: String?, paragraphs: [String], comments: [Comment]) {
        self.source = source
        self.title = title
        self.paragraphs = paragraphs
        self.comments = comments
    }

    /// The article as the contract gives it: paragraphs joined by blank lines.
    public var article: String { paragraphs.joined(separator: "\n\n") }
}

/// One reader comment: its author and its lines joined by `\n`.
public struct Comment: Sendable, Equatable {
    public var author: String
    public var text: String
    /// Author this comment replies to, when the page shows it.
    public var parent: String?
    /// Reply depth (0 for top-level), when indentation shows it.
    public var depth: Int

    public init(author: String, text: String, parent: String? = nil, depth: Int = 0) {
        self.author = author
        self.text = text
        self.parent = parent
        self.depth = depth
    }
}
