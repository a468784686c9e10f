/// One comment as an export knows it: what every reader yields and the scorer takes.
public struct ExportedComment: Sendable, Equatable {
    public var id: String
    public var author: String
    public var text: String
    /// The parent comment's id (empty: a top-level comment).
    public var parent: String = ""
    /// The thread's (article's) title, and the article itself when the export has it.
    public var title: String = ""
    public var article: String? = nil
    /// The thread it belongs to, when the export names one apart from its title.
    public var thread: String = ""
    /// When it was written, as the export gives it.
    public var created: String = ""
    /// The export's own moderation status: approved, pending, spam, deleted, trash...
    public var status: String = ""
    /// A record that holds a whole page, not a comment (a scraper's `{"url", "html"}`): its
    /// text is the page as a browser shows it, its id the page's address; the splitter finds
    /// the comments on it.
    public var page = false
    /// The page it was split from, when a record names one (`winnow split`'s output): its
    /// rows then carry that page's name, as scoring the page itself gives (empty: the file's).
    public var source = ""

    public init(id: String, author: String, text: String) {
        (self.id, self.author, self.text) = (id, author, text)
    }
}
