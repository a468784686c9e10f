import WinnowFormats

extension CSVTable {
    /// A labeled file as a table, read as `winnow score` reads comments: plain UTF-8 CSV
    /// streamed, anything else (gzip, UTF-16, Windows-1252) decoded whole first (a warning
    /// names the encoding).
    static func decoding(_ path: String, diagnostics: Diagnostics) throws(PipelineError) -> CSVTable {
        if let sheet = try CSVTable.workbook(path, headerRow: true) { return sheet }
        if let table = try CSVTable.parquet(path) { return table }
        guard path != "-", CSVReader.head(path).count > 0, !CSVCommentSource.looksPlainCSV(path) else {
            return try CSVTable(path: path)
        }
        let file: ExportFile
        do {
            file = try InputText.read(path, diagnostics: diagnostics)
        } catch let error as PipelineError {
            throw error
        } catch {
            throw .unreadable(path: path, reason: "\(error)")
        }
        // A spreadsheet written as markup (XML Spreadsheet 2003, an HTML table named .xls).
        if let rows = file.sheetRows { return try CSVTable(rows: rows, path: path, headerRow: true) }
        return try CSVTable(decoded: file.text, path: path)
    }

    /// A table over text already decoded, its delimiter given or told from its header.
    convenience init(decoded text: String, path: String, delimiter: UInt8? = nil, headerRow: Bool = true)
        throws(PipelineError)
    {
        let bytes = Array(text.utf8)
        let reader = CSVReader(bytes: bytes, path: path)
        reader.delimiter = delimiter ?? CSVReader.sniffDelimiter(bytes.prefix(65_536))
        try self.init(reader: reader, headerRow: headerRow)
    }

    /// A Parquet file's rows as a table (its plain columns; nulls empty), or nil when the
    /// file is not one: labeled data as data teams keep it.
    static func parquet(_ path: String) throws(PipelineError) -> CSVTable? {
        guard path != "-", ParquetStream.isParquet(CSVReader.head(path)) else { return nil }
        do {
            let (columns, rows) = try ParquetStream.table(path: path)
            return try CSVTable(rows: [columns] + rows, path: path, headerRow: true)
        } catch let error as PipelineError {
            throw error
        } catch let error as FormatError {
            throw PipelineError(error, path: path)
        } catch {
            throw .unreadable(path: path, reason: "\(error)")
        }
    }

    /// Whether `winnow review` wrote the file (a decisions log, or a queue decided in a
    /// spreadsheet): its text fields carry the spreadsheet guard.
    var isFromReview: Bool { optionalColumn("model_verdict") != nil || optionalColumn("shown_as") != nil }
}
