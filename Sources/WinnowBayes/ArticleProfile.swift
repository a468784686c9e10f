import WinnowText

/// The article a comment sits under, alone (no thread, no other discussions): what off-topic
/// scoring compares a comment with when nothing else is known.
public struct ArticleProfile: Sendable {
    let discussions: Discussions?

    public init() { discussions = nil }

    public init(tokens: TokenList) { discussions = Discussions(article: tokens) }

    public var isEmpty: Bool { !(discussions?.items.first?.hasArticle ?? false) }
}
