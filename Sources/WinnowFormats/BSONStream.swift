/// A collection as `mongodump` writes it (`comments.bson`: BSON documents one after
/// another) read a document at a time, in bounded memory: each document's comments found
/// as in JSON Lines (`WalkedComments`; Coral Talk's comments by their latest revision). A
/// broken document is named by its number and byte offset; the comments before it have
/// been read.
public final class BSONStream: CommentStream {
    private let path: String
    private let fields: CommentFields
    private var comments: WalkedComments
    private var feed: ByteFeed
    /// The documents begun so far: the last one's number.
    private var documents = 0

    public convenience init(_ reader: InflatingReader, fields: CommentFields) {
        self.init(path: reader.path, fields: fields, feed: ByteFeed { () throws(FormatError) in try reader.next() })
    }

    /// A collection already read (an archive's entry, standard input).
    public convenience init(bytes: [UInt8], path: String, fields: CommentFields) {
        self.init(path: path, fields: fields, feed: ByteFeed(bytes: bytes))
    }

    init(path: String, fields: CommentFields, feed: ByteFeed) {
        (self.path, self.fields, self.feed) = (path, fields, feed)
        comments = WalkedComments(fields: fields)
    }

    public func next() throws(FormatError) -> ExportedComment? {
        while true {
            if let c = comments.pop() { return c }
            guard let document = try nextDocument() else {
                try comments.end(path: path, field: fields.text)
                return nil
            }
            _ = comments.take(keys: document.keys) { $0.visit(document) }
        }
    }

    private func nextDocument() throws(FormatError) -> JSONNode? {
        guard try feed.fill(4) else {
            if feed.waiting > 0 { throw failure(feed.offset, "a document cut at the file's end") }
            return nil
        }
        documents += 1
        let (at, start) = (feed.offset, feed.start)
        guard let n = BSONDocument.length(feed.bytes[start...]), n >= 5, n <= 16_777_216 else {
            throw failure(at, "not a document's length")
        }
        guard try feed.fill(n) else { throw failure(at, "a document cut at the file's end") }
        defer { feed.consume(n) }
        do {
            return try BSONDocument.parse(feed.bytes[start..<start + n])
        } catch {
            throw failure(at + error.offset - start, error.detail)
        }
    }

    private func failure(_ at: Int, _ detail: String) -> FormatError {
        .document(path: path, index: max(documents, 1), offset: at, detail: detail)
    }
}
