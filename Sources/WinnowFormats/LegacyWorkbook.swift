/// The first worksheet of an old Excel workbook (`.xls`: Excel 97 to 2003's BIFF8 records
/// in an OLE compound file, as Excel, LibreOffice and many sites' "export to Excel" write
/// it) as rows of cell texts: shared strings, labels, numbers (whole ones without a
/// fraction), booleans and formulas' cached results, empty cells kept in their columns.
public enum LegacyWorkbook {
    public static func isLegacyWorkbook(_ head: some Collection<UInt8>) -> Bool {
        CompoundFile.isCompoundFile(head)
    }

    /// The sheet's rows; with a `rowLimit`, its first rows only, and of the shared strings
    /// only those up to the last these rows name (a workbook lists its strings as they
    /// first appear, so a header's are the first).
    public static func rows(_ bytes: [UInt8], path: String, rowLimit: Int = .max) throws(FormatError) -> [[String]] {
        let file = try CompoundFile(bytes: bytes, path: path)
        guard let stream = try file.stream(named: "Workbook") else {
            if try file.stream(named: "Book") != nil {
                throw damaged(path, at: 0, "an Excel 5.0/95 workbook (BIFF5); save it as .xlsx or CSV")
            }
            throw damaged(path, at: 0, "an Office file with no workbook (a Word or PowerPoint file?)")
        }
        let globals = try Globals(stream, path: path)
        guard let sheet = globals.firstSheet else { return [] }
        var strings: [String] = []
        if let table = globals.strings {
            let named = rowLimit == .max ? .max : stringsNamed(stream, from: sheet, rowLimit: rowLimit)
            strings = try sharedStrings(table, upTo: named, path: path)
        }
        return try cells(stream, from: sheet, strings: strings, path: path, rowLimit: rowLimit)
    }

    /// What the workbook's first part says: where its shared strings and its first worksheet are.
    struct Globals {
        var strings: Record?
        var firstSheet: Int?

        init(_ stream: [UInt8], path: String) throws(FormatError) {
            guard let bof = Record(stream, at: 0), bof.type == 0x0809 else {
                throw damaged(path, at: 0, "no beginning-of-file record")
            }
            guard bof.u16(0) == 0x0600 else {
                throw damaged(path, at: 0, "an Excel 5.0/95 or older workbook; save it as .xlsx or CSV")
            }
            var record = bof
            while let next = Record(stream, at: record.end), next.type != 0x000A {
                record = next
                switch next.type {
                case 0x002F: throw damaged(path, at: next.start, "an encrypted workbook; save it without a password")
                case 0x00FC: strings = next
                case 0x0085 where firstSheet == nil && next.length >= 8 && next.byte(5) == 0: firstSheet = next.u32(0)
                default: break
                }
            }
        }
    }

    /// The shared strings table, read across the `CONTINUE` records after it, up to `limit` strings.
    static func sharedStrings(_ sst: Record, upTo limit: Int, path: String) throws(FormatError) -> [String] {
        var cursor = sst.cursor(from: 4)
        guard let unique = cursor.u32() else { throw damaged(path, at: sst.start, "a cut string table") }
        var strings: [String] = []
        strings.reserveCapacity(min(unique, limit, 1 << 16))
        while strings.count < min(unique, limit), !cursor.atEnd {
            guard let text = cursor.string() else { throw damaged(path, at: sst.start, "a cut shared string") }
            strings.append(text)
        }
        return strings
    }

    /// How many shared strings the sheet's first `rowLimit` rows need: one past the last they name.
    static func stringsNamed(_ stream: [UInt8], from start: Int, rowLimit: Int) -> Int {
        var (needed, at) = (0, start)
        while let record = Record(stream, at: at), record.type != 0x000A {
            at = record.end
            guard cellTypes.contains(record.type) else { continue }
            if record.u16(0) >= rowLimit { break }
            if record.type == 0x00FD { needed = max(needed, record.u32(6) + 1) }
        }
        return needed
    }

    /// The records that hold a cell (or a run of them): label, shared string, number, RK,
    /// MULRK, boolean, formula.
    static let cellTypes: Set<Int> = [0x0204, 0x00D6, 0x00FD, 0x0203, 0x027E, 0x00BD, 0x0205, 0x0006]

    /// The worksheet from `start`: each cell's text at its row and column, up to `rowLimit` rows.
    static func cells(_ stream: [UInt8], from start: Int, strings: [String], path: String, rowLimit: Int)
        throws(FormatError) -> [[String]]
    {
        guard let bof = Record(stream, at: start), bof.type == 0x0809 else {
            throw damaged(path, at: start, "the first worksheet's records are not where the workbook says")
        }
        var rows: [[String]] = []
        var record = bof
        var formula: (row: Int, column: Int)?  // whose string result the next STRING record holds
        while let next = Record(stream, at: record.end), next.type != 0x000A {
            record = next
            let (row, column) = (next.u16(0), next.u16(2))
            // Cells come row by row: past the limit, the rest of the sheet is not wanted.
            if row >= rowLimit, cellTypes.contains(next.type) { break }
            var value: String?
            switch next.type {
            case 0x00FD: value = strings.indices.contains(next.u32(6)) ? strings[next.u32(6)] : nil
            case 0x0204, 0x00D6: value = next.string(from: 6)
            case 0x0203 where next.length >= 14: value = display(next.double(6))
            case 0x027E where next.length >= 10: value = display(rk(next.u32(6)))
            case 0x0205 where next.length >= 8 && next.byte(7) == 0: value = next.byte(6) == 0 ? "FALSE" : "TRUE"
            case 0x00BD: place(multipleNumbers(next), in: &rows)
            case 0x0006 where next.length >= 14: (value, formula) = formulaResult(next)
            case 0x0207:
                if let f = formula { place([(f.row, f.column, next.string(from: 0) ?? "")], in: &rows) }
                formula = nil
            default: break
            }
            if let value, next.length >= 6 { place([(row, column, value)], in: &rows) }
        }
        return rows
    }

    /// A formula's cached number or boolean, or where its string result (in the next
    /// STRING record) goes.
    static func formulaResult(_ record: Record) -> (String?, (row: Int, column: Int)?) {
        guard record.u16(12) == 0xFFFF else { return (display(record.double(6)), nil) }
        switch record.byte(6) {
        case 0: return (nil, (record.u16(0), record.u16(2)))
        case 1: return (record.byte(8) == 0 ? "FALSE" : "TRUE", nil)
        default: return (nil, nil)
        }
    }

    /// A MULRK record's run of numbers: the first column, then 6 bytes a cell.
    static func multipleNumbers(_ record: Record) -> [(Int, Int, String)] {
        let row = record.u16(0), first = record.u16(2), count = max(0, (record.length - 6) / 6)
        return (0..<count).map { (row, first + $0, display(rk(record.u32(4 + 6 * $0 + 2)))) }
    }

    static func place(_ cells: [(row: Int, column: Int, text: String)], in rows: inout [[String]]) {
        // BIFF8's sheet is 65,536 rows of 256 columns: anything past them is damage.
        for cell in cells where cell.row < 65_536 && cell.column < 256 {
            if cell.row >= rows.count { rows += Array(repeating: [], count: cell.row - rows.count + 1) }
            if cell.column >= rows[cell.row].count {
                rows[cell.row] += Array(repeating: "", count: cell.column - rows[cell.row].count + 1)
            }
            rows[cell.row][cell.column] = cell.text
        }
    }

    /// An RK number: 30 bits of an integer or of a double's high half, divided by 100 when
    /// its lowest bit says so.
    static func rk(_ raw: Int) -> Double {
        let value =
            raw & 2 != 0
            ? Double(Int32(truncatingIfNeeded: raw) >> 2)
            : Double(bitPattern: UInt64(UInt32(truncatingIfNeeded: raw) & 0xFFFF_FFFC) << 32)
        return raw & 1 != 0 ? value / 100 : value
    }

    /// A number as a sheet shows it without a format: whole ones without a fraction (ids).
    static func display(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return value.isFinite ? "\(value)" : ""
    }

    static func damaged(_ path: String, at offset: Int, _ detail: String) -> FormatError {
        .spreadsheet(path: path, place: "the workbook's record at byte \(offset)", detail: detail)
    }
}
