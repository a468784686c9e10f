import WinnowFormats

/// A CSV file with a header row, or without one (columns then named 1, 2, 3...): columns by
/// name, rows checked against the header width.
public final class CSVTable {
    public let header: [String]
    public var path: String { reader.path }
    private let reader: CSVReader
    /// A headerless file's first row, read to count its columns, handed out first.
    private var firstRow: (line: Int, fields: [String])?
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
        guard let first = try reader.next() else { throw .csvNoHeader(path: path) }
        if headerRow {
            header = first.map { $0.trimmingCharacters(in: .whitespaces) }
        } else {
            header = first.indices.map { String($0 + 1) }
            firstRow = (reader.recordLine, first)
        }
    }

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
        if let row = firstRow {
            firstRow = nil
            return row
        }
        guard let fields = try reader.next() else { return nil }
        guard fields.count == header.count else {
            throw .csvColumnCount(path: path, line: reader.recordLine, expected: header.count, found: fields.count)
        }
        return (reader.recordLine, fields)
    }
}

import Foundation
