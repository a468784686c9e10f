/// One page of a Parquet column chunk: its header (Thrift), then its bytes, decompressed
/// with the chunk's codec. Data pages of both versions and the dictionary page are read;
/// index pages are passed over.
struct ParquetPage {
    enum Kind: Int {
        case data = 0
        case index = 1
        case dictionary = 2
        case dataV2 = 3
    }

    var kind: Kind?
    /// Values in the page, nulls included.
    var count = 0
    var encoding = 0
    var uncompressed = 0, compressed = 0
    /// Version 2: the definition and repetition levels' lengths (stored uncompressed,
    /// before the values), and whether the values are compressed.
    var definitionBytes = 0, repetitionBytes = 0, valuesCompressed = true

    init(_ r: inout ThriftReader) throws(ThriftReader.Failure) {
        var p = self
        try r.structure { (id, kind, r) throws(ThriftReader.Failure) in
            switch (id, kind) {
            case (1, .i32): p.kind = Kind(rawValue: Int(try r.int()))
            case (2, .i32): p.uncompressed = Int(try r.int())
            case (3, .i32): p.compressed = Int(try r.int())
            case (5, .structure), (7, .structure): try p.header(&r, v2: false)
            case (8, .structure): try p.header(&r, v2: true)
            default: return false
            }
            return true
        }
        self = p
    }

    /// A data page's (either version's) or the dictionary's own header.
    private mutating func header(_ r: inout ThriftReader, v2: Bool) throws(ThriftReader.Failure) {
        var p = self
        try r.structure { (id, kind, r) throws(ThriftReader.Failure) in
            switch (id, kind) {
            case (1, .i32): p.count = Int(try r.int())
            case (2, .i32) where !v2, (4, .i32) where v2: p.encoding = Int(try r.int())
            case (5, .i32) where v2: p.definitionBytes = Int(try r.int())
            case (6, .i32) where v2: p.repetitionBytes = Int(try r.int())
            case (7, .yes) where v2, (7, .no) where v2: p.valuesCompressed = kind == .yes
            default: return false
            }
            return true
        }
        self = p
    }

    /// `b` undone by `codec` to `size` bytes: none, Snappy, gzip, Brotli, Zstandard, LZ4's
    /// raw blocks.
    static func decompress(_ b: ArraySlice<UInt8>, codec: Int, size: Int) throws(ThriftReader.Failure) -> [UInt8] {
        let out: [UInt8]?
        switch codec {
        case 0: out = Array(b)
        case 1: out = Snappy.decompress(b)
        case 2: out = try? Gunzip.inflate(Array(b), path: "")
        case 4:
            guard Brotli.available else { throw missing(b, "Brotli", "libbrotlidec.so.1", "libbrotli1") }
            out = Brotli.decompress(b, size: size)
        case 6:
            guard Zstd.available else { throw missing(b, "Zstandard", "libzstd", "libzstd1") }
            out = Zstd.decompress(b, size: size)
        case 7: out = LZ4.decompressBlock(b, size: size)
        default:
            let name = [3: "LZO", 5: "Hadoop's LZ4"][codec] ?? "codec \(codec)"
            throw ThriftReader.Failure(
                offset: b.startIndex,
                detail: "\(name)-compressed pages are not read; write the file with Snappy, gzip or Zstandard")
        }
        guard let out, out.count == size else {
            throw ThriftReader.Failure(
                offset: b.startIndex, detail: "a page that does not decompress to its \(size) bytes")
        }
        return out
    }

    private static func missing(_ b: ArraySlice<UInt8>, _ codec: String, _ library: String, _ package: String)
        -> ThriftReader.Failure
    {
        ThriftReader.Failure(
            offset: b.startIndex,
            detail: "\(codec)-compressed, and \(library) is not installed (apt-get install \(package))")
    }
}
