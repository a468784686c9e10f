import Foundation
import WinnowFormats

extension CSVTable {
    /// The first sheet of an Excel or LibreOffice workbook (`.xlsx`, `.ods`) as a table read like a CSV file, or
    /// nil when `path` is not a zip file. Rows are padded to the widest: a sheet leaves
    /// trailing empty cells out.
    static func workbook(_ path: String, headerRow: Bool) throws(PipelineError) -> CSVTable? {
        guard path != "-", ZipArchive.isZip(CSVReader.head(path).prefix(4)) else { return nil }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw PipelineError.unreadable(path: path, reason: error.localizedDescription)
        }
        let rows: [[String]]
        do {
            rows = try Workbook.rows([UInt8](data), path: path)
        } catch {
            guard case .malformed(_, _, let detail) = error else { throw .unreadable(path: path, reason: "\(error)") }
            throw .unreadable(path: path, reason: detail)
        }
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
        return try CSVTable(reader: reader, headerRow: headerRow)
    }
}
