import Foundation

/// One input file read as Winnow reads every input: gzip undone, the text decoded (with
/// the encoding said when it was not UTF-8), the format sniffed from the content.
public struct ExportFile: Sendable {
    public let path: String
    public let format: InputFormat
    public let text: String
    public let encoding: TextDecoding.Encoding
    public let compressed: Bool
    /// Sniffed as XML only by its opening element (no `<?xml` declaration, no `--format`):
    /// a page dump that opens with markup looks the same, and is read as a page when it
    /// does not parse (`pageText`).
    public let looselyXML: Bool
    /// A binary file's bytes: a SQLite database's, a BSON collection's, a Parquet file's or
    /// a web archive's (its `text` is empty: the file is not text).
    public let binary: [UInt8]?

    /// `forced`: the format to read it as, whatever the content looks like (`--format`).
    public init(path: String, bytes: [UInt8], forced: InputFormat? = nil) throws(FormatError) {
        if ZstdStream.isZstd(bytes) {
            guard let plain = ZstdStream.decompress(bytes) else {
                throw .zstd(path: path, detail: ZstdStream.available ? "damaged or cut" : "no libzstd on the system")
            }
            self.init(path: path, decompressed: plain, compressed: true, forced: forced)
            return
        }
        let compressed = Gunzip.isGzip(bytes)
        self.init(
            path: path, decompressed: compressed ? try Gunzip.inflate(bytes, path: path) : bytes,
            compressed: compressed,
            forced: forced)
    }

    init(path: String, decompressed: [UInt8], compressed: Bool, forced: InputFormat?) {
        self.path = path
        self.compressed = compressed
        if let binaryFormat = forced ?? ExportFile.binaryFormat(decompressed),
            ExportFile.binaryFormats.contains(binaryFormat)
        {
            (text, encoding, format, looselyXML, binary) = ("", .utf8, binaryFormat, false, decompressed)
            return
        }
        binary = nil
        (text, encoding) = TextDecoding.decode(decompressed)
        format = forced ?? FormatSniffer.sniff(text, path: ExportFile.plainName(path, compressed))
        looselyXML =
            forced == nil && format == .xml
            && !text.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" }).hasPrefix("<?xml")
    }

    /// "a.csv" for "a.csv.gz" or "a.csv.zst": the extension that hints at the content.
    public static func plainName(_ path: String, _ compressed: Bool) -> String {
        guard compressed, let suffix = [".gz", ".zst", ".zstd"].first(where: path.hasSuffix) else { return path }
        return String(path.dropLast(suffix.count))
    }

    /// A file read whole, or an export streamed a comment at a time (they run to gigabytes).
    public enum Opened {
        case whole(ExportFile)
        case stream(CommentStream)
    }

    /// Opens `path`, sniffing its first 64 KiB (decompressed) to choose how to read it.
    public static func open(_ path: String, forced: InputFormat? = nil, fields: CommentFields = CommentFields())
        throws(FormatError) -> Opened
    {
        let reader = try InflatingReader(path: path)
        let head = try reader.peek(65_536)
        let sniffed = FormatSniffer.sniff(head: head, path: plainName(path, reader.compressed))
        let format = forced ?? sniffed
        if format == .reddit { return .stream(RedditStream(reader)) }
        if format == .sql { return .stream(try SQLDumpStream(reader, fields: fields)) }
        if format == .bson { return .stream(BSONStream(reader, fields: fields)) }
        if format == .warc { return .stream(WARCStream(reader)) }
        // Parquet files and databases are read a part at a time from the file itself.
        if format == .parquet, !reader.compressed { return .stream(try ParquetStream(path: path, fields: fields)) }
        if format == .sqlite, !reader.compressed { return .stream(try SQLiteStream(path: path, fields: fields)) }
        if format == .sqlite || format == .parquet {
            var bytes: [UInt8] = []
            while let chunk = try reader.next() { bytes += chunk }
            if format == .parquet { return .stream(try ParquetStream(bytes: bytes, path: path, fields: fields)) }
            return .stream(try SQLiteStream(bytes: bytes, path: path, fields: fields))
        }
        // JSON Lines of any shape run to gigabytes as Reddit's do; a document is read whole.
        if format == .jsonl, JSONLinesStream.looksLikeLines(head) {
            return .stream(JSONLinesStream(reader, fields: fields))
        }
        // One big array too: read whole, a JSON document takes about six times its size.
        if format == .jsonl, JSONArrayStream.opensArray(head),
            FileSize.of(path) * (reader.compressed ? 8 : 1) >= JSONArrayStream.threshold
        {
            return .stream(JSONArrayStream(reader, fields: fields))
        }
        // An XML export is parsed as it is read (inflated on the way when compressed).
        if format == .disqus || format == .wordpress {
            if reader.compressed { return .stream(XMLStream(reader: reader, format: format ?? .disqus)) }
            return .stream(try XMLStream(path: path, format: format ?? .disqus))
        }
        var bytes: [UInt8] = []
        while let chunk = try reader.next() { bytes += chunk }
        return .whole(ExportFile(path: path, decompressed: bytes, compressed: reader.compressed, forced: forced))
    }

    /// The text the splitter reads: a page dump's, or an HTML page's as a browser saves it
    /// (nil for tables and exports).
    public var pageText: String? {
        switch format {
        case .page: text
        case .html: HTMLPage.text(text)
        case .xml where looselyXML: text
        default: nil
        }
    }

    /// The comments of an export (nil for page dumps and CSV, which have readers of their
    /// own); `fields` names a JSON file's fields where guessing them is not enough.
    public func comments(fields: CommentFields = CommentFields()) throws(FormatError) -> [ExportedComment]? {
        switch format {
        case .jsonl: return try JSONDocumentReader.read(text, fields: fields, path: path)
        case .xml: return try XMLDocumentReader.read(text, fields: fields, path: path)
        case .reddit: return try RedditReader.read(text, path: path)
        case .youtube: return try YouTubeReader.read(text, path: path)
        case .disqus: return try DisqusReader.read(Data(text.utf8), path: path)
        case .wordpress: return try WordPressReader.read(Data(text.utf8), path: path)
        case .sql: return try ExportFile.drain(SQLDumpStream(bytes: Array(text.utf8), path: path, fields: fields))
        case .sqlite: return try ExportFile.drain(SQLiteStream(bytes: binary ?? [], path: path, fields: fields))
        case .bson: return try ExportFile.drain(BSONStream(bytes: binary ?? [], path: path, fields: fields))
        case .parquet: return try ExportFile.drain(ParquetStream(bytes: binary ?? [], path: path, fields: fields))
        case .warc: return try ExportFile.drain(WARCStream(bytes: binary ?? [], path: path))
        case .page, .csv, .html: return nil
        }
    }

    private static func drain(_ stream: CommentStream) throws(FormatError) -> [ExportedComment] {
        var comments: [ExportedComment] = []
        while let c = try stream.next() { comments.append(c) }
        return comments
    }

    /// The formats read from their bytes, not as text.
    static let binaryFormats: Set<InputFormat> = [.sqlite, .bson, .parquet, .warc]

    static func binaryFormat(_ bytes: [UInt8]) -> InputFormat? {
        if SQLiteFile.isDatabase(bytes) { return .sqlite }
        if ParquetStream.isParquet(bytes) { return .parquet }
        if WARCStream.isWARC(bytes) { return .warc }
        return BSONDocument.isBSON(bytes) ? .bson : nil
    }
}
