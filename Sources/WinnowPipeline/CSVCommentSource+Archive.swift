import WinnowFormats
import WinnowSplit

extension CSVCommentSource {
    /// The extensions of the entries read from a zip archive of exports (Facebook's and
    /// Reddit's data downloads, a CMS's export packed for mail) or of pages.
    static let archived = InputFiles.pages.union([
        "csv", "tsv", "json", "jsonl", "ndjson", "xml", "sql", "db", "sqlite", "sqlite3", "bson", "parquet", "warc",
        "xlsx", "xls", "ods"
    ])

    /// The comments of every table or export packed in `zip`, in the archive's order, each
    /// named "ARCHIVE/ENTRY" in the source column; an entry that cannot be read is named
    /// and skipped, the others read.
    static func archiveJobs(_ zip: ZipArchive, _ columns: Columns, diagnostics: Diagnostics) throws -> [CommentJob] {
        let entries = zip.entries(archived)
        guard !entries.isEmpty else {
            throw PipelineError.unreadable(
                path: zip.path,
                reason:
                    "a zip archive of no workbook, table, export or page (\(archived.sorted().joined(separator: ", ")))"
            )
        }
        var jobs: [CommentJob] = []
        for name in entries {
            let path = zip.path + "/" + name
            do {
                guard let bytes = try zip.entry(name) else { continue }
                if let sheet = try CSVTable.sheet(bytes, path: path, headerRow: columns.headerRow) {
                    jobs += try tableJobs(sheet, path: path, columns, diagnostics)
                    continue
                }
                let file = try InputText.check(
                    ExportFile(path: path, bytes: bytes, forced: columns.input.format), diagnostics: diagnostics)
                if let rows = file.sheetRows {
                    jobs += try tableJobs(
                        try CSVTable(rows: rows, path: path, headerRow: columns.headerRow), path: path, columns,
                        diagnostics)
                    continue
                }
                if let comments = try file.comments(fields: columns.jsonFields) {
                    jobs += InputText.jobs(comments, source: path)
                    continue
                }
                // A saved page or a page dump: split as `winnow score PAGE` splits it.
                if let text = file.pageText {
                    let page = Splitter().split(text, source: path)
                    jobs += PageSource.jobs(page.comments, source: path, article: page.article, title: page.title ?? "")
                    continue
                }
                jobs += try tableJobs(
                    try decodedTable(file.text, path: path, columns), path: path, columns, diagnostics)
            } catch {
                diagnostics.skip(error)
            }
        }
        return jobs
    }

    /// A packed table's rows as comments.
    private static func tableJobs(_ table: CSVTable, path: String, _ columns: Columns, _ diagnostics: Diagnostics)
        throws -> [CommentJob]
    {
        let indices = try CSVCommentSource.indices(table, columns, diagnostics)
        var (jobs, row) = ([CommentJob](), 0)
        while let record = try table.next() {
            row += 1
            jobs.append(job(record.fields, indices, path: path, row: row))
        }
        return jobs
    }
}
