/// Brotli, undone by the system's libbrotlidec (`SystemLibrary`): what browsers ask sites
/// to send, so a web archive made by a browser (Browsertrix) keeps its pages in it; a
/// Parquet codec too. Decoded a block of output at a time, so damaged input is found
/// damaged at once rather than tried in ever larger room.
enum Brotli {
    private typealias Create =
        @convention(c) (UnsafeRawPointer?, UnsafeRawPointer?, UnsafeRawPointer?) -> OpaquePointer?
    /// (state, bytes in left, next in, room out left, next out, total out): 0 an error, 1 done,
    /// 2 more input wanted, 3 more room wanted.
    private typealias Stream =
        @convention(c) (
            OpaquePointer?, UnsafeMutablePointer<Int>?, UnsafeMutablePointer<UnsafePointer<UInt8>?>?,
            UnsafeMutablePointer<Int>?, UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>?, UnsafeMutablePointer<Int>?
        ) -> Int32
    private typealias Destroy = @convention(c) (OpaquePointer?) -> Void

    private static let library: (create: Create, stream: Stream, destroy: Destroy)? = {
        let files = ["libbrotlidec.so.1", "libbrotlidec.so", "libbrotlidec.1.dylib", "libbrotlidec.dylib"]
        let names = ["BrotliDecoderCreateInstance", "BrotliDecoderDecompressStream", "BrotliDecoderDestroyInstance"]
        guard let s = SystemLibrary.symbols(names, in: files) else { return nil }
        // Safe: the symbols are libbrotlidec's own, with these C signatures (brotli/decode.h).
        return (
            unsafeBitCast(s[0], to: Create.self), unsafeBitCast(s[1], to: Stream.self),
            unsafeBitCast(s[2], to: Destroy.self)
        )
    }()

    static var available: Bool { library != nil }

    /// `b` decompressed (to exactly `size` bytes when the size is known: a Parquet page),
    /// at most `limit` bytes; nil when it is damaged, cut, or larger.
    static func decompress(_ b: ArraySlice<UInt8>, size: Int? = nil, limit: Int = 1 << 28) -> [UInt8]? {
        guard let library, let state = library.create(nil, nil, nil) else { return nil }
        defer { library.destroy(state) }
        var out: [UInt8] = []
        var block = [UInt8](repeating: 0, count: 1 << 16)
        let input = Array(b)
        return input.withUnsafeBufferPointer { src -> [UInt8]? in
            var left = src.count
            var next = src.baseAddress
            while true {
                var room = block.count
                let status = block.withUnsafeMutableBufferPointer { dst -> Int32 in
                    var to = dst.baseAddress
                    return library.stream(state, &left, &next, &room, &to, nil)
                }
                out += block[0..<(block.count - room)]
                guard out.count <= max(limit, size ?? 0) else { return nil }
                switch status {
                case 1: return size == nil || out.count == size ? out : nil
                case 3: continue
                default: return nil  // damaged, or cut (more input wanted where there is none)
                }
            }
        }
    }
}
