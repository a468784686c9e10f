import Foundation

/// A Disqus or WordPress export parsed on a thread of its own as the file is read, its
/// comments handed out as they are found.
public final class XMLStream: CommentStream {
    private let queue = CommentQueue()

    init(path: String, format: InputFormat) throws(FormatError) {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw .malformed(path: path, line: 0, detail: "cannot open")
        }
        let reader: XMLExportReader = format == .disqus ? DisqusReader(path: path) : WordPressReader(path: path)
        reader.sink = queue
        let queue = self.queue
        Thread {
            do throws(FormatError) {
                guard let stream = InputStream(fileAtPath: path) else {
                    throw .malformed(path: path, line: 0, detail: "cannot open")
                }
                _ = try reader.parse(stream)
                queue.finish(nil)
            } catch {
                queue.finish(error)
            }
        }.start()
    }

    /// A compressed export, inflated as it is parsed.
    init(reader: InflatingReader, format: InputFormat) {
        let parser: XMLExportReader =
            format == .disqus ? DisqusReader(path: reader.path) : WordPressReader(path: reader.path)
        parser.sink = queue
        let (queue, box) = (self.queue, StreamBox(InflatingInputStream(reader)))
        Thread {
            let stream = box.stream
            do throws(FormatError) {
                _ = try parser.parse(stream)
                queue.finish(stream.failure)
            } catch {
                // A document cut short by a gzip error: the gzip error is the one to name.
                queue.finish(stream.failure ?? error)
            }
        }.start()
    }

    deinit { queue.cancel() }

    public func next() throws(FormatError) -> ExportedComment? { try queue.pop() }
}

/// The inflating stream handed to the parsing thread, which alone uses it from then on
/// (Foundation's streams are not `Sendable`).
private final class StreamBox: @unchecked Sendable {
    let stream: InflatingInputStream
    init(_ stream: InflatingInputStream) { self.stream = stream }
}
