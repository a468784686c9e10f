/// Reddit comments one line at a time from a file, gzip or not, in bounded memory.
public final class RedditStream: CommentStream {
    private let lines: LineStream

    public init(_ reader: InflatingReader) { lines = LineStream(reader) }

    public func next() throws(FormatError) -> ExportedComment? {
        while let line = try lines.next() {
            if let c = try RedditReader.comment(line, line: lines.line, path: lines.path) { return c }
        }
        return nil
    }
}
