/// The first table of a LibreOffice spreadsheet's `content.xml` as rows of cell texts:
/// repeated cells and rows spelled out where they hold something (a sheet ends in empty
/// cells repeated a thousand times and rows a million), a cell's paragraphs one line each.
enum OpenDocumentSheet {
    /// More of one row or cell than a sheet can hold is a hostile file's count.
    static let rowLimit = 1_048_576, columnLimit = 16_384

    static func rows(_ content: [UInt8], rowLimit wanted: Int = .max) -> [[String]] {
        let rowLimit = min(wanted, Self.rowLimit)
        var tables = XMLScan(content)
        guard let table = tables.element("table:table") else { return [] }
        var rows: [[String]] = [], blankRows = 0
        var rowScan = XMLScan(table)
        while let (rowTag, row) = rowScan.elementWithTag("table:table-row"), rows.count < rowLimit {
            let cells = cells(row)
            let repeats = min(count("table:number-rows-repeated", rowTag), rowLimit - rows.count)
            if cells.isEmpty {
                blankRows += repeats
                continue
            }
            // Blank rows between filled ones keep their places; those at the end are dropped.
            rows += Array(repeating: [], count: min(blankRows, rowLimit - rows.count))
            blankRows = 0
            rows += Array(repeating: cells, count: min(repeats, rowLimit - rows.count))
        }
        return rows
    }

    /// One row's cells, trailing empty ones left out.
    static func cells(_ row: ArraySlice<UInt8>) -> [String] {
        var cells: [String] = [], blanks = 0
        var scan = XMLScan(row)
        // A merged cell's covered neighbours hold its columns.
        while let (tag, content) = scan.elementWithTag("table:table-cell", or: "table:covered-table-cell") {
            let repeats = count("table:number-columns-repeated", tag)
            let value = text(tag, content)
            if value.isEmpty {
                blanks += repeats
                continue
            }
            let room = columnLimit - cells.count
            cells += Array(repeating: "", count: min(blanks, room))
            cells += Array(repeating: value, count: min(repeats, max(0, room - blanks)))
            blanks = 0
        }
        return cells
    }

    /// A cell's text: its paragraphs, spaces (`<text:s text:c="3"/>`), tabs and line
    /// breaks as such, other markup (spans, links) left for its text; a number as stored.
    static func text(_ tag: ArraySlice<UInt8>, _ content: ArraySlice<UInt8>) -> String {
        if let type = XMLScan.attribute("office:value-type", in: tag),
            ["float", "percentage", "currency"].contains(type),
            let value = XMLScan.attribute("office:value", in: tag)
        {
            return value
        }
        var paragraphs: [String] = []
        var scan = XMLScan(content)
        while let p = scan.element("text:p") { paragraphs.append(plain(p)) }
        return paragraphs.joined(separator: "\n")
    }

    static func plain(_ p: ArraySlice<UInt8>) -> String {
        var out: [UInt8] = []
        var i = p.startIndex
        while i < p.endIndex {
            guard p[i] == 60, let close = p[i...].firstIndex(of: 62) else {
                out.append(p[i])
                i += 1
                continue
            }
            let tag = p[i...close]
            if tag.starts(with: Array("<text:s".utf8)) && (tag.count == 9 || tag[i + 7] == 32 || tag[i + 7] == 47) {
                out += Array(repeating: 32, count: min(count("text:c", tag), 1_000))
            } else if tag.starts(with: Array("<text:tab".utf8)) {
                out.append(9)
            } else if tag.starts(with: Array("<text:line-break".utf8)) {
                out.append(10)
            }
            i = close + 1
        }
        return Workbook.decoded(out[...])
    }

    /// A count attribute of a tag (1 when it has none or a bad one).
    static func count(_ name: String, _ tag: ArraySlice<UInt8>) -> Int {
        max(1, XMLScan.attribute(name, in: tag).flatMap { Int($0) } ?? 1)
    }
}
