import WinnowText

/// The first sheet of an Excel workbook (`.xlsx`, Office Open XML) or of a LibreOffice
/// one (`.ods`, `OpenDocumentSheet`) as rows of cell texts: shared and inline strings,
/// numbers as written, empty cells kept in their columns.
public enum Workbook {
    public static func rows(_ bytes: [UInt8], path: String) throws(FormatError) -> [[String]] {
        try rows(ZipArchive(bytes: bytes, path: path))
    }

    /// Whether the archive is a workbook (an Excel worksheet or a LibreOffice content part).
    public static func isWorkbook(_ zip: ZipArchive) -> Bool {
        zip.names.contains("content.xml") || zip.names.contains { $0.hasPrefix("xl/worksheets/") }
    }

    /// The sheet's rows; with a `rowLimit`, its first rows only.
    public static func rows(_ zip: ZipArchive, rowLimit: Int = .max) throws(FormatError) -> [[String]] {
        let path = zip.path
        if zip.names.contains("content.xml"), let content = try zip.entry("content.xml") {
            return OpenDocumentSheet.rows(content, rowLimit: rowLimit)
        }
        let sheets = zip.names.filter { $0.hasPrefix("xl/worksheets/sheet") && $0.hasSuffix(".xml") }
        // sheet1.xml before sheet10.xml: by the number in the name.
        func number(_ name: String) -> Int { Int(name.filter(\.isNumber)) ?? .max }
        guard let first = sheets.min(by: { number($0) < number($1) }), let sheet = try zip.entry(first) else {
            throw .malformed(path: path, line: 1, detail: "not an Excel workbook (no worksheet)")
        }
        let shared = try zip.entry("xl/sharedStrings.xml").map(sharedStrings) ?? []
        return cells(sheet, shared: shared, rowLimit: rowLimit)
    }

    /// Each `<si>`'s text: its `<t>` runs joined.
    static func sharedStrings(_ xml: [UInt8]) -> [String] {
        var strings: [String] = []
        var scan = XMLScan(xml)
        while let item = scan.element("si") {
            // A phonetic reading (`<rPh>`, over Japanese text) is not part of the cell's text.
            strings.append(texts(in: XMLScan.without("rPh", in: item)))
        }
        return strings
    }

    /// The text of every `<t>` inside `xml`, joined and decoded.
    static func texts(in xml: ArraySlice<UInt8>) -> String {
        var scan = XMLScan(xml), out = ""
        while let t = scan.element("t") { out += decoded(t) }
        return out
    }

    static func decoded(_ bytes: ArraySlice<UInt8>) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        return bytes.contains(UInt8(ascii: "&")) ? HTMLEntities.decode(text) ?? text : text
    }

    /// The sheet's rows: each `<c>`'s value at the column its reference names.
    static func cells(_ sheet: [UInt8], shared: [String], rowLimit: Int = .max) -> [[String]] {
        var rows: [[String]] = []
        var rowScan = XMLScan(sheet[...])
        while rows.count < rowLimit, let (rowTag, row) = rowScan.elementWithTag("row") {
            var cells: [String] = []
            var cellScan = XMLScan(row)
            while let (tag, content) = cellScan.elementWithTag("c") {
                let column = XMLScan.attribute("r", in: tag).map(columnIndex) ?? cells.count
                let value = cellValue(type: XMLScan.attribute("t", in: tag), content, shared: shared)
                if column >= cells.count { cells += Array(repeating: "", count: column - cells.count + 1) }
                cells[min(column, cells.count - 1)] = value
            }
            // A row's own number places it: rows left out are empty rows (read as blank lines).
            if let r = XMLScan.attribute("r", in: rowTag).flatMap({ Int($0) }), r - 1 > rows.count, r < 1_048_577 {
                rows += Array(repeating: [], count: r - 1 - rows.count)
            }
            rows.append(cells)
        }
        return rows
    }

    static func cellValue(type: String?, _ content: ArraySlice<UInt8>, shared: [String]) -> String {
        var scan = XMLScan(content)
        switch type {
        case "s":
            guard let v = scan.element("v"), let i = Int(decoded(v)), shared.indices.contains(i) else { return "" }
            return shared[i]
        case "inlineStr": return scan.element("is").map { texts(in: $0) } ?? ""
        case "b": return scan.element("v").map { decoded($0) == "1" ? "TRUE" : "FALSE" } ?? ""
        default: return scan.element("v").map(decoded) ?? ""
        }
    }

    /// "C7" -> 2: the letters of a cell reference as a column number from 0.
    static func columnIndex(_ reference: String) -> Int {
        var n = 0
        for c in reference.utf8.prefix(while: { (65...90).contains($0) || (97...122).contains($0) }).prefix(3) {
            n = n * 26 + Int((c | 0x20) - 96)
        }
        return max(n - 1, 0)
    }
}
