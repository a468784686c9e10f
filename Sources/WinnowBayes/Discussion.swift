/// One article and the comments under it, as `Discussions` knows it: its name and sizes
/// (its word counts are in the batch's tables).
public struct Discussion: Sendable {
    /// How the discussion is named in reasons: the page's title, or the start of its key.
    public var title: String
    /// The article's words.
    package var articleTotal: Float = 0
    /// Every thread comment's distinct words (each comment counts a word once, so one
    /// comment can be left out exactly: `Relevance`).
    package var threadTotal: Float = 0

    public init(title: String) { self.title = title }

    public var hasArticle: Bool { articleTotal > 0 }

    /// Words of the discussion (article and thread), without `own` of the thread's.
    func size(leaving own: Float = 0) -> Double { Double(max(articleTotal + threadTotal - own, 0)) }
}
