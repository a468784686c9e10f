/// Bluesky's posts as its API gives a thread (`app.bsky.feed.getPostThread`, and tools that
/// save its output): a post's text, date and the post it answers sit in its `record`, its
/// id is its `uri`, and the thread's first post is what the replies discuss. Read as the
/// objects the comment walk knows: a reply as a comment with those fields lifted, the first
/// post as a thread titled by the link it shares (else its own first words), its text the
/// article.
enum BlueskyPost {
    /// The object read as the walk reads comments and threads; nil for anything else.
    static func flattened(_ object: JSONNode) -> JSONNode? {
        if let post = object["post"], case .array(let replies)? = object["replies"], isPost(post),
            post["record"]?["reply"] == nil
        {
            return thread(post, replies: replies)
        }
        return isPost(object) ? comment(object) : nil
    }

    /// A post: its `uri` an AT address, its text in its `record`.
    private static func isPost(_ object: JSONNode) -> Bool {
        guard case .string(let uri)? = object["uri"], uri.hasPrefix("at://"),
            case .string? = object["record"]?["text"]
        else { return false }
        return true
    }

    private static func comment(_ post: JSONNode) -> JSONNode {
        let record = post["record"]
        var pairs: [(key: String, value: JSONNode)] = [
            ("id", post["uri"] ?? .null), ("text", record?["text"] ?? .null), ("author", post["author"] ?? .null),
            ("createdAt", record?["createdAt"] ?? .null)
        ]
        if let parent = record?["reply"]?["parent"]?["uri"] { pairs.append(("parent", parent)) }
        return .object(pairs)
    }

    /// The first post as a thread: the title of the page it links, else its first words.
    private static func thread(_ post: JSONNode, replies: [JSONNode]) -> JSONNode {
        let text = CommentFields.string(post["record"]?["text"]) ?? ""
        let linked = [post["embed"]?["external"]?["title"], post["record"]?["embed"]?["external"]?["title"]]
            .lazy.compactMap { CommentFields.string($0) }.first { !$0.isEmpty }
        let title = linked ?? String(text.split(separator: "\n").first?.prefix(120) ?? "")
        return .object([
            ("id", post["uri"] ?? .null), ("title", .string(title.isEmpty ? "Bluesky thread" : title)),
            ("article", .string(text)), ("replies", .array(replies))
        ])
    }
}
