/// A Zstandard stream undone a piece at a time by the system's libzstd (`SystemLibrary`):
/// Reddit's Pushshift and Arctic Shift dumps (`RC_2023-01.zst`, gigabytes of comment NDJSON)
/// and data teams' `.csv.zst`. Frames one after another are read as one stream; windows up
/// to 2 GiB are allowed, since the dumps are written with `zstd --long=31`.
public final class ZstdStream {
    private typealias Create = @convention(c) () -> OpaquePointer?
    private typealias Free = @convention(c) (OpaquePointer?) -> Int
    private typealias SetParameter = @convention(c) (OpaquePointer?, Int32, Int32) -> Int
    /// (context, output {dst, size, pos}, input {src, size, pos}) -> 0 at a frame's end, else a hint or an error.
    private typealias Decompress =
        @convention(c) (OpaquePointer?, UnsafeMutablePointer<Int>?, UnsafeMutablePointer<Int>?) -> Int
    private typealias IsError = @convention(c) (Int) -> UInt32

    private static let library:
        (create: Create, free: Free, set: SetParameter, decompress: Decompress, isError: IsError)? = {
            let files = ["libzstd.so.1", "libzstd.so", "libzstd.1.dylib", "libzstd.dylib"]
            let names = [
                "ZSTD_createDCtx", "ZSTD_freeDCtx", "ZSTD_DCtx_setParameter", "ZSTD_decompressStream", "ZSTD_isError"
            ]
            guard let s = SystemLibrary.symbols(names, in: files) else { return nil }
            // Safe: the symbols are libzstd's own, with these C signatures (zstd.h).
            return (
                unsafeBitCast(s[0], to: Create.self), unsafeBitCast(s[1], to: Free.self),
                unsafeBitCast(s[2], to: SetParameter.self), unsafeBitCast(s[3], to: Decompress.self),
                unsafeBitCast(s[4], to: IsError.self)
            )
        }()

    static let magic: [UInt8] = [0x28, 0xB5, 0x2F, 0xFD]

    public static func isZstd(_ head: some Collection<UInt8>) -> Bool { head.starts(with: magic) }

    static var available: Bool { library != nil }

    private let context: OpaquePointer
    private let library: (create: Create, free: Free, set: SetParameter, decompress: Decompress, isError: IsError)
    /// Whether the last call ended a frame: where the stream may end.
    private(set) var atFrameEnd = true
    /// Whether the last call filled its room: more output may come without more input.
    private(set) var filled = false

    /// Nil when libzstd is not on the system.
    init?() {
        guard let library = Self.library, let context = library.create() else { return nil }
        (self.library, self.context) = (library, context)
        // ZSTD_d_windowLogMax (100): the largest window `zstd --long=31` writes.
        _ = library.set(context, 100, 31)
    }

    deinit { _ = library.free(context) }

    /// Decompresses from `input`, writing up to `room` bytes; returns them and how many
    /// input bytes it used, or nil when the data is damaged.
    func decompress(_ input: UnsafeRawBufferPointer, room: Int) -> (output: [UInt8], used: Int)? {
        var output = [UInt8](repeating: 0, count: room)
        var used = 0, produced = 0, status = 0
        output.withUnsafeMutableBytes { out in
            // Safe: ZSTD_inBuffer and ZSTD_outBuffer are three words each (pointer, size,
            // position); libzstd writes at most `size` bytes at `dst` and reads `size` at `src`.
            var outBuffer = [Int(bitPattern: out.baseAddress), out.count, 0]
            var inBuffer = [Int(bitPattern: input.baseAddress), input.count, 0]
            status = outBuffer.withUnsafeMutableBufferPointer { o in
                inBuffer.withUnsafeMutableBufferPointer { i in library.decompress(context, o.baseAddress, i.baseAddress)
                }
            }
            (used, produced) = (inBuffer[2], outBuffer[2])
        }
        output.removeSubrange(produced...)
        guard library.isError(status) == 0 else { return nil }
        (atFrameEnd, filled) = (status == 0, produced == room)
        return (output, used)
    }

    /// A whole stream decompressed (at most `limit` bytes); nil when damaged, cut or larger.
    static func decompress(_ bytes: [UInt8], limit: Int = 1 << 31) -> [UInt8]? {
        guard let stream = ZstdStream() else { return nil }
        var out: [UInt8] = [], at = 0
        while true {
            if at == bytes.count, !stream.filled { return stream.atFrameEnd ? out : nil }
            let step = bytes.withUnsafeBytes { all in
                stream.decompress(UnsafeRawBufferPointer(rebasing: all[at...]), room: 1 << 20)
            }
            guard let step, out.count + step.output.count <= limit else { return nil }
            out += step.output
            at += step.used
            if step.used == 0, step.output.isEmpty, at < bytes.count { return nil }
        }
    }
}
