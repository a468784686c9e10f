/// A JSON document that is one big array (a database's or an API's comments dumped as
/// `[{...}, {...}]`) read an element at a time, in bounded memory: each element parsed and
/// walked as `JSONDocumentReader` walks the whole array, the context one element sets for
/// the next kept. Used for files too large to read whole comfortably
/// (`JSONArrayStream.threshold`); smaller ones are read whole.
public final class JSONArrayStream: CommentStream {
    /// Files at least this large (on disk) are streamed.
    public static let threshold = 64 << 20

    private let reader: InflatingReader
    private let fields: CommentFields
    private var comments: WalkedComments
    private var context = JSONCommentWalk.Context()
    private var splitter = JSONArraySplitter()

    public init(_ reader: InflatingReader, fields: CommentFields) {
        self.reader = reader
        self.fields = fields
        comments = WalkedComments(fields: fields)
    }

    /// Whether a document's first bytes open a top-level array.
    public static func opensArray(_ head: [UInt8]) -> Bool {
        var rest = head[...]
        if rest.starts(with: [0xEF, 0xBB, 0xBF]) { rest = rest.dropFirst(3) }
        return rest.first { ![32, 9, 10, 13].contains($0) } == UInt8(ascii: "[")
    }

    public func next() throws(FormatError) -> ExportedComment? {
        while true {
            if let c = comments.pop() { return c }
            guard let element = try nextElement() else {
                try comments.end(path: reader.path, field: fields.text)
                return nil
            }
            let value: JSONNode
            do {
                value = try JSONParser.parse(element.bytes[...])
            } catch {
                let line = element.line + element.bytes.prefix(error.offset).count { $0 == 10 }
                throw .malformed(path: reader.path, line: line, detail: "not valid JSON (\(error.detail))")
            }
            var context = self.context
            _ = comments.take(keys: JSONDocumentReader.keys(value)) { $0.visit(element: value, context: &context) }
            self.context = context
        }
    }

    /// The next element's bytes and the line it starts on, feeding the splitter as it asks.
    private func nextElement() throws(FormatError) -> (bytes: [UInt8], line: Int)? {
        while true {
            switch splitter.next() {
            case .element(let bytes, let line): return (bytes, line)
            case .end: return nil
            case .needMore:
                if let chunk = try reader.next() { splitter.feed(chunk) } else { splitter.finish() }
            case .bad(let line, let detail): throw .malformed(path: reader.path, line: line, detail: detail)
            }
        }
    }
}
