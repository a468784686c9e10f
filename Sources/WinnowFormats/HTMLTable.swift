import Foundation
import WinnowText

/// The table of an HTML document that holds the most text, as rows of cell texts: what many
/// sites' "export to Excel" writes (an HTML table in a file named `.xls`) and what
/// LibreOffice's and Excel's "save as web page" write. Tags' case, closing tags left out,
/// `colspan`, `<br>` and entities as browsers read them.
public enum HTMLTable {
    /// The rows of the document's fullest table of two rows or more, one of them of two
    /// cells or more; nil when there is none, or, with `mostOfThePage`, when that table holds
    /// less than half the page's text (an article's layout table is not a table of comments).
    public static func rows(_ html: [UInt8], mostOfThePage: Bool) -> [[String]]? {
        let (tables, pageText) = html.withUnsafeBufferPointer(tables)
        let full = tables.filter { $0.rows.count >= 2 && $0.rows.contains { $0.count >= 2 } }
        guard let best = full.max(by: { $0.text < $1.text }), !mostOfThePage || 2 * best.text >= pageText else {
            return nil
        }
        return best.rows
    }

    /// One table being read: its rows, the row and cell open, and how much text it holds.
    struct Builder {
        var rows: [[String]] = []
        var row: [String] = []
        var cell: [UInt8]?
        var span = 1
        var text = 0
        var space = false

        mutating func add(_ c: UInt8) {
            guard cell != nil else { return }
            if c == 32 || c == 9 || c == 10 || c == 13 || c == 12 {
                space = !(cell?.isEmpty ?? true) && cell?.last != 10
                return
            }
            if space { cell?.append(32) }
            cell?.append(c)
            (space, text) = (false, text + 1)
        }

        mutating func lineBreak() {
            guard cell != nil else { return }
            cell?.append(10)
            space = false
        }

        mutating func startCell(span: Int) {
            endCell()
            (cell, self.span) = ([], span)
        }

        mutating func endCell() {
            guard let bytes = cell else { return }
            var value = String(decoding: bytes, as: UTF8.self)
            if bytes.contains(38) { value = HTMLEntities.decode(value) ?? value }
            let lines = value.split(separator: "\n", omittingEmptySubsequences: false)
            row.append(
                lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "\n").trimmingCharacters(
                    in: .newlines))
            row += Array(repeating: "", count: span - 1)
            (cell, space) = (nil, false)
        }

        mutating func endRow() {
            endCell()
            if !row.isEmpty { rows.append(row) }
            row = []
        }
    }

    /// Every table of the document (a nested one apart from the cell it sits in) and the
    /// count of the page's visible characters.
    static func tables(_ b: UnsafeBufferPointer<UInt8>) -> ([Builder], Int) {
        var done: [Builder] = [], open: [Builder] = []
        var i = 0, pageText = 0
        while i < b.count {
            guard b[i] == 60, let tag = HTMLTag.read(b, at: i) else {
                if b[i] > 32 { pageText += 1 }
                if !open.isEmpty { open[open.count - 1].add(b[i]) }
                i += 1
                continue
            }
            i = max(tag.end, i + 1)
            if !tag.closing, tag.name == "script" || tag.name == "style" {
                i = end(of: tag.name, in: b, from: i)
                continue
            }
            if tag.name == "table" {
                if !tag.closing {
                    open.append(Builder())
                } else if var table = open.popLast() {
                    table.endRow()
                    done.append(table)
                }
                continue
            }
            guard !open.isEmpty else { continue }
            let last = open.count - 1
            switch tag.name {
            case "tr": open[last].endRow()
            case "td", "th": tag.closing ? open[last].endCell() : open[last].startCell(span: tag.columnSpan)
            case "br", "p", "div", "li": if tag.name == "br" || tag.closing { open[last].lineBreak() }
            default: break
            }
        }
        for var table in open.reversed() {
            table.endRow()
            done.append(table)
        }
        return (done, pageText)
    }

    /// The index past `</name>` from `start`, or the end of the document.
    static func end(of name: String, in b: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let close = Array("</\(name)".utf8)
        var i = start
        while i + close.count <= b.count {
            if b[i] == 60, (0..<close.count).allSatisfy({ b[i + $0] | 0x20 == close[$0] | 0x20 }) {
                return i + close.count
            }
            i += 1
        }
        return b.count
    }
}
