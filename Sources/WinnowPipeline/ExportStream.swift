import WinnowFormats

/// Comment jobs pulled one at a time from a streamed export (a Reddit dump, an XML
/// export), so a gigabyte file is scored in bounded memory; a bad line ends the file, named.
final class ExportStream {
    private let stream: CommentStream
    private let path: String
    /// The jobs of a record that held more than one (a page's comments), handed out in turn.
    private var pending: [CommentJob] = [], pendingIndex = 0

    init(_ stream: CommentStream, path: String) {
        (self.stream, self.path) = (stream, path)
    }

    /// The next job, or nil at the end of the file (or at a line that cannot be read,
    /// which is named in `diagnostics`).
    func next(_ diagnostics: Diagnostics) -> CommentJob? {
        do {
            while pendingIndex >= pending.count {
                guard let c = try stream.next() else { return nil }
                (pending, pendingIndex) = (InputText.jobs([c], source: path), 0)
            }
            defer { pendingIndex += 1 }
            return pending[pendingIndex]
        } catch {
            diagnostics.skip(error)
            return nil
        }
    }
}
