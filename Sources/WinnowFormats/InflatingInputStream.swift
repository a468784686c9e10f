import Foundation

/// A compressed export's bytes inflated as Foundation's XML parser pulls them, so a
/// gzip-compressed Disqus or WordPress export is parsed in bounded memory as a plain one
/// is. The parser calls only `open`, `read` and `close`. A gzip error ends the bytes and is
/// kept for the reader to name (the parser sees a document cut short).
final class InflatingInputStream: InputStream {
    private let reader: InflatingReader
    private var chunk: [UInt8] = [], offset = 0
    private(set) var failure: FormatError?

    init(_ reader: InflatingReader) {
        self.reader = reader
        super.init(data: Data())
    }

    override func open() {}
    override func close() {}
    override var hasBytesAvailable: Bool { failure == nil }

    override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength length: Int) -> Int {
        while offset >= chunk.count {
            do {
                guard let next = try reader.next() else { return 0 }
                (chunk, offset) = (next, 0)
            } catch {
                failure = error
                return 0
            }
        }
        let count = min(length, chunk.count - offset)
        chunk.withUnsafeBufferPointer { source in
            // Safe: `count` is at most the parser's `length` and the bytes left in `chunk`.
            guard let base = source.baseAddress else { return }
            buffer.update(from: base + offset, count: count)
        }
        offset += count
        return count
    }
}
