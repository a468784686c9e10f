import CZlib

/// zlib compression of a whole buffer (the report's data, which browsers inflate with
/// `DecompressionStream("deflate")`).
public enum Deflate {
    public static func compress(_ bytes: [UInt8]) -> [UInt8]? {
        var size = compressBound(uLong(bytes.count))
        var out = [UInt8](repeating: 0, count: Int(size))
        // Safe: `out` holds `compressBound` bytes, the most zlib writes for this input.
        let status = out.withUnsafeMutableBufferPointer { target in
            bytes.withUnsafeBufferPointer { source in
                compress2(target.baseAddress, &size, source.baseAddress, uLong(source.count), 6)
            }
        }
        guard status == Z_OK else { return nil }
        return Array(out.prefix(Int(size)))
    }
}
