import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// XML of any other shape (RSS and Atom comment feeds, a CMS's own export) read the way
/// JSON of any shape is: the document becomes a `JSONNode` tree (an element an object of
/// its attributes and children in order, an element of text alone a string, mixed text
/// under "#text"), and the comments are the elements holding a text field
/// (`JSONCommentWalk`: `content:encoded`, `description`, `content`, ...).
public enum XMLDocumentReader {
    public static func read(_ text: String, fields: CommentFields, path: String) throws(FormatError)
        -> [ExportedComment]
    {
        let builder = XMLTreeBuilder()
        let parser = XMLParser(stream: InputStream(data: Data(text.utf8)))
        parser.delegate = builder
        // On Linux a parse that stopped early can still return true: the error tells.
        let parsed = parser.parse()
        if let place = builder.tooDeep {
            throw .malformed(
                path: path, line: place.line,
                detail: "column \(place.column): elements nested deeper than \(JSONParser.depthLimit)")
        }
        guard parsed, parser.parserError == nil, let root = builder.root else {
            let code = (parser.parserError as NSError?)?.code ?? 0
            let detail = [5, 76].contains(code) ? "the document ends early: truncated?" : "XML error \(code)"
            throw .malformed(
                path: path, line: parser.lineNumber, detail: "column \(parser.columnNumber): malformed XML (\(detail))")
        }
        var walk = JSONCommentWalk(fields: fields)
        walk.visit(root)
        guard !walk.comments.isEmpty else {
            throw .noComments(path: path, field: fields.text, seen: JSONDocumentReader.keys(root))
        }
        return walk.finish()
    }
}

/// Builds the `JSONNode` tree of a document as `XMLParser` reports it.
final class XMLTreeBuilder: NSObject, XMLParserDelegate {
    /// An open element: its name, its attributes and children so far, its text.
    private struct Open {
        var name: String
        var pairs: [(key: String, value: JSONNode)]
        var text = ""
    }

    /// The open elements, innermost last.
    private var stack: [Open] = []
    private(set) var root: JSONNode?
    /// Where an element opened deeper than the JSON parser's limit: the tree walk recurses.
    private(set) var tooDeep: (line: Int, column: Int)?

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        guard stack.count < JSONParser.depthLimit else {
            if tooDeep == nil { tooDeep = (parser.lineNumber, parser.columnNumber) }
            parser.abortParsing()
            return
        }
        let pairs = attributes.keys.sorted().map { (key: $0, value: JSONNode.string(attributes[$0] ?? "")) }
        stack.append(Open(name: name, pairs: pairs))
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        guard let element = stack.popLast() else { return }
        let text = element.text.trimmingCharacters(in: .whitespacesAndNewlines)
        var pairs = element.pairs
        if !text.isEmpty, !pairs.isEmpty { pairs.append((key: "#text", value: JSONNode.string(text))) }
        let node = pairs.isEmpty ? JSONNode.string(text) : JSONNode.object(pairs)
        if stack.isEmpty {
            root = JSONNode.object([(key: element.name, value: node)])
        } else {
            stack[stack.count - 1].pairs.append((key: element.name, value: node))
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if !stack.isEmpty { stack[stack.count - 1].text += string }
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        if !stack.isEmpty { stack[stack.count - 1].text += String(decoding: block, as: UTF8.self) }
    }
}
