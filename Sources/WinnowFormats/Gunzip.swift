import CZlib

/// gzip decompression through the system zlib, whole buffers at a time.
public enum Gunzip {
    public static func isGzip(_ bytes: [UInt8]) -> Bool { bytes.count >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b }

    /// The decompressed bytes of `bytes` (concatenated members included).
    public static func inflate(_ bytes: [UInt8], path: String) throws(FormatError) -> [UInt8] {
        var stream = z_stream()
        // 15 + 32: a window of 2^15 and gzip or zlib headers detected automatically.
        guard inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .gzip(path: path, detail: "zlib did not start")
        }
        defer { inflateEnd(&stream) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 4)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var input = bytes
        let status: Int32 = input.withUnsafeMutableBufferPointer { source in
            // Safe: zlib reads `avail_in` bytes from `next_in` and writes at most `avail_out`.
            stream.next_in = source.baseAddress
            stream.avail_in = UInt32(source.count)
            var status = Z_OK
            while true {
                status = chunk.withUnsafeMutableBufferPointer { buffer in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = UInt32(buffer.count)
                    return CZlib.inflate(&stream, Z_NO_FLUSH)
                }
                out.append(contentsOf: chunk[0..<(chunk.count - Int(stream.avail_out))])
                if status == Z_STREAM_END, stream.avail_in > 0 {
                    inflateReset(&stream)  // another gzip member follows
                    continue
                }
                if status != Z_OK { break }
            }
            return status
        }
        guard status == Z_STREAM_END else {
            throw .gzip(path: path, detail: status == Z_BUF_ERROR ? "truncated" : "damaged (zlib \(status))")
        }
        return out
    }
}
