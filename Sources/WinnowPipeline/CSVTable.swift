import WinnowFormats

/// A CSV file with a header row, or without one (columns then named 1, 2, 3...): columns by
/// name, rows checked against the header width.
public final class CSVTable {
    public let header: [String]
    public var path: String { reader.path }
    private let reader: CSVReader
    /// Rows read ahead (a headerless file's first, to count its columns; a one-column file's
    /// first few, looking for a header below a title), handed out first.
    private var readAhead: [(line: Int, fields: [String])] = []
    /// Lines above the header row that were a title, not the table (an export's "Report
    /// generated ..." line): how many were left out.
    public private(set) var linesAboveHeader = 0
    /// Whether the first row named the columns.
    let headerRow: Bool

    /// A table over the file at `path`, its delimiter told from its header line.
    public convenience init(path: String) throws(PipelineError) {
        let reader = try CSVReader(path: path)
        reader.delimiter = CSVReader.sniffDelimiter(path: path)
        try self.init(reader: reader)
    }

    /// A table over `reader` (a file, standard input, or decoded bytes; its delimiter set).
    public init(reader: CSVReader, headerRow: Bool = true) throws(PipelineError) {
        self.reader = reader
        self.headerRow = headerRow
        let path = reader.path
        guard var first = try reader.next() else { throw .csvNoHeader(path: path) }
        if headerRow {
            if first.count == 1 {
                // A title above the table ("Comments export, May 2024"), or a one-column table.
                var ahead: [(line: Int, fields: [String])] = []
                while ahead.count < CSVTable.titleLines, let row = try reader.next() {
                    ahead.append((reader.recordLine, row))
                    if row.count > 1 { break }
                }
                if let i = ahead.firstIndex(where: { $0.fields.count > 1 }) {
                    (first, linesAboveHeader) = (ahead[i].fields, i + 1)
                } else {
                    readAhead = ahead
                }
            }
            header = first.map { $0.trimmingCharacters(in: .whitespaces) }
        } else {
            header = first.indices.map { String($0 + 1) }
            readAhead = [(reader.recordLine, first)]
        }
    }

    /// How many one-field lines may stand above a table's header.
    static let titleLines = 5

    /// Index of `name`, or an error listing the columns there are. A name the header
    /// repeats is its last column: the one a spreadsheet's user added (a review queue's
    /// `label`, filled in a column of their own).
    public func column(_ name: String) throws(PipelineError) -> Int {
        guard let i = header.lastIndex(of: name) else {
            throw .csvMissingColumn(path: path, column: name, available: header)
        }
        return i
    }

    /// The column an export names as holding `role` (`CommentFields.column`), with a header.
    func guess(_ role: CommentFields.Role) -> Int? {
        headerRow ? CommentFields.column(in: header, for: role) : nil
    }

    public func optionalColumn(_ name: String?) -> Int? {
        guard let name else { return nil }
        return header.lastIndex(of: name)
    }

    /// The next row and the line it starts on; a row of the wrong width is an error.
    public func next() throws(PipelineError) -> (line: Int, fields: [String])? {
        let row: (line: Int, fields: [String])
        if !readAhead.isEmpty {
            row = readAhead.removeFirst()
        } else {
            guard let fields = try reader.next() else { return nil }
            row = (reader.recordLine, fields)
        }
        guard row.fields.count == header.count else {
            throw .csvColumnCount(path: path, line: row.line, expected: header.count, found: row.fields.count)
        }
        return row
    }

    /// The column whose first rows read as prose (four words or more on average, twice any
    /// other column's), for a table that names no text column: an export's "Message
    /// Content". Nil when no column stands out so.
    func proseColumn() throws(PipelineError) -> Int? {
        while readAhead.count < CSVTable.proseSample, let fields = try reader.next() {
            readAhead.append((reader.recordLine, fields))
        }
        let rows = readAhead.filter { $0.fields.count == header.count }
        guard !rows.isEmpty else { return nil }
        let means = header.indices.map { c in
            Double(rows.reduce(0) { $0 + $1.fields[c].split(separator: " ").count }) / Double(rows.count)
        }
        let order = means.indices.sorted { means[$0] > means[$1] }
        guard let best = order.first, means[best] >= 4, order.count < 2 || means[order[1]] * 2 <= means[best]
        else { return nil }
        return best
    }

    /// How many rows `proseColumn` reads ahead.
    static let proseSample = 50
}

import Foundation
