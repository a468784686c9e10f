import CZlib

/// The entries of a zip file (an `.xlsx` workbook is one), read from its central
/// directory: stored or deflated, through the system zlib. Zip64 archives are refused.
public struct ZipArchive {
    public let path: String
    private let bytes: [UInt8]
    /// Entry name -> (method, compressed size, uncompressed size, local header offset).
    private var entries: [String: (method: Int, size: Int, length: Int, offset: Int)] = [:]
    public private(set) var names: [String] = []

    public static func isZip(_ bytes: some Collection<UInt8>) -> Bool { bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) }

    public init(bytes: [UInt8], path: String) throws(FormatError) {
        (self.bytes, self.path) = (bytes, path)
        // The end record is the last 22 bytes, or fewer than 64 KiB more with a comment.
        guard bytes.count >= 22,
            let end = stride(from: bytes.count - 22, through: max(0, bytes.count - 65_557), by: -1).first(where: {
                u32($0) == 0x0605_4B50
            })
        else { throw damaged("no central directory") }
        let count = u16(end + 10)
        var at = u32(end + 16)
        for _ in 0..<count {
            guard at + 46 <= bytes.count, u32(at) == 0x0201_4B50 else { throw damaged("a bad directory entry") }
            let nameLength = u16(at + 28), extra = u16(at + 30), comment = u16(at + 32)
            guard at + 46 + nameLength <= bytes.count else { throw damaged("a bad directory entry") }
            let name = String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
            let entry = (method: u16(at + 10), size: u32(at + 20), length: u32(at + 24), offset: u32(at + 42))
            if entry.size == 0xFFFF_FFFF || entry.offset == 0xFFFF_FFFF { throw damaged("a zip64 archive") }
            entries[name] = entry
            names.append(name)
            at += 46 + nameLength + extra + comment
        }
    }

    /// The bytes of entry `name`, or nil when the archive has none of that name.
    public func entry(_ name: String) throws(FormatError) -> [UInt8]? {
        guard let e = entries[name] else { return nil }
        guard e.offset + 30 <= bytes.count, u32(e.offset) == 0x0403_4B50 else {
            throw damaged("\(name): no local header")
        }
        let start = e.offset + 30 + u16(e.offset + 26) + u16(e.offset + 28)
        guard start + e.size <= bytes.count else { throw damaged("\(name): cut short") }
        let data = Array(bytes[start..<(start + e.size)])
        switch e.method {
        case 0: return data
        // A declared size past 2 GiB is a damaged or hostile archive, not a comment export.
        case 8 where e.length <= 1 << 31: return try inflateRaw(data, length: e.length, name: name)
        case 8: throw damaged("\(name): \(e.length) bytes unpacked")
        default: throw damaged("\(name): compression method \(e.method)")
        }
    }

    private func inflateRaw(_ data: [UInt8], length: Int, name: String) throws(FormatError) -> [UInt8] {
        var stream = z_stream()
        // -15: raw deflate (no zlib or gzip header), as zip entries are.
        guard inflateInit2_(&stream, -15, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw damaged("zlib did not start")
        }
        defer { inflateEnd(&stream) }
        var input = data
        var out = [UInt8](repeating: 0, count: max(length, 1))
        let status = input.withUnsafeMutableBufferPointer { source in
            out.withUnsafeMutableBufferPointer { target in
                // Safe: zlib reads `avail_in` bytes and writes at most `avail_out`.
                stream.next_in = source.baseAddress
                stream.avail_in = UInt32(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = UInt32(target.count)
                return CZlib.inflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END, Int(stream.total_out) == length else { throw damaged("\(name): damaged") }
        return out.count == length ? out : []
    }

    private func damaged(_ detail: String) -> FormatError { .malformed(path: path, line: 1, detail: "zip: \(detail)") }

    // Safe: every caller checks the offsets against the buffer first, or reads the end
    // record found within it; out of range reads 0 rather than trapping.
    private func u16(_ at: Int) -> Int {
        guard at >= 0, at + 2 <= bytes.count else { return 0 }
        return Int(bytes[at]) | Int(bytes[at + 1]) << 8
    }

    private func u32(_ at: Int) -> Int {
        guard at >= 0, at + 4 <= bytes.count else { return 0 }
        return u16(at) | u16(at + 2) << 16
    }
}
