/// A database open in write-ahead-log mode keeps its last commits in `NAME-wal` beside the
/// file until they are checkpointed: a copy taken from a running site (Isso, Datasette)
/// holds them there. The log's committed frames are laid over the file's pages, as SQLite
/// reads them; frames of an older log (other salts), a torn write (a checksum that fails)
/// and an unfinished transaction after the last commit are left out.
extension SQLiteFile {
    static let logMagic: [UInt32] = [0x377F_0682, 0x377F_0683]

    /// The database's bytes with the log's committed pages written over them; `db` as it
    /// is when the log is empty, of another page size, or not a log.
    static func applying(log: [UInt8], to db: [UInt8]) -> [UInt8] {
        guard log.count >= 32, db.count >= 100, logMagic.contains(u32(log, 0)) else { return db }
        let bigEndian = u32(log, 0) & 1 == 1
        let size = Int(u32(log, 8))
        let dbSize = Int(db[16]) << 8 | Int(db[17])
        guard size >= 512, size == (dbSize == 1 ? 65_536 : dbSize) else { return db }
        var sum = checksum(log[0..<24], bigEndian: bigEndian, seed: (0, 0))
        guard sum == (u32(log, 24), u32(log, 28)) else { return db }
        var pages: [Int: Int] = [:], committed: [Int: Int] = [:], pageCount = 0
        var at = 32
        while at + 24 + size <= log.count, log[at + 8..<at + 16].elementsEqual(log[16..<24]) {
            sum = checksum(log[at..<at + 8], bigEndian: bigEndian, seed: sum)
            sum = checksum(log[at + 24..<at + 24 + size], bigEndian: bigEndian, seed: sum)
            guard sum == (u32(log, at + 16), u32(log, at + 20)) else { break }
            pages[Int(u32(log, at))] = at + 24
            let commit = Int(u32(log, at + 4))
            if commit > 0 { (committed, pageCount) = (pages, commit) }
            at += 24 + size
        }
        guard pageCount > 0 else { return db }
        var out = Array(db.prefix(pageCount * size))
        if out.count < pageCount * size { out += [UInt8](repeating: 0, count: pageCount * size - out.count) }
        for (page, from) in committed where page >= 1 && page <= pageCount {
            out.replaceSubrange((page - 1) * size..<page * size, with: log[from..<from + size])
        }
        return out
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
