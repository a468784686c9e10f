import Foundation

/// Starts the kernel writing a file's pages to disk while the run goes on (Linux's
/// `sync_file_range`, found at run time: Swift's Glibc module leaves it out), so the
/// `fsync` that commits an output waits for the last few megabytes rather than all of them
/// (measured: 26 ms of a 0.8 s run of 200,000 comments, BENCHMARKS.md). Durability is the
/// commit's `fsync`'s, as before; this only moves the waiting earlier.
enum Writeback {
    private typealias SyncFileRange = @convention(c) (Int32, Int64, Int64, UInt32) -> Int32

    /// `SYNC_FILE_RANGE_WRITE`: start writing the range's dirty pages, do not wait.
    private static let startWrite: UInt32 = 2

    private static let function: SyncFileRange? = {
        #if os(Linux)
            guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "sync_file_range") else { return nil }
            // Safe: glibc's sync_file_range(int, off64_t, off64_t, unsigned int), as declared.
            return unsafeBitCast(symbol, to: SyncFileRange.self)
        #else
            return nil
        #endif
    }()

    /// Asks for `length` bytes of `fd` from `offset` to be written out; a no-op where the
    /// call does not exist, and its failure changes nothing (the commit syncs anyway).
    static func start(_ fd: Int32, from offset: Int, length: Int) {
        _ = function?(fd, Int64(offset), Int64(length), startWrite)
    }
}
