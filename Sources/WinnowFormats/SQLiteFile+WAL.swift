/// A database open in write-ahead-log mode keeps its last commits in `NAME-wal` beside the
/// file until they are checkpointed: a copy taken from a running site (Isso, Datasette)
/// holds them there. The log's committed frames stand for the file's pages, as SQLite
/// reads them; frames of an older log (other salts), a torn write (a checksum that fails)
/// and an unfinished transaction after the last commit are left out.
extension SQLiteFile {
    static let logMagic: [UInt32] = [0x377F_0682, 0x377F_0683]

    /// The log's committed frames: where each page's last committed bytes start in `log`,
    /// and how many pages the database has at that commit; nil when the log is empty, of
    /// another page size, or not a log.
    static func committedFrames(_ log: [UInt8], pageSize: Int) -> (frames: [Int: Int], pageCount: Int)? {
        guard log.count >= 32, logMagic.contains(u32(log, 0)), Int(u32(log, 8)) == pageSize else { return nil }
        let bigEndian = u32(log, 0) & 1 == 1
        var sum = checksum(log[0..<24], bigEndian: bigEndian, seed: (0, 0))
        guard sum == (u32(log, 24), u32(log, 28)) else { return nil }
        var pages: [Int: Int] = [:], committed: [Int: Int] = [:], pageCount = 0
        var at = 32
        while at + 24 + pageSize <= log.count, log[at + 8..<at + 16].elementsEqual(log[16..<24]) {
            sum = checksum(log[at..<at + 8], bigEndian: bigEndian, seed: sum)
            sum = checksum(log[at + 24..<at + 24 + pageSize], bigEndian: bigEndian, seed: sum)
            guard sum == (u32(log, at + 16), u32(log, at + 20)) else { break }
            pages[Int(u32(log, at))] = at + 24
            let commit = Int(u32(log, at + 4))
            if commit > 0 { (committed, pageCount) = (pages, commit) }
            at += 24 + pageSize
        }
        return pageCount > 0 ? (committed, pageCount) : nil
    }

    /// The log's running checksum over `bytes` (32-bit words, in pairs).
    private static func checksum(_ bytes: ArraySlice<UInt8>, bigEndian: Bool, seed: (UInt32, UInt32))
        -> (UInt32, UInt32)
    {
        var (s0, s1) = seed
        var k = bytes.startIndex
        func word(_ i: Int) -> UInt32 {
            let w =
                UInt32(bytes[i]) << 24 | UInt32(bytes[i + 1]) << 16 | UInt32(bytes[i + 2]) << 8 | UInt32(bytes[i + 3])
            return bigEndian ? w : w.byteSwapped
        }
        while k + 8 <= bytes.endIndex {
            s0 = s0 &+ word(k) &+ s1
            s1 = s1 &+ word(k + 4) &+ s0
            k += 8
        }
        return (s0, s1)
    }
}
