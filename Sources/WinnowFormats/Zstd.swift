/// Zstandard, undone by the system's libzstd (`SystemLibrary`): Polars and newer writers
/// compress Parquet with it.
enum Zstd {
    private typealias Decompress = @convention(c) (UnsafeMutableRawPointer?, Int, UnsafeRawPointer?, Int) -> Int
    private typealias IsError = @convention(c) (Int) -> UInt32

    private static let library: (decompress: Decompress, isError: IsError)? = {
        let files = ["libzstd.so.1", "libzstd.so", "libzstd.1.dylib", "libzstd.dylib"]
        guard let s = SystemLibrary.symbols(["ZSTD_decompress", "ZSTD_isError"], in: files) else { return nil }
        // Safe: the symbols are libzstd's own, with these C signatures (zstd.h).
        return (unsafeBitCast(s[0], to: Decompress.self), unsafeBitCast(s[1], to: IsError.self))
    }()

    static var available: Bool { library != nil }

    /// `b` decompressed to its `size` bytes; nil when it does not decompress to them (or
    /// libzstd is missing: `available`).
    static func decompress(_ b: ArraySlice<UInt8>, size: Int) -> [UInt8]? {
        guard let library, size >= 0 else { return nil }
        var out = [UInt8](repeating: 0, count: size)
        let n = out.withUnsafeMutableBytes { dst in
            b.withUnsafeBytes { src in library.decompress(dst.baseAddress, size, src.baseAddress, src.count) }
        }
        return library.isError(n) == 0 && n == size ? out : nil
    }
}
