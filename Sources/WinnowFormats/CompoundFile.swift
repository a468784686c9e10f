/// The streams of an OLE compound file (Microsoft's "Compound File Binary" format), the
/// container of old Office documents: an `.xls` workbook's records are its `Workbook`
/// stream. Sectors of 512 or 4,096 bytes chained through the file allocation table; streams
/// under the cutoff (4,096 bytes) live in the mini stream, chained in 64-byte sectors.
struct CompoundFile {
    static let signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    /// Sector numbers above this mark the end of a chain, a free sector or the tables' own.
    private static let lastRegular: UInt32 = 0xFFFF_FFFA

    let path: String
    private let bytes: [UInt8]
    private let sectorShift: Int
    private var fat: [UInt32] = []
    private var miniFAT: [UInt32] = []
    private var miniStream: [UInt8] = []
    private var miniCutoff = 4_096
    /// Each directory entry's name, type (2: a stream) and first sector and size.
    private(set) var entries: [(name: String, type: UInt8, start: UInt32, size: Int)] = []

    static func isCompoundFile(_ head: some Collection<UInt8>) -> Bool { head.starts(with: signature) }

    init(bytes: [UInt8], path: String) throws(FormatError) {
        (self.bytes, self.path) = (bytes, path)
        guard Self.isCompoundFile(bytes) else { throw Self.damaged(path, "not an OLE compound file") }
        guard bytes.count >= 512 else {
            throw Self.damaged(path, "cut short (\(bytes.count) bytes; its header alone is 512)")
        }
        let shift = Int(Self.u16(bytes, 30))
        guard shift == 9 || shift == 12 else { throw Self.damaged(path, "sectors of 2^\(shift) bytes") }
        sectorShift = shift
        fat = try allocationTable()
        entries = try directory(start: Self.u32(bytes, 48))
        miniCutoff = Int(Self.u32(bytes, 56))
        miniFAT = try chain(from: Self.u32(bytes, 60)).flatMap(words)
        if let root = entries.first, root.type == 5 {
            miniStream = try read(root.start, size: root.size, mini: false)
        }
    }

    /// The bytes of the first stream named `name` (case aside), or nil when there is none.
    func stream(named name: String) throws(FormatError) -> [UInt8]? {
        guard let entry = entries.first(where: { $0.type == 2 && $0.name.lowercased() == name.lowercased() }) else {
            return nil
        }
        return try read(entry.start, size: entry.size, mini: entry.size < miniCutoff)
    }

    private var sectorSize: Int { 1 << sectorShift }

    /// The file allocation table, its sectors listed in the header (109) and in the chain of
    /// DIFAT sectors after it.
    private func allocationTable() throws(FormatError) -> [UInt32] {
        var sectors = (0..<109).map { Self.u32(bytes, 76 + 4 * $0) }
        var next = Self.u32(bytes, 68)
        let perSector = sectorSize / 4 - 1
        var seen = 0
        while next <= Self.lastRegular {
            seen += 1
            guard seen <= bytes.count >> sectorShift, let sector = sector(next) else {
                throw Self.damaged(path, "a broken chain of DIFAT sectors")
            }
            let listed = words(sector)
            sectors += listed.prefix(perSector)
            next = listed[perSector]
        }
        var table: [UInt32] = []
        for s in sectors where s <= Self.lastRegular {
            guard let sector = sector(s) else { throw Self.damaged(path, "an allocation sector past the end") }
            table += words(sector)
        }
        return table
    }

    private func directory(start: UInt32) throws(FormatError) -> [(name: String, type: UInt8, start: UInt32, size: Int)]
    {
        var found: [(name: String, type: UInt8, start: UInt32, size: Int)] = []
        for sector in try chain(from: start) {
            for at in stride(from: sector.startIndex, to: sector.endIndex, by: 128) {
                let length = min(64, Int(Self.u16(bytes, at + 64)))
                let units = stride(from: at, to: at + max(0, length - 2), by: 2).map { Self.u16(bytes, $0) }
                let name = String(decoding: units, as: UTF16.self)
                // Version 3 files leave the size's high half undefined: a workbook is under 4 GiB.
                let size = Int(Self.u32(bytes, at + 120))
                found.append((name, bytes[at + 66], Self.u32(bytes, at + 116), size))
            }
        }
        return found
    }

    /// A stream's bytes: its chain's sectors joined and cut to its size.
    private func read(_ start: UInt32, size: Int, mini: Bool) throws(FormatError) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(min(size, bytes.count))
        if mini {
            for s in try chain(from: start, in: miniFAT, limit: miniStream.count >> 6) {
                let at = Int(s) << 6
                guard at + 64 <= miniStream.count else {
                    throw Self.damaged(path, "a mini sector past the mini stream")
                }
                out += miniStream[at..<(at + 64)]
            }
        } else {
            for sector in try chain(from: start) { out += sector }
        }
        guard out.count >= size else { throw Self.damaged(path, "a stream cut short (\(out.count) of \(size) bytes)") }
        return Array(out.prefix(size))
    }

    /// The sectors of the chain from `start`; a chain that loops or leaves the file is damage.
    private func chain(from start: UInt32) throws(FormatError) -> [ArraySlice<UInt8>] {
        var sectors: [ArraySlice<UInt8>] = []
        for s in try chain(from: start, in: fat, limit: bytes.count >> sectorShift) {
            guard let sector = sector(s) else { throw Self.damaged(path, "sector \(s) past the end of the file") }
            sectors.append(sector)
        }
        return sectors
    }

    private func chain(from start: UInt32, in table: [UInt32], limit: Int) throws(FormatError) -> [UInt32] {
        var out: [UInt32] = [], next = start
        while next <= Self.lastRegular {
            guard out.count < limit, Int(next) < table.count else {
                throw Self.damaged(path, "a broken chain of sectors at sector \(next)")
            }
            out.append(next)
            next = table[Int(next)]
        }
        return out
    }

    private func sector(_ number: UInt32) -> ArraySlice<UInt8>? {
        let at = (Int(number) + 1) << sectorShift
        guard at + sectorSize <= bytes.count else { return nil }
        return bytes[at..<(at + sectorSize)]
    }

    private func words(_ sector: ArraySlice<UInt8>) -> [UInt32] {
        stride(from: sector.startIndex, to: sector.endIndex, by: 4).map { Self.u32(bytes, $0) }
    }

    static func damaged(_ path: String, _ detail: String) -> FormatError {
        .spreadsheet(path: path, place: "the file's container", detail: detail)
    }

    static func u16(_ b: [UInt8], _ at: Int) -> UInt16 {
        at + 2 <= b.count ? UInt16(b[at]) | UInt16(b[at + 1]) << 8 : 0
    }

    static func u32(_ b: [UInt8], _ at: Int) -> UInt32 {
        at + 4 <= b.count ? UInt32(u16(b, at)) | UInt32(u16(b, at + 2)) << 16 : 0
    }
}
