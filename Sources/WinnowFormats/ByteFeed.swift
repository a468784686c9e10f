/// Bytes pulled from a file a chunk at a time and used from the front (BSON documents, web
/// archive records): what has been read and not yet used, and where it stands in the file.
struct ByteFeed {
    private let pull: () throws(FormatError) -> [UInt8]?
    /// The bytes read so far from `start` on are unused; `offset` is `start`'s place in the file.
    private(set) var bytes: [UInt8] = []
    private(set) var start = 0, offset = 0

    /// `pull`: the file's next bytes, nil at its end.
    init(_ pull: @escaping () throws(FormatError) -> [UInt8]?) { self.pull = pull }

    /// A feed of bytes already read (an archive's entry, standard input).
    init(bytes: [UInt8]) {
        var given: [UInt8]? = bytes
        self.init {
            defer { given = nil }
            return given
        }
    }

    /// How many bytes wait unused.
    var waiting: Int { bytes.count - start }

    /// Whether `count` bytes wait, reading on as needed: false when the file ends first.
    mutating func fill(_ count: Int) throws(FormatError) -> Bool {
        if start > 1 << 22 {
            bytes.removeFirst(start)
            start = 0
        }
        while waiting < count {
            guard let more = try pull() else { return false }
            bytes += more
        }
        return true
    }

    /// Marks `n` bytes used without holding them: those not yet read are read and dropped.
    /// False when the file ends first.
    mutating func discard(_ n: Int) throws(FormatError) -> Bool {
        var left = n
        while waiting < left {
            left -= waiting
            offset += waiting
            (bytes, start) = ([], 0)
            guard let more = try pull() else { return false }
            bytes = more
        }
        consume(left)
        return true
    }

    /// Marks `n` bytes used.
    mutating func consume(_ n: Int) { (start, offset) = (start + n, offset + n) }
}
