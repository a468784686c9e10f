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

    deinit { queue.cancel() }

    public func next() throws(FormatError) -> ExportedComment? { try queue.pop() }
}
