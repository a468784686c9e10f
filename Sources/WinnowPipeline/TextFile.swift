import Foundation

/// Reads a whole text file and refuses what is not text, with the reason named.
public enum TextFile {
    /// Page dumps larger than this are refused rather than loaded (a scraper gone wrong).
    public static let pageLimit = 64 << 20

    public static func read(_ path: String, limit: Int = pageLimit) throws(PipelineError) -> String {
        let data: Data
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            if let size = attributes[.size] as? Int, size > limit {
                throw PipelineError.unreadable(path: path, reason: "\(size) bytes, over the \(limit)-byte page limit")
            }
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch let error as PipelineError {
            throw error
        } catch {
            let exists = FileManager.default.fileExists(atPath: path)
            throw exists ? .unreadable(path: path, reason: reason(error)) : .missingPath(path)
        }
        return try decode(data, path: path)
    }

    /// A whole file's bytes (models, shards), its failures named like a page's.
    public static func bytes(_ path: String) throws(PipelineError) -> [UInt8] {
        do {
            return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            let exists = FileManager.default.fileExists(atPath: path)
            throw exists ? .unreadable(path: path, reason: reason(error)) : .missingPath(path)
        }
    }

    static func decode(_ data: Data, path: String) throws(PipelineError) -> String {
        guard !data.isEmpty else { throw .empty(path: path) }
        if data.contains(0) { throw .notText(path, head: data.prefix(4)) }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw .invalidUTF8(path: path, line: firstInvalidLine(data))
        }
        if text.allSatisfy(\.isWhitespace) { throw .empty(path: path) }
        return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    }

    /// The 1-based line of the first byte sequence that is not UTF-8.
    static func firstInvalidLine(_ data: Data) -> Int {
        var line = 1, start = 0
        let bytes = [UInt8](data)
        for (i, b) in bytes.enumerated() where b == 10 {
            if String(validating: bytes[start..<i], as: UTF8.self) == nil { return line }
            line += 1
            start = i + 1
        }
        return line
    }

    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if ns.domain == NSCocoaErrorDomain, ns.code == NSFileReadNoPermissionError { return "permission denied" }
        return ns.localizedDescription
    }
}
