/// Lines of an `InflatingReader`, one at a time, with their numbers.
public final class LineStream {
    private let reader: InflatingReader?
    private var buffer: [UInt8] = []
    private var start = 0
    private var done = false
    public private(set) var line = 0
    public let path: String

    public init(_ reader: InflatingReader) {
        self.reader = reader
        path = reader.path
    }

    /// The lines of a file already read (an archive's entry, standard input).
    public init(bytes: [UInt8], path: String) {
        reader = nil
        buffer = bytes
        done = true
        self.path = path
    }

    /// The next line's bytes (without its line break), or nil at the end.
    public func next() throws(FormatError) -> ArraySlice<UInt8>? {
        while true {
            if let end = buffer[start...].firstIndex(of: 10) {
                defer { start = end + 1 }
                line += 1
                let slice = buffer[start..<end]
                return slice.last == 13 ? slice.dropLast() : slice
            }
            if done {
                guard start < buffer.count else { return nil }
                defer { start = buffer.count }
                line += 1
                return buffer[start...]
            }
            buffer.removeFirst(start)
            start = 0
            if let more = try reader?.next() { buffer += more } else { done = true }
        }
    }
}
