import Foundation

/// Which fields of a JSON object hold a comment's text, id, author and the rest: the ones
/// named on the command line (`--text-column body`, dotted into objects: `user.name`),
/// else the first present of the names sites' exports and APIs use (WordPress's REST API,
/// Disqus's API, Reddit's listings, Hacker News, Facebook's Graph API, Mastodon, Discourse,
/// the split output).
public struct CommentFields: Sendable {
    /// Names given by the user (nil: guessed from `Guess`).
    public var text: String?, id: String?, author: String?, article: String?, thread: String?
    public init() {}

    /// Known names in order of preference: plain text before its HTML rendering.
    enum Guess {
        static let text = [
            "text", "body", "raw_message", "message", "comment", "comment_text", "commentText", "comment_content",
            "content", "raw", "cooked", "textOriginal", "textDisplay", "markdown", "html"
        ]
        static let id = [
            "id", "id_str", "comment_id", "commentId", "comment_ID", "objectID", "commentHex", "_id", "uuid", "cid"
        ]
        /// A number is an author only in a field that says it is an id (WordPress's
        /// `author` is 0 for every guest; its `author_name` names them).
        static let author = [
            "author_name", "authorDisplayName", "author", "user", "username", "user_name", "from", "account",
            "commenter", "by", "screen_name", "display_name", "name", "author_id", "user_id"
        ]
        static let authorInside = ["name", "display_name", "displayName", "username", "screen_name", "login", "acct"]
        static let parent = [
            "parent", "parent_id", "parentId", "parentHex", "parent_comment_id", "in_reply_to_id", "inReplyTo",
            "in_reply_to", "reply_to", "replyTo", "comment_parent"
        ]
        static let created = [
            "created", "created_at", "createdAt", "created_utc", "created_time", "creationDate", "date", "date_gmt",
            "comment_date", "publishedAt", "published", "timestamp", "time"
        ]
        static let status = ["status", "state", "moderationStatus", "comment_approved"]
        static let thread = [
            "thread", "thread_id", "threadId", "link_id", "story_id", "topic_id", "post", "article_id", "videoId",
            "conversation_id"
        ]
        static let title = ["link_title", "story_title", "thread_title", "topic_title", "post_title", "article_title"]
        static let article = ["article"]
    }

    /// What a column of a spreadsheet export may hold, for `column(in:for:)`.
    public enum Role: Sendable {
        case text, id, author

        var names: [String] {
            switch self {
            case .text: Guess.text + ["comment body", "comment text", "review"]
            case .id: Guess.id + ["comment id"]
            case .author: Guess.author + ["author name", "user name", "name"]
            }
        }
    }

    /// The first of `role`'s known names among a CSV export's `header`, letter case, spaces
    /// and underscores aside ("Comment Text" is `comment_text`); nil when none is there.
    public static func column(in header: [String], for role: Role) -> Int? {
        func key(_ s: String) -> String { String(s.lowercased().filter { $0.isLetter || $0.isNumber }) }
        let keys = header.map(key)
        for name in role.names { if let i = keys.firstIndex(of: key(name)) { return i } }
        return nil
    }

    /// The comment `object` holds, or nil when it holds no text: the fields named, else guessed.
    func comment(_ object: [String: Any]) -> ExportedComment? {
        guard
            let text = text.map({ CommentFields.string(CommentFields.value(object, $0)) }) ?? first(object, Guess.text)
        else { return nil }
        var c = ExportedComment(
            id: id.map { CommentFields.string(CommentFields.value(object, $0)) ?? "" } ?? first(object, Guess.id) ?? "",
            author: author.map { CommentFields.author(CommentFields.value(object, $0), named: $0) ?? "" }
                ?? CommentFields.author(object) ?? "",
            text: CommentFields.looksLikeMarkup(text) ? MarkupText.plain(text) : text.trimmed)
        c.parent = CommentFields.reference(first(object, Guess.parent) ?? "")
        c.created = first(object, Guess.created) ?? ""
        c.status = CommentFields.status(object, text: text)
        c.thread = CommentFields.reference(
            thread.map { CommentFields.string(CommentFields.value(object, $0)) ?? "" }
                ?? first(object, Guess.thread) ?? "")
        c.title =
            first(object, Guess.title) ?? (object["thread"] as? [String: Any]).flatMap { $0["title"] as? String } ?? ""
        c.article =
            article.map { CommentFields.string(CommentFields.value(object, $0)) } ?? first(object, Guess.article)
        return c
    }

    /// The first of `names` that `object` holds as text.
    func first(_ object: [String: Any], _ names: [String]) -> String? {
        for name in names { if let s = CommentFields.string(object[name]) { return s } }
        return nil
    }

    /// A field's value as text: a string, a number, or WordPress's `{"raw", "rendered"}`.
    static func string(_ value: Any?) -> String? {
        if let object = value as? [String: Any] { return string(object["raw"]) ?? string(object["rendered"]) }
        if value is NSNull { return nil }
        // 1714551000.0 as 1714551000: a whole number read as a double keeps no decimals.
        if let n = value as? NSNumber, flag(n) == nil, n.stringValue.hasSuffix(".0"),
            let whole = Int64(exactly: n.doubleValue)
        {
            return String(whole)
        }
        return JSONValue.string(value)
    }

    /// `name` in `object`, dotted names reaching into nested objects ("user.name").
    public static func value(_ object: [String: Any], _ name: String) -> Any? {
        if let direct = object[name] { return direct }
        var current: Any? = object
        for part in name.split(separator: ".") { current = (current as? [String: Any])?[String(part)] }
        return current
    }

    static func author(_ object: [String: Any]) -> String? {
        for name in Guess.author { if let a = author(object[name], named: name) { return a } }
        return nil
    }

    /// A name, or the name inside an author object; a number only from an id field.
    static func author(_ value: Any?, named name: String) -> String? {
        switch value {
        case let s as String: return s
        case let object as [String: Any]:
            for key in Guess.authorInside { if let s = object[key] as? String, !s.isEmpty { return s } }
            return nil
        case let n as NSNumber where name.lowercased().hasSuffix("id"): return n.stringValue
        default: return nil
        }
    }

    /// A parent's or thread's id as the comments' own ids read: Reddit's "t1_"/"t3_" prefixes
    /// dropped, and "0", "root" or a thread's own id (a top-level reply) as none.
    static func reference(_ value: String) -> String {
        if value.hasPrefix("t1_") || value.hasPrefix("t3_") { return String(value.dropFirst(3)) }
        return ["0", "root", "null"].contains(value) ? "" : value
    }

    /// The export's moderation state: its status field, Disqus's and Hacker News's flags,
    /// or Reddit's "[removed]" and "[deleted]" bodies.
    static func status(_ object: [String: Any], text: String) -> String {
        for name in Guess.status { if let s = object[name] as? String, !s.isEmpty { return s } }
        for (key, word) in [("isSpam", "spam"), ("isDeleted", "deleted"), ("deleted", "deleted"), ("dead", "dead")]
        where flag(object[key]) == true {
            return word
        }
        if ["[removed]", "[deleted]"].contains(text) { return String(text.dropFirst().dropLast()) }
        if let approved = flag(object["isApproved"]) { return approved ? "approved" : "pending" }
        return ""
    }

    /// A JSON boolean (nil for anything else, numbers included).
    static func flag(_ value: Any?) -> Bool? {
        guard let n = value as? NSNumber, String(describing: type(of: n)).contains("Boolean") else { return nil }
        return n.boolValue
    }

    /// HTML as APIs render comments (`<p>`, `<br>`, links, `&amp;`): read as plain text.
    static func looksLikeMarkup(_ text: String) -> Bool {
        guard text.utf8.contains(60) || text.utf8.contains(38) else { return false }
        let lower = text.lowercased()
        let tags = [
            "<p>", "<p ", "</p>", "<br", "<a ", "</a>", "<div", "<span", "<i>", "<b>", "<em>", "<strong>",
            "<blockquote", "<li>", "<code>", "<pre>"
        ]
        let entities = ["&amp;", "&lt;", "&gt;", "&quot;", "&#", "&nbsp;", "&apos;"]
        return tags.contains { lower.contains($0) } || entities.contains { lower.contains($0) }
    }
}
