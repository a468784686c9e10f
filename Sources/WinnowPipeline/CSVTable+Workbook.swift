import Foundation
import WinnowFormats

extension CSVTable {
    /// The first sheet of an Excel or LibreOffice workbook (`.xlsx`, `.ods`) as a table read like a CSV file, or
    /// nil when `path` is not a zip file. Rows are padded to the widest: a sheet leaves
    /// trailing empty cells out.
    static func workbook(_ path: String, headerRow: Bool) throws(PipelineError) -> CSVTable? {
        guard let zip = try CSVTable.zip(path) else { return nil }
        return try workbook(zip, headerRow: headerRow)
    }

    /// The zip archive at `path` (a workbook, or exports packed together), or nil when the
    /// file is not one.
    static func zip(_ path: String) throws(PipelineError) -> ZipArchive? {
        guard path != "-", ZipArchive.isZip(CSVReader.head(path).prefix(4)) else { return nil }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw PipelineError.unreadable(path: path, reason: error.localizedDescription)
        }
        do {
            return try ZipArchive(bytes: [UInt8](data), path: path)
        } catch {
            throw PipelineError(error, path: path)
        }
    }

    static func workbook(_ zip: ZipArchive, headerRow: Bool) throws(PipelineError) -> CSVTable {
        let path = zip.path
        let rows: [[String]]
        do {
            rows = try Workbook.rows(zip)
        } catch {
            throw PipelineError(error, path: path)
        }
        return try CSVTable(rows: rows, path: path, headerRow: headerRow)
    }

    /// A table over rows already read (a sheet's cells, a Parquet file's values), read as
    /// the CSV file of them would be: rows padded to the widest, empty ones left out.
    convenience init(rows: [[String]], path: String, headerRow: Bool) throws(PipelineError) {
        let width = rows.map(\.count).max() ?? 0
        var csv: [UInt8] = []
        for row in rows where !row.allSatisfy(\.isEmpty) {
            for column in 0..<width {
                if column > 0 { csv.append(44) }
                csv.append(34)
                if column < row.count {
                    for byte in row[column].utf8 {
                        if byte == 34 { csv.append(34) }  // a quote doubled inside quotes
                        csv.append(byte)
                    }
                }
                csv.append(34)
            }
            csv.append(10)
        }
        guard !csv.isEmpty else { throw PipelineError.empty(path: path) }
        let reader = CSVReader(bytes: csv, path: path)
        reader.delimiter = 44
        try self.init(reader: reader, headerRow: headerRow)
    }
}

extension PipelineError {
    /// A workbook's or an archive's damage, named by its file.
    init(_ error: FormatError, path: String) {
        guard case .malformed(_, _, let detail) = error else {
            self = .unreadable(path: path, reason: "\(error)")
            return
        }
        self = .unreadable(path: path, reason: detail)
    }
}
