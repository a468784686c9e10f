import Foundation
import WinnowFormats

extension CSVTable {
    /// The first sheet of an Excel or LibreOffice workbook (`.xlsx`, `.xls`, `.ods`) as a table read like a CSV
    /// file, or nil when `path` is neither a zip file nor an old Excel one. Rows are padded
    /// to the widest: a sheet leaves trailing empty cells out.
    static func workbook(_ path: String, headerRow: Bool) throws(PipelineError) -> CSVTable? {
        if let sheet = try legacyWorkbook(path, headerRow: headerRow) { return sheet }
        guard let zip = try CSVTable.zip(path) else { return nil }
        return try workbook(zip, headerRow: headerRow)
    }

    /// An old Excel workbook's (`.xls`) first worksheet as a table, or nil when `path` is
    /// not an OLE compound file.
    static func legacyWorkbook(_ path: String, headerRow: Bool, rowLimit: Int = .max) throws(PipelineError)
        -> CSVTable?
    {
        guard path != "-", LegacyWorkbook.isLegacyWorkbook(CSVReader.head(path).prefix(8)) else { return nil }
        do {
            return try sheet(
                [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))), path: path, headerRow: headerRow,
                rowLimit: rowLimit)
        } catch let error as PipelineError {
            throw error
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
    }

    /// A workbook's first sheet from its bytes (an `.xls`, or an `.xlsx` or `.ods` zip) as a
    /// table, or nil when they are neither (a zip of other files among them); with a
    /// `rowLimit`, its first rows only (what checking its columns needs).
    static func sheet(_ bytes: [UInt8], path: String, headerRow: Bool, rowLimit: Int = .max) throws(PipelineError)
        -> CSVTable?
    {
        guard LegacyWorkbook.isLegacyWorkbook(bytes.prefix(8)) else {
            guard ZipArchive.isZip(bytes.prefix(4)) else { return nil }
            let zip: ZipArchive
            do {
                zip = try ZipArchive(bytes: bytes, path: path)
            } catch {
                throw PipelineError(error, path: path)
            }
            return Workbook.isWorkbook(zip) ? try workbook(zip, headerRow: headerRow, rowLimit: rowLimit) : nil
        }
        let rows: [[String]]
        do {
            rows = try LegacyWorkbook.rows(bytes, path: path, rowLimit: rowLimit)
        } catch {
            throw PipelineError(error, path: path)
        }
        return try CSVTable(rows: rows, path: path, headerRow: headerRow)
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

    static func workbook(_ zip: ZipArchive, headerRow: Bool, rowLimit: Int = .max) throws(PipelineError) -> CSVTable {
        let path = zip.path
        let rows: [[String]]
        do {
            rows = try Workbook.rows(zip, rowLimit: rowLimit)
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
        if case .spreadsheet(_, let place, let detail) = error {
            self = .unreadable(path: path, reason: "\(place): \(detail)")
            return
        }
        guard case .malformed(_, _, let detail) = error else {
            self = .unreadable(path: path, reason: "\(error)")
            return
        }
        self = .unreadable(path: path, reason: detail)
    }
}
