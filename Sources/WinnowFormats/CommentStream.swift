import Foundation

/// An export read a comment at a time, in bounded memory (Reddit dumps, XML exports).
public protocol CommentStream: AnyObject {
    /// The next comment, or nil at the end; an error names the file and line.
    func next() throws(FormatError) -> ExportedComment?
    /// Whether `next()` can go on past the error it last threw: the record it named was
    /// passed and the ones after it are whole (a broken line of JSON Lines).
    var goesOnAfterError: Bool { get }
}

extension CommentStream {
    public var goesOnAfterError: Bool { false }
}
