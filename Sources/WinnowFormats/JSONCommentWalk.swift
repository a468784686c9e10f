/// The comments of JSON values, found by visiting every object (`JSONDocumentReader`).
struct JSONCommentWalk {
    let fields: CommentFields
    private(set) var comments: [ExportedComment] = []

    init(fields: CommentFields) { self.fields = fields }

    /// What encloses a value: the thread's title, article and id, the comment replied to.
    struct Context {
        var title = "", article: String?, thread = "", parent = ""
        /// The page a split record names (`pageOfSplitRecord`).
        var source = ""
    }

    mutating func visit(_ value: JSONNode) { _ = visit(value, Context()) }

    /// Visits one element of a top-level array read a piece at a time, as `visit` of the
    /// whole array would: a thread object without comments of its own sets the context of
    /// the elements after it (Reddit's `[post listing, comments listing]`).
    mutating func visit(element: JSONNode, context: inout Context) {
        if let thread = visit(element, context) { context = thread }
    }

    /// Visits `value`; returns the context a thread object without comments of its own sets
    /// for what follows it (Reddit's `[post listing, comments listing]`).
    private mutating func visit(_ value: JSONNode, _ context: Context) -> Context? {
        if case .array(let array) = value {
            var context = context, set: Context?
            for element in array {
                if let thread = visit(element, context) { (context, set) = (thread, thread) }
            }
            return set
        }
        guard case .object = value else { return nil }
        let resource = JSONAPIResource.flattened(value) ?? BlueskyPost.flattened(value) ?? value
        let object = RevisedComment.latest(resource, fields: fields) ?? resource
        // Reddit wraps each thing: {"kind": "t1", "data": {...}}; "more" is a link to fetch.
        if case .string(let kind)? = object["kind"], let data = object["data"], case .object = data {
            return kind == "more" ? nil : visit(data, context)
        }
        let comment = fields.comment(object)
        if comment == nil, let (ids, name) = CommentFields.person(object) {
            for id in ids where people[id] == nil { people[id] = name }
        }
        if let thread = thread(object, comment, context) {
            let before = comments.count
            _ = visitChildren(object, thread)
            return comments.count == before ? thread : nil
        }
        var inner = context
        // Inside a comment, only an object with an id or an author is a reply: a tweet's
        // hashtags ({"text", "indices"}) are not.
        if var c = comment, context.parent.isEmpty || !c.author.isEmpty || !c.id.isEmpty {
            if c.id.isEmpty { c.id = ContentID.make(author: c.author, text: c.text, seen: &seen) }
            if c.parent.isEmpty || c.parent == context.thread { c.parent = context.parent }
            // The thread's title first: a feed's item is titled "By: Name".
            if c.title.isEmpty {
                c.title = context.title.isEmpty ? CommentFields.string(object["title"]) ?? "" : context.title
            }
            c.article = c.article ?? context.article
            if c.thread.isEmpty { c.thread = context.thread }
            c.source = context.source
            comments.append(c)
            inner.parent = c.id
            _ = visitChildren(object, inner)
            return nil
        }
        return visitChildren(object, inner)
    }

    /// The names of the people the document describes apart from their comments, by id.
    private var people: [String: String] = [:]

    /// Content ids given so far, for repeats.
    private var seen: [String: Int] = [:]

    /// Nested values in document order; the last thread context they set.
    private mutating func visitChildren(_ object: JSONNode, _ context: Context) -> Context? {
        guard case .object(let pairs) = object else { return nil }
        var set: Context?
        for (_, value) in pairs where value.isContainer {
            if let thread = visit(value, set ?? context) { set = thread }
        }
        return set
    }

    /// The context of an object that is a thread rather than a comment: it has a title, and
    /// either no text or, without an author, comments inside it; or it is a page record of
    /// `winnow split`'s output.
    private func thread(_ object: JSONNode, _ text: ExportedComment?, _ context: Context) -> Context? {
        guard case .object(let pairs) = object else { return nil }
        // A page as `winnow split` wrote it is its own discussion under its own name, as the
        // page is when scored itself.
        if let page = pageOfSplitRecord(object) {
            let article = CommentFields.string(object["article"]).flatMap { $0.isEmpty ? nil : $0 }
            var thread = Context()
            (thread.title, thread.article, thread.source) = (CommentFields.string(object["title"]) ?? "", article, page)
            return thread
        }
        guard case .string(let title)? = object["title"], !title.isEmpty else { return nil }
        // Comments under it: an array of objects, or (XML) elements that hold a text.
        let holds = pairs.contains {
            switch $0.value {
            case .array(let items): items.contains { if case .object = $0 { true } else { false } }
            case .object: fields.comment($0.value) != nil
            default: false
            }
        }
        // A titled text with an author and replies (a review, a forum's first post) is a
        // comment itself; a titled text without one (a feed, a story page) is the thread.
        guard text == nil || holds && (text?.author.isEmpty ?? true) else { return nil }
        var thread = context
        thread.title = title
        // Its text is the article, unless it is a tagline ("Local news" under a feed's title).
        let body = text.map(\.text).flatMap { $0.split(separator: " ").count < 12 ? nil : $0 }
        thread.article = [CommentFields.string(object["article"]), body, CommentFields.string(object["selftext"])]
            .compactMap { $0 }.first { !$0.isEmpty }
        thread.thread = CommentFields.string(object["id"]) ?? title
        thread.parent = ""
        thread.source = ""
        return thread
    }

    /// The page named by a record of `winnow split`'s output: "source", "title", "article"
    /// and "comments" and nothing else ("source" elsewhere is often a tweet's client app).
    private func pageOfSplitRecord(_ object: JSONNode) -> String? {
        // (`endIndex`: `count` of these pairs sends the compiler round in a circle.)
        guard case .object(let pairs) = object, pairs.endIndex == 4,
            pairs.allSatisfy({ ["source", "title", "article", "comments"].contains($0.key) }),
            case .string(let source)? = object["source"], !source.isEmpty
        else { return nil }
        return source
    }

    /// The comments in order, a parent given as its author's name (the split output's
    /// "replied to") read as that author's latest comment before the reply, an author given
    /// as the id of a person described elsewhere in the document as that person's name.
    func finish() -> [ExportedComment] {
        var copy = self
        return copy.drain()
    }

    /// The comments found since the last drain, finished as `finish` does (what it needs of
    /// earlier ones kept: their ids, each author's latest), and forgotten: a stream of JSON
    /// Lines keeps no more than a line's comments.
    mutating func drain() -> [ExportedComment] {
        defer { comments.removeAll(keepingCapacity: true) }
        return comments.map { comment in
            var c = comment
            if fields.author == nil, let name = people[c.author] { c.author = name }
            if !c.parent.isEmpty, !ids.contains(c.parent), let id = latest[c.parent] { c.parent = id }
            ids.insert(c.id)
            latest[c.author] = c.id
            return c
        }
    }

    /// The ids drained so far, and each author's latest comment.
    private var ids: Set<String> = [], latest: [String: String] = [:]
}
