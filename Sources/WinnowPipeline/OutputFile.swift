import Foundation

/// Buffered output that is either standard output or a file written atomically: bytes go
/// to a temporary file beside the target, renamed over it only by `commit()`. A run that
/// fails or is killed leaves the previous file (or none), never a truncated one.
public final class OutputFile {
    public let path: String?
    private let temporary: String?
    private var fd: Int32
    private var buffer: [UInt8] = []
    private static let flushSize = 1 << 20
    /// Bytes written to the temporary file, and up to where their writeback was started
    /// (every `writebackStep` bytes: `Writeback`).
    private var written = 0, writebackFrom = 0
    private static let writebackStep = 8 << 20

    /// `path` nil or "-" means standard output.
    public init(path: String?) throws(PipelineError) {
        guard let path, path != "-" else {
            self.path = nil
            temporary = nil
            fd = STDOUT_FILENO
            return
        }
        // A device, FIFO or socket (/dev/null, a pipe to another program) is written in
        // place: renaming a file over it would replace the device itself.
        var st = stat()
        if stat(path, &st) == 0, st.st_mode & S_IFMT != S_IFREG {
            let opened = open(path, O_WRONLY | O_CLOEXEC)
            guard opened >= 0 else { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
            self.path = path
            temporary = nil
            fd = opened
            return
        }
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temp = (directory.isEmpty ? "." : directory) + "/.\(name).\(getpid()).tmp"
        // Registered before it exists: a signal between creating and registering the file
        // would otherwise leave it behind.
        TemporaryFiles.register(temp)
        let opened = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard opened >= 0 else {
            TemporaryFiles.unregister(temp)
            throw .cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        self.path = path
        temporary = temp
        fd = opened
        buffer.reserveCapacity(OutputFile.flushSize + 4096)
    }

    deinit {
        if let temporary, fd >= 0 {  // never committed: discard
            close(fd)
            unlink(temporary)
            TemporaryFiles.unregister(temporary)
        } else if temporary == nil, path != nil, fd >= 0 {
            close(fd)
        }
    }

    public func write(_ bytes: [UInt8]) throws(PipelineError) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= OutputFile.flushSize { try flush() }
    }

    public func write(_ text: String) throws(PipelineError) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= OutputFile.flushSize { try flush() }
    }

    public func flush() throws(PipelineError) {
        var offset = 0
        while offset < buffer.count {
            let n = buffer.withUnsafeBytes { Foundation.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .cannotWrite(path: path ?? "standard output", reason: String(cString: strerror(errno)))
            }
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
        written += offset
        if temporary != nil, written - writebackFrom >= OutputFile.writebackStep {
            Writeback.start(fd, from: writebackFrom, length: written - writebackFrom)
            writebackFrom = written
        }
    }

    /// Flushes, syncs and renames the temporary file over the target.
    public func commit() throws(PipelineError) {
        try flush()
        guard let temporary, let path else {
            if path != nil, fd >= 0 {  // written in place (a device or FIFO)
                close(fd)
                fd = -1
            }
            return
        }
        let name = path
        guard fsync(fd) == 0 || errno == EINVAL else {
            throw .cannotWrite(path: name, reason: String(cString: strerror(errno)))
        }
        close(fd)
        fd = -1
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            TemporaryFiles.unregister(temporary)
            throw .cannotWrite(path: name, reason: reason)
        }
        TemporaryFiles.unregister(temporary)
    }

    /// Writes `bytes` to `path` atomically in one go (models).
    public static func writeAtomically(_ bytes: [UInt8], to path: String) throws(PipelineError) {
        let out = try OutputFile(path: path)
        try out.write(bytes)
        try out.commit()
    }
}
