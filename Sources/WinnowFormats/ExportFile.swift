import Foundation

/// One input file read as Winnow reads every input: gzip undone, the text decoded (with
/// the encoding said when it was not UTF-8), the format sniffed from the content.
public struct ExportFile: Sendable {
    public let path: String
    public let format: InputFormat
    public let text: String
    public let encoding: TextDecoding.Encoding
    public let compressed: Bool

    public init(path: String, bytes: [UInt8]) throws(FormatError) {
        self.path = path
        compressed = Gunzip.isGzip(bytes)
        let plain = compressed ? try Gunzip.inflate(bytes, path: path) : bytes
        (text, encoding) = TextDecoding.decode(plain)
        let name = compressed && path.hasSuffix(".gz") ? String(path.dropLast(3)) : path
        format = FormatSniffer.sniff(text, path: name)
    }

    /// The comments of an export (nil for page dumps and CSV, which have readers of their own).
    public func comments() throws(FormatError) -> [ExportedComment]? {
        switch format {
        case .reddit: return try RedditReader.read(text, path: path)
        case .youtube: return try YouTubeReader.read(text, path: path)
        case .disqus: return try DisqusReader.read(Data(text.utf8), path: path)
        case .wordpress: return try WordPressReader.read(Data(text.utf8), path: path)
        case .html: throw .html(path: path)
        case .page, .csv: return nil
        }
    }
}
