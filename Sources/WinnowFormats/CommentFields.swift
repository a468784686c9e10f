/// Which fields of a JSON object hold a comment's text, id, author and the rest: the ones
/// named on the command line (`--text-column body`, dotted into objects: `user.name`),
/// else the first present of the names sites' exports and APIs use (WordPress's REST API,
/// Disqus's API, Reddit's listings, Hacker News, Facebook's Graph API, Mastodon, Bluesky, Discourse,
/// GitHub's (giscus, utterances), Drupal's JSON:API, Coral's GraphQL, the split output).
public struct CommentFields: Sendable {
    /// Names given by the user (nil: guessed from `Guess`).
    public var text: String?, id: String?, author: String?, article: String?, thread: String?
    public init() {}

    /// Known names in order of preference: plain text before its HTML rendering.
    enum Guess {
        static let text = [
            "text", "body", "bodyText", "raw_message", "message", "comment", "comment_text", "commentText",
            "comment_content", "comment_body", "comment_body_value", "content", "raw", "cooked", "textOriginal",
            "textDisplay", "markdown",
            "html", "bodyHTML", "content:encoded", "description", "summary"
        ]
        static let id = [
            "id", "id_str", "comment_id", "commentId", "comment_ID", "objectID", "commentHex", "_id", "uuid", "cid",
            "guid", "message_id"
        ]
        /// A number is an author only in a field that says it is an id (WordPress's
        /// `author` is 0 for every guest; its `author_name` names them).
        static let author = [
            "author_name", "authorDisplayName", "author", "user", "username", "user_name", "from", "account",
            "commenter", "comment_author", "by", "screen_name", "display_name", "name", "dc:creator", "creator",
            "nickname", "by_nickname", "nick", "author_id", "user_id",
            "authorId", "authorID", "userId", "commenter_id", "commenterHex"
        ]
        /// The fields by which an object describing a person is referred to (Twitter's
        /// `includes.users`, Commento's `commenters`), for an author given as one of them.
        static let personID = [
            "id", "id_str", "user_id", "userId", "author_id", "authorId", "authorID", "commenterHex", "_id", "uuid"
        ]
        static let authorInside = [
            "name", "display_name", "displayName", "username", "screen_name", "login", "acct", "handle"
        ]
        static let parent = [
            "parent", "parent_id", "parentId", "parentID", "parentHex", "parent_comment_id", "in_reply_to_id",
            "inReplyTo",
            "in_reply_to", "reply_to", "replyTo", "comment_parent", "thr:in-reply-to", "pid", "reply_to_message_id",
            "reference"
        ]
        static let created = [
            "created", "created_at", "createdAt", "created_utc", "created_time", "creationDate", "date", "date_gmt",
            "comment_date", "publishedAt", "published", "timestamp", "time", "pubDate", "dc:date", "updated"
        ]
        static let status = ["status", "state", "moderationStatus", "comment_approved"]
        static let thread = [
            "thread", "thread_id", "threadId", "link_id", "story_id", "topic_id", "post", "article_id", "videoId",
            "conversation_id", "entity_id", "comment_post_ID", "tid", "storyID"
        ]
        static let title = ["link_title", "story_title", "thread_title", "topic_title", "post_title", "article_title"]
        static let article = ["article"]
    }

    /// What a column of a spreadsheet export may hold, for `column(in:for:)`.
    public enum Role: Sendable {
        case text, id, author, parent, created, status, title

        var names: [String] {
            switch self {
            case .text: Guess.text + ["comment body", "comment text", "review"]
            case .id: Guess.id + ["comment id"]
            case .author: Guess.author + ["author name", "user name", "name", "posted by", "commented by", "poster"]
            case .parent: Guess.parent + ["parent comment", "reply to id", "in reply to comment"]
            case .created: Guess.created + ["posted at", "posted on", "date posted", "comment date", "created on"]
            case .status: Guess.status + ["moderation status", "approved"]
            // Not a bare "title": a comment's own subject line is called so too.
            case .title: Guess.title + ["post title", "article title", "story title", "page title"]
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
    func comment(_ object: JSONNode) -> ExportedComment? {
        let found = Known.values(object)
        func named(_ name: String?, _ kind: Known.Kind) -> String? {
            guard let name else { return found[kind.rawValue] }
            let value = CommentFields.value(object, name)
            return kind == .author ? CommentFields.author(value, named: name) : CommentFields.string(value)
        }
        guard let text = named(text, .text), !CommentFields.isNotice(object) else { return nil }
        if let page = CommentFields.page(object, text: text) { return page }
        var c = ExportedComment(
            id: named(id, .id) ?? "", author: named(author, .author) ?? "",
            text: MarkupText.readable(text).trimmed)
        c.parent = CommentFields.reference(found[Known.Kind.parent.rawValue] ?? "")
        c.created = found[Known.Kind.created.rawValue] ?? ""
        c.status = CommentFields.status(object, found[Known.Kind.status.rawValue], text: text)
        c.thread = CommentFields.reference(named(thread, .thread) ?? "")
        c.title =
            found[Known.Kind.title.rawValue] ?? object["thread"]?["title"].flatMap(CommentFields.string) ?? ""
        c.article = named(article, .article)
        return c
    }

    /// Whether `object` has the field a text is read from (named, or one of the known
    /// names), whatever its value (null: a deleted comment's).
    func hasTextField(_ object: JSONNode) -> Bool {
        guard let name = text else { return object.keys.contains { Known.table[$0]?.kind == .text } }
        return CommentFields.value(object, name) != nil
    }

    /// Where a scraper keeps a page's address.
    public static let pageAddress = ["url", "link", "page_url", "pageUrl", "href", "permalink", "source"]

    /// A scraper's record of a whole page (`{"url", "html"}`, or its text of thirty lines and
    /// more) as a page for the splitter; nil for a comment.
    static func page(_ object: JSONNode, text: String) -> ExportedComment? {
        let html = HTMLPage.isDocument(text)
        guard html || text.utf8.count >= 1_000 && text.utf8.lazy.filter({ $0 == 10 }).count >= 30 else { return nil }
        let address = pageAddress.lazy.compactMap { string(object[$0]) }.first { !$0.isEmpty } ?? ""
        var c = ExportedComment(id: address, author: "", text: html ? HTMLPage.text(text) : text)
        c.title = string(object["title"]) ?? ""
        c.page = true
        return c
    }

    /// A notice, not a reader's comment: WordPress's pingbacks and trackbacks, Telegram's
    /// service messages ("pinned a message").
    static func isNotice(_ object: JSONNode) -> Bool {
        if case .string(let type)? = object["comment_type"], type == "pingback" || type == "trackback" { return true }
        if case .string("service")? = object["type"] { return true }
        return false
    }

    /// The ids an object describing a person goes by, and its name; nil for anything else.
    static func person(_ object: JSONNode) -> (ids: [String], name: String)? {
        guard case .object = object, let name = author(object, named: "") else { return nil }
        let ids = Guess.personID.compactMap { string(object[$0]) }.filter { !$0.isEmpty && $0 != name }
        return ids.isEmpty ? nil : (ids, name)
    }

    /// Each known name's kind and rank among its kind's names (`Guess`), for one pass over
    /// an object's keys: an API's objects hold a dozen keys, and the names known are a hundred.
    enum Known {
        enum Kind: Int, CaseIterable { case text, id, author, parent, created, status, thread, title, article }
        static let kinds = Kind.allCases.count

        static let table: [String: (kind: Kind, rank: Int)] = {
            var table: [String: (kind: Kind, rank: Int)] = [:]
            let lists: [(Kind, [String])] = [
                (.text, Guess.text), (.id, Guess.id), (.author, Guess.author), (.parent, Guess.parent),
                (.created, Guess.created), (.status, Guess.status), (.thread, Guess.thread), (.title, Guess.title),
                (.article, Guess.article)
            ]
            for (kind, names) in lists {
                for (rank, name) in names.enumerated() where table[name] == nil { table[name] = (kind, rank) }
            }
            return table
        }()

        /// Per kind, the value of the best-ranked known key that reads as text (nil: none).
        static func values(_ object: JSONNode) -> [String?] {
            var values = [String?](repeating: nil, count: kinds)
            var ranks = [Int](repeating: .max, count: kinds)
            guard case .object(let pairs) = object else { return values }
            for (key, value) in pairs {
                guard let (kind, rank) = table[key], rank < ranks[kind.rawValue] else { continue }
                // Atom's parent is an attribute: <thr:in-reply-to ref="...">.
                let text =
                    kind == .author
                    ? CommentFields.author(value, named: key)
                    : CommentFields.string(value)
                        ?? (kind == .parent ? CommentFields.string(value["ref"] ?? value["messageId"]) : nil)
                if let text { (values[kind.rawValue], ranks[kind.rawValue]) = (text, rank) }
            }
            return values
        }
    }

    /// A field's value as text: a string, a number, WordPress's `{"raw", "rendered"}`,
    /// Drupal's `{"value", "processed"}`, or a typed value of MongoDB's exports
    /// (`{"$oid": ...}`, `{"$date": ...}`, `{"$numberLong": ...}`).
    static func string(_ value: JSONNode?) -> String? {
        switch value {
        case .string(let s): return s
        // 1714551000.0 as 1714551000: a whole number written as a decimal keeps no decimals.
        case .number(let n): return n.hasSuffix(".0") ? String(n.dropLast(2)) : n
        // WordPress's {"raw", "rendered"}; an XML element's text beside its attributes.
        case .object?:
            return string(value?["raw"]) ?? string(value?["rendered"]) ?? string(value?["#text"])
                ?? string(value?["value"]) ?? MongoValue.string(value)
        // Telegram's rich text: strings, and objects for links and emphasis with their text.
        case .array(let parts)?:
            var text = ""
            for part in parts {
                switch part {
                case .string(let s): text += s
                case .object:
                    guard case .string(let s)? = part["text"] else { return nil }
                    text += s
                default: return nil
                }
            }
            return text
        default: return nil
        }
    }

    /// `name` in `object`, dotted names reaching into nested objects ("user.name").
    static func value(_ object: JSONNode, _ name: String) -> JSONNode? {
        if let direct = object[name] { return direct }
        var current: JSONNode? = object
        for part in name.split(separator: ".") { current = current?[String(part)] }
        return current
    }

    /// A name, or the name inside an author object; a number only from an id field.
    static func author(_ value: JSONNode?, named name: String) -> String? {
        switch value {
        case .string(let s): return s
        case .object?:
            for key in Guess.authorInside {
                if case .string(let s)? = value?[key], !s.isEmpty { return s }
            }
            return name.lowercased().hasSuffix("id") ? MongoValue.string(value) : nil
        case .number(let n) where name.lowercased().hasSuffix("id"): return n
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
    static func status(_ object: JSONNode, _ field: String?, text: String) -> String {
        // WordPress's database (and WXR) says 1 for approved, 0 for held.
        if object["comment_approved"] != nil, let field, field == "1" || field == "0" {
            return field == "1" ? "approved" : "pending"
        }
        if let field, !field.isEmpty { return field }
        for (key, word) in [("isSpam", "spam"), ("isDeleted", "deleted"), ("deleted", "deleted"), ("dead", "dead")]
        where flag(object[key]) == true {
            return word
        }
        if ["[removed]", "[deleted]"].contains(text) { return String(text.dropFirst().dropLast()) }
        if let approved = flag(object["isApproved"]) { return approved ? "approved" : "pending" }
        return ""
    }

    /// A JSON boolean (nil for anything else, numbers included).
    static func flag(_ value: JSONNode?) -> Bool? {
        guard case .bool(let b)? = value else { return nil }
        return b
    }
}
