import Foundation

/// Where a Parquet file's bytes come from: the file itself, read a range at a time (a
/// warehouse's export runs to gigabytes, and a row group needs only its own chunks), or
/// bytes already in memory (an archive's entry, standard input, a gzip-compressed file).
struct ParquetSource {
    let size: Int
    private let read: (Range<Int>) throws(FormatError) -> [UInt8]

    init(bytes: [UInt8]) {
        size = bytes.count
        read = { range in Array(bytes[range]) }
    }

    init(path: String) throws(FormatError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .parquet(path: path, place: "the file", detail: "cannot be opened")
        }
        let end: UInt64
        do {
            end = try handle.seekToEnd()
        } catch {
            throw .parquet(path: path, place: "the file", detail: "cannot be read (\(error.localizedDescription))")
        }
        size = Int(end)
        read = { (range: Range<Int>) throws(FormatError) -> [UInt8] in
            do {
                try handle.seek(toOffset: UInt64(range.lowerBound))
                let data = try handle.read(upToCount: range.count) ?? Data()
                guard data.count == range.count else { throw CocoaError(.fileReadCorruptFile) }
                return [UInt8](data)
            } catch {
                throw .parquet(path: path, place: "bytes \(range)", detail: "cannot be read: the file ends or changed")
            }
        }
    }

    /// The bytes in `range`, which the caller has checked lies in the file.
    func bytes(_ range: Range<Int>) throws(FormatError) -> [UInt8] { try read(range) }

    /// The footer and what follows it, with four bytes before: what `ParquetFooter` reads.
    func tail(path: String) throws(FormatError) -> [UInt8] {
        guard size >= 12 else { throw .parquet(path: path, place: "the file", detail: "shorter than a Parquet file") }
        let last = try bytes(size - 8..<size)
        let length = Int(last[0]) | Int(last[1]) << 8 | Int(last[2]) << 16 | Int(last[3]) << 24
        guard length <= size - 12 else { return last }
        return try bytes(size - 12 - length..<size)
    }
}
