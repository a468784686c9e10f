/// The two halves of comments a CMS keeps in two tables (`SQLTableRole`), held until the
/// dump ends and then joined by the comment's id: the header's columns and the text under
/// `text`. A header whose text never came is left out; texts of one comment in several rows
/// (Drupal's `delta`) are its paragraphs.
struct SQLCommentJoin {
    private var texts: [String: String] = [:]
    private var headers: [(id: String, pairs: [(key: String, value: JSONNode)])] = []

    var isEmpty: Bool { texts.isEmpty || headers.isEmpty }

    mutating func addBody(key: JSONNode, text: JSONNode) {
        guard let key = CommentFields.string(key), let text = CommentFields.string(text) else { return }
        texts[key] = texts[key].map { $0 + "\n\n" + text } ?? text
    }

    mutating func addHeader(id: JSONNode, pairs: [(key: String, value: JSONNode)]) {
        guard let id = CommentFields.string(id) else { return }
        headers.append((id, pairs))
    }

    /// Each header with its text, as one object, in the headers' order.
    func joined() -> [JSONNode] {
        headers.compactMap { header in
            texts[header.id].map { .object(header.pairs + [(key: "text", value: .string($0))]) }
        }
    }
}
