import WinnowText

/// Word counts of the article a comment sits under: the "topic model" for off-topic scoring.
public struct ArticleProfile: Sendable {
    package var counts: [UInt64: Float] = [:]
    package var total: Float = 0

    public init() {}

    public init(tokens: TokenList) {
        for i in 0..<tokens.count where !Relevance.isPlaceholder(tokens, i) {
            counts[tokens.hash(at: i), default: 0] += 1
            total += 1
        }
    }

    public var isEmpty: Bool { total == 0 }
}
