/// A comment kept with its edits, its text only in its revisions (Coral Talk's database as
/// mongoexport writes it: `"revisions": [{"id", "body", "createdAt"}, ...]`): read as one
/// object whose text is the latest revision's, so its id, author, parent, story and status
/// stay with it and its revisions are not read as replies.
enum RevisedComment {
    /// The object with its latest revision's text, or nil when it has a text of its own
    /// or no revisions.
    static func latest(_ object: JSONNode, fields: CommentFields) -> JSONNode? {
        guard case .object(let pairs) = object, let k = pairs.firstIndex(where: { $0.key == "revisions" }),
            case .array(let revisions) = pairs[k].value,
            let last = revisions.last(where: { if case .object = $0 { true } else { false } }),
            text(object, fields) == nil, let latest = text(last, fields)
        else { return nil }
        var flat = pairs
        flat.remove(at: k)
        flat.append((key: fields.text ?? "body", value: .string(latest)))
        return .object(flat)
    }

    private static func text(_ object: JSONNode, _ fields: CommentFields) -> String? {
        guard let name = fields.text else {
            return CommentFields.Known.values(object)[CommentFields.Known.Kind.text.rawValue]
        }
        return CommentFields.string(CommentFields.value(object, name))
    }
}
