import Foundation

extension CSVReader {
    /// A file's first 64 KiB, what its format and delimiter are told from (empty when it
    /// cannot be opened: the reader then names the file).
    static func head(_ path: String) -> [UInt8] {
        guard path != "-", let handle = FileHandle(forReadingAtPath: path) else { return [] }
        defer { try? handle.close() }
        return [UInt8]((try? handle.read(upToCount: 65_536)) ?? Data())
    }

    static func sniffDelimiter(path: String) -> UInt8 { sniffDelimiter(head(path)[...]) }

    /// The header line's separator: a comma if it has one; else a tab (TSV), else a
    /// semicolon (what spreadsheets write where the comma is the decimal mark); else a comma.
    static func sniffDelimiter(_ head: ArraySlice<UInt8>) -> UInt8 {
        let line = head.prefix { $0 != 10 }
        for candidate: UInt8 in [44, 9, 59] where line.contains(candidate) { return candidate }
        return 44
    }
}
