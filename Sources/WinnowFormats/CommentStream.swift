import Foundation

/// An export read a comment at a time, in bounded memory (Reddit dumps, XML exports).
public protocol CommentStream: AnyObject {
    /// The next comment, or nil at the end; an error names the file and line.
    func next() throws(FormatError) -> ExportedComment?
}
