/// Brotli, undone by the system's libbrotlidec (`SystemLibrary`): what browsers ask sites
/// to send, so a web archive made by a browser (Browsertrix) keeps its pages in it; a
/// Parquet codec too.
enum Brotli {
    /// BrotliDecoderDecompress(encoded size, encoded, in: room, out: decoded size, decoded):
    /// 1 on success, 0 on an error, too little room included.
    private typealias Decompress =
        @convention(c) (Int, UnsafePointer<UInt8>?, UnsafeMutablePointer<Int>?, UnsafeMutablePointer<UInt8>?) -> Int32

    private static let decompressor: Decompress? = {
        let files = ["libbrotlidec.so.1", "libbrotlidec.so", "libbrotlidec.1.dylib", "libbrotlidec.dylib"]
        guard let s = SystemLibrary.symbols(["BrotliDecoderDecompress"], in: files) else { return nil }
        // Safe: the symbol is libbrotlidec's own, with this C signature (brotli/decode.h).
        return unsafeBitCast(s[0], to: Decompress.self)
    }()

    static var available: Bool { decompressor != nil }

    /// `b` decompressed: to `size` bytes when the size is known (a Parquet page), else in
    /// room that doubles until it fits, up to `limit`; nil when it does not decompress.
    static func decompress(_ b: ArraySlice<UInt8>, size: Int? = nil, limit: Int = 1 << 28) -> [UInt8]? {
        guard let decompressor else { return nil }
        var room = size ?? max(1 << 16, b.count * 8)
        while room <= max(limit, size ?? 0) {
            var out = [UInt8](repeating: 0, count: room)
            var written = room
            let status = out.withUnsafeMutableBufferPointer { dst in
                b.withUnsafeBufferPointer { src in decompressor(src.count, src.baseAddress, &written, dst.baseAddress) }
            }
            if status == 1 {
                guard size == nil || written == size else { return nil }
                return Array(out.prefix(written))
            }
            guard size == nil else { return nil }
            room *= 2
        }
        return nil
    }
}
