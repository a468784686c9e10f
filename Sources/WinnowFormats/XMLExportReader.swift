import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The shared part of the XML exports' readers: a streaming `XMLParser` over the file,
/// the text of the element being read, and a parse error named with its line.
/// `@unchecked Sendable`: a stream's reader is handed to its parsing thread and used there alone.
class XMLExportReader: NSObject, XMLParserDelegate, @unchecked Sendable {
    let path: String
    var comments: [ExportedComment] = []
    /// Streaming: where found comments go, instead of `comments`.
    var sink: CommentQueue?
    private weak var parser: XMLParser?
    /// Names of the open elements, innermost last.
    var stack: [String] = []
    var text = ""

    init(path: String) { self.path = path }

    func parse(_ data: Data) throws(FormatError) -> [ExportedComment] {
        // From a stream: given the whole document at once, Foundation's parser on Linux
        // fails at the end of documents of some megabytes (libxml2's limits).
        try parse(InputStream(data: data))
    }

    func parse(_ stream: InputStream) throws(FormatError) -> [ExportedComment] {
        let parser = XMLParser(stream: stream)
        self.parser = parser
        parser.delegate = self
        // On Linux a parse that stopped early can still return true: the error tells.
        guard parser.parse(), parser.parserError == nil else {
            let code = (parser.parserError as NSError?)?.code ?? 0
            let detail = [5, 76].contains(code) ? "the document ends early: truncated?" : "XML error \(code)"
            throw .malformed(path: path, line: parser.lineNumber, detail: "malformed XML (\(detail))")
        }
        finish()
        return comments
    }

    /// Called once the whole document is read.
    func finish() {}

    /// A comment found: kept, or handed to the stream's reader (the parse stops when the
    /// reader has gone).
    func emit(_ c: ExportedComment) {
        guard let sink else { return comments.append(c) }
        if !sink.push(c) { parser?.abortParsing() }
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        stack.append(name)
        text = ""
        start(name, attributes)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        end(name, text)
        stack.removeLast()
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, foundCDATA block: Data) { text += String(decoding: block, as: UTF8.self) }

    func start(_ name: String, _ attributes: [String: String]) {}
    func end(_ name: String, _ text: String) {}
}
