/// A collection as `mongodump` writes it (`comments.bson`: BSON documents one after
/// another) read a document at a time, in bounded memory: each document's comments found
/// as in JSON Lines (`WalkedComments`; Coral Talk's comments by their latest revision). A
/// broken document is named by its number and byte offset; the comments before it have
/// been read.
public final class BSONStream: CommentStream {
    private let path: String
    private let pull: () throws(FormatError) -> [UInt8]?
    private var comments: WalkedComments
    private let fields: CommentFields
    /// Bytes read and not yet parsed, from `start`; the file offset of `start`.
    private var buffer: [UInt8] = [], start = 0, offset = 0
    private var documents = 0

    public convenience init(_ reader: InflatingReader, fields: CommentFields) {
        self.init(path: reader.path, fields: fields) { () throws(FormatError) in try reader.next() }
    }

    /// A collection already read (an archive's entry, standard input).
    public convenience init(bytes: [UInt8], path: String, fields: CommentFields) {
        var given: [UInt8]? = bytes
        self.init(path: path, fields: fields) {
            defer { given = nil }
            return given
        }
    }

    /// `pull`: the file's next bytes, nil at its end.
    init(path: String, fields: CommentFields, pull: @escaping () throws(FormatError) -> [UInt8]?) {
        (self.path, self.fields, self.pull) = (path, fields, pull)
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
        guard try fill(4) else { return nil }
        let at = offset
        guard let n = BSONDocument.length(buffer[start...]), n >= 5, n <= 16_777_216 else {
            throw failure(at, "not a document's length")
        }
        guard try fill(n) else { throw failure(at, "a document cut at the file's end") }
        documents += 1
        defer { (start, offset) = (start + n, offset + n) }
        do {
            return try BSONDocument.parse(buffer[start..<start + n])
        } catch {
            throw failure(at + error.offset - start, error.detail)
        }
    }

    private func failure(_ at: Int, _ detail: String) -> FormatError {
        .document(path: path, index: documents + 1, offset: at, detail: detail)
    }

    /// Whether `count` bytes wait from `start`: false at the file's end (then with none
    /// left only if the file ended between documents).
    private func fill(_ count: Int) throws(FormatError) -> Bool {
        if start > 1 << 20 {
            buffer.removeFirst(start)
            start = 0
        }
        while buffer.count - start < count {
            guard let more = try pull() else {
                if buffer.count > start, count == 4 { throw failure(offset, "a document cut at the file's end") }
                return false
            }
            buffer += more
        }
        return true
    }
}
