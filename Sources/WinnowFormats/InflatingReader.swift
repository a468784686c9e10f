import CZlib
import Foundation

/// A file's bytes a chunk at a time, gzip or Zstandard undone as they come: exports of
/// gigabytes are read in bounded memory.
public final class InflatingReader {
    public let path: String
    public let compressed: Bool
    private let handle: FileHandle
    private var stream = z_stream()
    private var zstd: ZstdStream?
    private var input: [UInt8] = []
    private var started = false, ended = false
    /// Bytes put back by `peek`, returned before the next chunk.
    private var pushedBack: [UInt8] = []
    static let chunkSize = 1 << 20

    public init(path: String) throws(FormatError) {
        self.path = path
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .malformed(path: path, line: 0, detail: "cannot open")
        }
        self.handle = handle
        let head = [UInt8]((try? handle.read(upToCount: 4)) ?? Data())
        input = head
        if ZstdStream.isZstd(head) {
            guard let zstd = ZstdStream() else {
                throw .zstd(
                    path: path, detail: "the system's libzstd is not installed; Debian: apt-get install libzstd1")
            }
            (self.zstd, compressed) = (zstd, true)
            return
        }
        compressed = Gunzip.isGzip(head)
        if compressed {
            guard inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
                throw .gzip(path: path, detail: "zlib did not start")
            }
            started = true
        }
    }

    deinit {
        if started { inflateEnd(&stream) }
        try? handle.close()
    }

    /// Up to `count` bytes from the start, which the next chunks return again.
    public func peek(_ count: Int) throws(FormatError) -> [UInt8] {
        while pushedBack.count < count, let more = try readChunk() { pushedBack += more }
        return Array(pushedBack.prefix(count))
    }

    /// The next decompressed bytes, or nil at the end.
    public func next() throws(FormatError) -> [UInt8]? {
        if !pushedBack.isEmpty {
            defer { pushedBack = [] }
            return pushedBack
        }
        return try readChunk()
    }

    private func readChunk() throws(FormatError) -> [UInt8]? {
        while true {
            if compressedDone { return nil }
            if input.isEmpty, !ended {
                let data = (try? handle.read(upToCount: InflatingReader.chunkSize)) ?? Data()
                if data.isEmpty { ended = true } else { input = [UInt8](data) }
            }
            guard compressed else {
                guard !input.isEmpty else { return nil }
                defer { input = [] }
                return input
            }
            if let zstd {
                if let chunk = try unzstd(zstd) { return chunk }
                if compressedDone { return nil }
                continue
            }
            if input.isEmpty, ended {
                throw .gzip(path: path, detail: "truncated")
            }
            var out = [UInt8](repeating: 0, count: InflatingReader.chunkSize)
            var produced = 0, status = Z_OK
            input.withUnsafeMutableBufferPointer { source in
                out.withUnsafeMutableBufferPointer { target in
                    // Safe: zlib reads `avail_in` bytes from `next_in` and writes at most `avail_out`.
                    stream.next_in = source.baseAddress
                    stream.avail_in = UInt32(source.count)
                    stream.next_out = target.baseAddress
                    stream.avail_out = UInt32(target.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                    produced = target.count - Int(stream.avail_out)
                }
            }
            input.removeFirst(input.count - Int(stream.avail_in))
            if status == Z_STREAM_END {
                if input.isEmpty, !ended {  // another member may follow in the file
                    let data = (try? handle.read(upToCount: InflatingReader.chunkSize)) ?? Data()
                    if data.isEmpty { ended = true } else { input = [UInt8](data) }
                }
                if input.isEmpty, ended {
                    compressedDone = true
                } else {
                    inflateReset(&stream)
                }
            } else if status != Z_OK && status != Z_BUF_ERROR {
                throw .gzip(path: path, detail: "damaged (zlib \(status))")
            }
            if produced > 0 { return Array(out[0..<produced]) }
            if compressedDone { return nil }
            if status == Z_BUF_ERROR, input.isEmpty, ended { throw .gzip(path: path, detail: "truncated") }
        }
    }

    private var compressedDone = false

    /// The next bytes Zstandard gives from the input read so far; nil when it wants more
    /// input (or, past the end of the file, when the stream ended: `compressedDone`).
    private func unzstd(_ zstd: ZstdStream) throws(FormatError) -> [UInt8]? {
        if input.isEmpty, ended, !zstd.filled {
            guard zstd.atFrameEnd else { throw .zstd(path: path, detail: "truncated") }
            compressedDone = true
            return nil
        }
        let step = input.withUnsafeBytes { zstd.decompress($0, room: InflatingReader.chunkSize) }
        guard let step else { throw .zstd(path: path, detail: "damaged") }
        input.removeFirst(step.used)
        if step.output.isEmpty, step.used == 0, !input.isEmpty { throw .zstd(path: path, detail: "damaged") }
        return step.output.isEmpty ? nil : step.output
    }
}
