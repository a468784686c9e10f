import Foundation
import Testing
@testable import WinnowFormats

/// Old Excel workbooks (`.xls`) built here record by record, in an OLE compound file of
/// 512-byte sectors with every stream in the regular sectors.
enum LegacyBookFixture {
    static func u16(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
    static func u32(_ v: Int) -> [UInt8] { u16(v & 0xFFFF) + u16(v >> 16 & 0xFFFF) }

    static func record(_ type: Int, _ data: [UInt8]) -> [UInt8] { u16(type) + u16(data.count) + data }

    /// A compound file holding `streams`, each padded with zeros to the 4,096 bytes that keep
    /// it out of the mini stream.
    static func compoundFile(_ streams: [(name: String, bytes: [UInt8])]) -> [UInt8] {
        var fat = [0xFFFF_FFFD, 0xFFFF_FFFE]  // the table's own sector, the directory's
        var data: [UInt8] = [], directory = entry("Root Entry", type: 5, start: 0xFFFF_FFFE, size: 0)
        for stream in streams {
            var bytes = stream.bytes
            bytes += [UInt8](repeating: 0, count: max(0, 4_096 - bytes.count))
            bytes += [UInt8](repeating: 0, count: (512 - bytes.count % 512) % 512)
            let first = fat.count, count = bytes.count / 512
            fat += (1..<count).map { first + $0 } + [0xFFFF_FFFE]
            directory += entry(stream.name, type: 2, start: first, size: max(4_096, stream.bytes.count))
            data += bytes
        }
        directory += [UInt8](repeating: 0, count: 512 - directory.count)
        var header = CompoundFile.signature + [UInt8](repeating: 0, count: 16) + u16(0x3E) + u16(3) + u16(0xFFFE)
        header += u16(9) + u16(6) + [UInt8](repeating: 0, count: 10) + u32(1) + u32(1) + u32(0)
        header += u32(4_096) + u32(0xFFFF_FFFE) + u32(0) + u32(0xFFFF_FFFE) + u32(0) + u32(0)
        header += (1..<109).flatMap { _ in u32(0xFFFF_FFFF) }
        let table = fat.flatMap(u32) + (fat.count..<128).flatMap { _ in u32(0xFFFF_FFFF) }
        return header + table + directory + data
    }

    static func entry(_ name: String, type: UInt8, start: Int, size: Int) -> [UInt8] {
        let units = Array(name.utf16) + [0]
        var e = units.flatMap { u16(Int($0)) }
        e += [UInt8](repeating: 0, count: 64 - e.count) + u16(2 * units.count) + [type, 1]
        e += u32(0xFFFF_FFFF) + u32(0xFFFF_FFFF) + u32(0xFFFF_FFFF) + [UInt8](repeating: 0, count: 36)
        return e + u32(start) + u32(size) + u32(0)
    }

    static func bof(_ kind: Int, version: Int = 0x0600) -> [UInt8] {
        record(0x0809, u16(version) + u16(kind) + [UInt8](repeating: 0, count: 12))
    }

    /// A narrow (Latin-1) `XLUnicodeString`, as a label's or a shared string's.
    static func narrow(_ text: String) -> [UInt8] {
        u16(text.count) + [0] + text.unicodeScalars.map { UInt8($0.value) }
    }

    /// A workbook of one sheet whose shared strings cross two `CONTINUE` records: one inside
    /// an emoji's two UTF-16 halves, one between a string's header and its characters
    /// (wide, then narrow); labels, RK and MULRK numbers, a double, a formula's string
    /// result and a boolean. `globalsBefore` goes before the string table (a FILEPASS).
    static func book(globalsBefore: [UInt8] = [], version: Int = 0x0600) -> [UInt8] {
        let emoji = Array("Zoë 🙂 wins".utf16)
        let wide = u16(emoji.count) + [1] + emoji.prefix(5).flatMap { u16(Int($0)) }
        let sst =
            record(0x00FC, u32(4) + u32(4) + narrow("id") + narrow("text") + wide)
            + record(0x003C, [1] + emoji.dropFirst(5).flatMap { u16(Int($0)) } + u16(5) + [1])
            + record(0x003C, [0] + Array("later".utf8))
        let sheet =
            bof(0x10) + record(0x00FD, u16(0) + u16(0) + u16(15) + u32(0))
            + record(0x00FD, u16(0) + u16(1) + u16(15) + u32(1))
            + record(0x027E, u16(1) + u16(0) + u16(15) + u32(7 << 2 | 2))
            + record(0x00FD, u16(1) + u16(1) + u16(15) + u32(2))
            + record(0x00BD, u16(2) + u16(0) + u16(15) + u32(8 << 2 | 2) + u16(15) + u32(0x3FF8_0000) + u16(1))
            + record(0x0203, u16(2) + u16(2) + u16(15) + Array(withUnsafeBytes(of: 1_739_468_038.0) { $0 }))
            + record(0x0204, u16(3) + u16(1) + u16(15) + narrow("label text"))
            + record(0x0006, u16(4) + u16(0) + u16(15) + [0, 0, 0, 0, 0, 0, 0xFF, 0xFF] + u16(0) + u32(0) + u16(0))
            + record(0x0207, narrow("formula text"))
            + record(0x0205, u16(4) + u16(1) + u16(15) + [1, 0])
            + record(0x027E, u16(4) + u16(2) + u16(15) + u32(12_345 << 2 | 3))
            + record(0x00FD, u16(5) + u16(1) + u16(15) + u32(3)) + record(0x000A, [])
        let name = [UInt8](arrayLiteral: 8, 0) + Array("Comments".utf8)
        var globals = bof(0x05, version: version) + globalsBefore
        // The sheet starts after the globals: the BOUNDSHEET record naming it, the strings, EOF.
        let start = globals.count + (4 + 6 + name.count) + sst.count + 4
        globals += record(0x0085, u32(start) + [0, 0] + name) + sst + record(0x000A, [])
        return compoundFile([("Workbook", globals + sheet)])
    }
}

@Suite struct LegacyWorkbookTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func fixture(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: fixtures.appendingPathComponent(name)))
    }

    @Test func aWorkbookBuiltRecordByRecordIsReadCellByCell() throws {
        let rows = try LegacyWorkbook.rows(LegacyBookFixture.book(), path: "b.xls")
        #expect(
            rows == [
                ["id", "text"], ["7", "Zoë 🙂 wins"], ["8", "1.5", "1739468038"], ["", "label text"],
                ["formula text", "TRUE", "123.45"], ["", "later"]
            ])
    }

    /// Each workbook as xlrd reads it (`Tools/xls_fixtures.py`): xlwt's, LibreOffice's (its
    /// string table split over records, also inside emoji), and one small enough for the
    /// container's mini stream.
    @Test(arguments: ["comments-xlwt.xls", "comments-libreoffice.xls", "small.xls"])
    func workbooksAreReadAsXlrdReadsThem(_ name: String) throws {
        let expected = try JSONDecoder().decode([[String]].self, from: Data(try Self.fixture(name + ".json")))
        var rows = try LegacyWorkbook.rows(try Self.fixture(name), path: name)
        for i in rows.indices {
            while rows[i].last == "" { rows[i].removeLast() }
        }
        while rows.last == [] { rows.removeLast() }
        #expect(rows.count == expected.count)
        for (row, want) in zip(rows, expected) where row != want { #expect(row == want) }
    }

    /// The first rows alone (what checking a table's columns reads) are the whole sheet's
    /// first rows, their strings read without the rest of the string table.
    @Test(arguments: ["comments-xlwt.xls", "comments-libreoffice.xls"])
    func theFirstRowsAloneAreTheSheetsFirstRows(_ name: String) throws {
        let whole = try LegacyWorkbook.rows(try Self.fixture(name), path: name)
        for limit in [1, 3, 61] {
            #expect(
                try LegacyWorkbook.rows(try Self.fixture(name), path: name, rowLimit: limit)
                    == Array(whole.prefix(limit)))
        }
        #expect(
            try LegacyWorkbook.rows(LegacyBookFixture.book(), path: "b.xls", rowLimit: 2) == [
                ["id", "text"], ["7", "Zoë 🙂 wins"]
            ])
    }

    /// What cannot be read says why and names the file.
    @Test(arguments: [
        ("encrypted", "an encrypted workbook"), ("biff5", "an Excel 5.0/95"), ("word", "no workbook"),
        ("book", "Excel 5.0/95 workbook (BIFF5)"), ("text", "not an OLE compound file")
    ])
    func workbooksThatCannotBeReadAreNamed(_ kind: String, _ message: String) {
        let bytes: [UInt8] =
            switch kind {
            case "encrypted": LegacyBookFixture.book(globalsBefore: LegacyBookFixture.record(0x002F, [0, 0]))
            case "biff5": LegacyBookFixture.book(version: 0x0500)
            case "word": LegacyBookFixture.compoundFile([("WordDocument", [1, 2, 3])])
            case "book": LegacyBookFixture.compoundFile([("Book", [1, 2, 3])])
            default: Array(String(repeating: "id,text\n", count: 100).utf8)
            }
        #expect {
            _ = try LegacyWorkbook.rows(bytes, path: "x.xls")
        } throws: { error in
            "\(error)".hasPrefix("x.xls: ") && "\(error)".contains(message)
        }
    }

    /// Cut and overwritten copies (`make fuzz` runs more): rows or an error naming the file.
    @Test(arguments: ["comments-libreoffice.xls", "small.xls", "built"])
    func damagedWorkbooksNeverCrash(_ name: String) throws {
        let whole = name == "built" ? LegacyBookFixture.book() : try Self.fixture(name)
        expectDamagedCopiesNeverCrash(whole, path: name, sparing: 8, times: name == "built" ? 2_000 : 100) {
            bytes throws(FormatError) in
            _ = try LegacyWorkbook.rows(bytes, path: name)
        }
    }
}
