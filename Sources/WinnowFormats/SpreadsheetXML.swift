/// The first worksheet of an XML Spreadsheet 2003 document (Excel's "XML Spreadsheet",
/// what many sites' "export to Excel" writes into a file named `.xls`) as rows of cell
/// texts: rows and cells placed by their `ss:Index`, merged cells' columns kept, a cell's
/// rich text (`<B>`, `<Font>`) read for its text.
public enum SpreadsheetXML {
    static let namespace = Array("urn:schemas-microsoft-com:office:spreadsheet".utf8)

    /// Whether the document's head names the spreadsheet namespace.
    public static func isSpreadsheet(_ head: some Collection<UInt8>) -> Bool {
        let bytes = Array(head.prefix(4_096))
        guard bytes.count >= namespace.count else { return false }
        return (0...(bytes.count - namespace.count)).contains {
            bytes[$0..<($0 + namespace.count)].elementsEqual(namespace)
        }
    }

    public static func rows(_ xml: [UInt8]) -> [[String]] {
        let document = xml[...]
        var scan = XMLScan(document)
        guard let sheet = scan.element(form("Worksheet", in: document)) else { return [] }
        var tables = XMLScan(sheet)
        guard let table = tables.element(form("Table", in: sheet)) else { return [] }
        let names = (row: form("Row", in: table), cell: form("Cell", in: table))
        var rows: [[String]] = []
        var rowScan = XMLScan(table)
        while let (tag, content) = rowScan.elementWithTag(names.row), rows.count < OpenDocumentSheet.rowLimit {
            if let index = index(tag), index - 1 > rows.count, index <= OpenDocumentSheet.rowLimit {
                rows += Array(repeating: [], count: index - 1 - rows.count)
            }
            rows.append(cells(content, cell: names.cell))
        }
        return rows
    }

    /// A row's cells at their columns.
    static func cells(_ row: ArraySlice<UInt8>, cell: String) -> [String] {
        var cells: [String] = []
        var scan = XMLScan(row)
        while let (tag, content) = scan.elementWithTag(cell), cells.count < OpenDocumentSheet.columnLimit {
            if let index = index(tag), index - 1 > cells.count, index <= OpenDocumentSheet.columnLimit {
                cells += Array(repeating: "", count: index - 1 - cells.count)
            }
            // Excel writes a rich text cell's value as `<ss:Data>` among plain `<Data>`.
            var value = XMLScan(content)
            cells.append(value.elementWithTag("Data", or: "ss:Data").map { plain($0.content) } ?? "")
            let merged = XMLScan.attribute("ss:MergeAcross", in: tag).flatMap { Int($0) } ?? 0
            cells += Array(repeating: "", count: min(max(0, merged), OpenDocumentSheet.columnLimit - cells.count))
        }
        return cells
    }

    /// How `xml` names element `name`: as Excel writes it (unprefixed, in the default
    /// namespace) or with the `ss:` prefix (other writers; LibreOffice's worksheets), told
    /// once from its first one so each row is not looked for both ways.
    static func form(_ name: String, in xml: ArraySlice<UInt8>) -> String {
        var probe = XMLScan(xml)
        guard let first = probe.elementWithTag(name, or: "ss:" + name) else { return name }
        return first.tag.starts(with: Array("<ss:".utf8)) ? "ss:" + name : name
    }

    /// `ss:Index`, 1-based, when the tag has a good one.
    static func index(_ tag: ArraySlice<UInt8>) -> Int? {
        XMLScan.attribute("ss:Index", in: tag).flatMap { Int($0) }.flatMap { $0 >= 1 ? $0 : nil }
    }

    /// A cell's text, its markup left out and its entities (`&#10;` a line break) decoded.
    static func plain(_ data: ArraySlice<UInt8>) -> String {
        var out: [UInt8] = [], inTag = false
        for c in data {
            if c == 60 { inTag = true } else if c == 62 && inTag { inTag = false } else if !inTag { out.append(c) }
        }
        return Workbook.decoded(out[...])
    }
}
