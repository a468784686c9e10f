/// Reddit comments one line at a time from a file, gzip or not, in bounded memory.
/// A broken line is named and passed; the lines after it are read on.
public final class RedditStream: CommentStream {
    private let lines: LineStream
    public private(set) var goesOnAfterError = false

    public init(_ reader: InflatingReader) { lines = LineStream(reader) }

    public func next() throws(FormatError) -> ExportedComment? {
        goesOnAfterError = false
        while let line = try lines.next() {
            goesOnAfterError = true
            if let c = try RedditReader.comment(line, line: lines.line, path: lines.path) { return c }
            goesOnAfterError = false
        }
        return nil
    }
}
