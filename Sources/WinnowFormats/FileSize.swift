import Foundation

/// A file's size on disk (0 when it cannot be told): progress, and when to stream.
package enum FileSize {
    package static func of(_ path: String) -> Int {
        var st = stat()
        return stat(path, &st) == 0 ? Int(st.st_size) : 0
    }
}
