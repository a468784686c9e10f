import Foundation
import WinnowFormats
import WinnowSplit

/// Any input file read as text: gzip undone, UTF-8 (with or without a byte-order mark),
/// UTF-16 or Windows-1252 decoded, the format sniffed; empty and binary files refused.
public enum InputText {
    /// A file read whole; "-" is standard input, named `stdinName`.
    public static func read(_ path: String, stdinName: String = "<stdin>", diagnostics: Diagnostics) throws
        -> ExportFile
    {
        guard path != "-" else {
            let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
            return try check(try ExportFile(path: stdinName, bytes: bytes), diagnostics: diagnostics)
        }
        return try check(try ExportFile(path: path, bytes: try TextFile.bytes(path)), diagnostics: diagnostics)
    }

    /// How inputs are read: a format forced (`--format`), standard input's name.
    public struct Options: Sendable {
        public var format: InputFormat?
        public var stdinName = "<stdin>"
        /// The fields of a streamed JSON input (the rest are guessed).
        public var fields = CommentFields()
        public init() {}
    }

    /// A Reddit dump as a stream of jobs, anything else read whole (`read`); "-" is
    /// standard input, named `options.stdinName`.
    static func open(_ path: String, _ options: Options, diagnostics: Diagnostics) throws -> Either {
        if path == "-" {
            let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
            let file = try ExportFile(path: options.stdinName, bytes: bytes, forced: options.format)
            return .whole(try check(file, diagnostics: diagnostics))
        }
        guard FileManager.default.fileExists(atPath: path) else { throw PipelineError.missingPath(path) }
        switch try ExportFile.open(path, forced: options.format, fields: options.fields) {
        case .stream(let stream): return .stream(ExportStream(stream, path: path))
        case .whole(let file): return .whole(try check(file, diagnostics: diagnostics))
        }
    }

    enum Either {
        case whole(ExportFile)
        case stream(ExportStream)
    }

    static func check(_ file: ExportFile, diagnostics: Diagnostics) throws -> ExportFile {
        let path = file.path
        if file.binary != nil { return file }
        if file.text.allSatisfy(\.isWhitespace) { throw PipelineError.empty(path: path) }
        if file.text.utf8.contains(0) {
            // The first characters as the bytes they were read from (Latin-1 range).
            let head = file.text.unicodeScalars.prefix(4).map { UInt8(truncatingIfNeeded: $0.value) }
            throw PipelineError.notText(path, head: head)
        }
        if file.encoding != .utf8 { diagnostics.warn("\(path): not UTF-8; read as \(file.encoding.rawValue)") }
        return file
    }

    /// The comment jobs of an export's comments, keeping what the export knows.
    static func jobs(_ comments: [ExportedComment], source: String) -> [CommentJob] {
        var jobs: [CommentJob] = []
        jobs.reserveCapacity(comments.count)
        for c in comments {
            // A scraper's record of a whole page: the comments the splitter finds on it, under
            // the page's address.
            if c.page {
                jobs += pageJobs(c.text, source: c.id.isEmpty ? source : c.id, title: c.title)
                continue
            }
            var job = CommentJob(
                source: c.source.isEmpty ? source : c.source, id: c.id, author: c.author, text: c.text,
                article: c.article, title: c.title)
            (job.parent, job.created, job.status) = (c.parent, c.created, c.status)
            job.thread = c.thread.isEmpty ? nil : c.thread
            jobs.append(job)
        }
        return jobs
    }

    /// The comments the splitter finds on a page: a page dump's, or one a record holds (a
    /// scraper's JSON or CSV of whole pages), under the page's address.
    static func pageJobs(_ text: String, source: String, title: String) -> [CommentJob] {
        let page = Splitter().split(text, source: source)
        return PageSource.jobs(page.comments, source: source, article: page.article, title: page.title ?? title)
    }
}
