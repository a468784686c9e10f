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
        var head = head
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { head = head.dropFirst(3) }
        if let (separator, _) = separatorLine(head) { return separator }
        let line = head.prefix { $0 != 10 }
        for candidate: UInt8 in [44, 9, 59] where line.contains(candidate) { return candidate }
        return 44
    }

    /// Excel's first line naming the separator ("sep=;"): the separator and the line's
    /// length with its end; nil when the input does not open with one.
    static func separatorLine(_ bytes: ArraySlice<UInt8>) -> (UInt8, Int)? {
        let start = bytes.startIndex
        guard bytes.count >= 5, bytes.prefix(4).map({ $0 | 0x20 }) == Array("sep=".utf8) else { return nil }
        let separator = bytes[start + 4]
        guard separator != 10, separator != 13, separator != 34 else { return nil }
        var end = start + 5
        if end < bytes.endIndex, bytes[end] == 13 { end += 1 }
        guard end == bytes.endIndex || bytes[end] == 10 else { return nil }
        return (separator, min(end + 1, bytes.endIndex) - start)
    }
}
