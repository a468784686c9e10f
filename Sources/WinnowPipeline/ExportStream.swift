import WinnowFormats

/// Comment jobs pulled one at a time from a streamed export (a Reddit dump, an XML
/// export), so a gigabyte file is scored in bounded memory. A bad record is named; the
/// file goes on past it where the stream can (JSON Lines), else it ends there.
final class ExportStream {
    private let stream: CommentStream
    private let path: String
    /// The jobs of a record that held more than one (a page's comments), handed out in turn.
    private var pending: [CommentJob] = [], pendingIndex = 0

    init(_ stream: CommentStream, path: String) {
        (self.stream, self.path) = (stream, path)
    }

    /// The next job, or nil at the end of the file (or at a record that cannot be read and
    /// cannot be passed; each one named in `diagnostics`).
    func next(_ diagnostics: Diagnostics) -> CommentJob? {
        while pendingIndex >= pending.count {
            do {
                guard let c = try stream.next() else { return nil }
                (pending, pendingIndex) = (InputText.jobs([c], source: path), 0)
            } catch {
                diagnostics.skip(error)
                guard stream.goesOnAfterError else { return nil }
            }
        }
        defer { pendingIndex += 1 }
        return pending[pendingIndex]
    }
}
