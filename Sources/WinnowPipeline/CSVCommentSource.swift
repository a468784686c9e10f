import Foundation
import WinnowFormats

/// Comments from CSV or TSV files, one job per row keeping the row's id, or from any export
/// `--comments` is given (sniffed from the content, gzip or not). A row of the wrong width is
/// skipped and named; a broken file is skipped from there on.
public final class CSVCommentSource: CommentSource {
    public struct Columns: Sendable {
        public var text = "text", id = "id", author: String? = "author", article: String?
        /// Rows sharing this column's value are one thread (with or without an article).
        public var thread: String?
        /// Between fields: nil sniffs it from the header (a tab and no comma: TSV).
        public var delimiter: UInt8? = nil
        /// A format forced, and standard input's name.
        public var input = InputText.Options()
        /// False for a file without a header row: columns are named by number (1, 2, 3...).
        public var headerRow = true
        /// The fields of a JSON input: those named here, the rest guessed.
        var jsonFields: CommentFields {
            var f = CommentFields()
            let defaults = Columns()
            f.text = text == defaults.text ? nil : text
            f.id = id == defaults.id ? nil : id
            f.author = author == defaults.author ? nil : author
            (f.article, f.thread) = (article, thread)
            return f
        }

        public init(text: String = "text", id: String = "id", author: String? = "author", article: String? = nil) {
            self.text = text
            self.id = id
            self.author = author
            self.article = article
        }
    }

    private let files: [String]
    private let columns: Columns
    private let diagnostics: Diagnostics
    private var fileIndex = 0
    private var table: CSVTable?
    private var indices = Indices(text: 0)
    /// The column of a page's address, for a scraper's table of whole pages (`url`, `html`).
    private var addressColumn: Int?
    private var rowNumber = 0
    /// An export's comments, or rows read back after a fallback, waiting to be handed out.
    private var pending: [CommentJob] = []
    private var pendingIndex = 0
    /// A streamed export being read (a Reddit dump).
    private var stream: ExportStream?
    private var bytesBefore = 0
    private let bytesTotal: Int
    /// Each file's size, taken once (for progress).
    private let sizes: [Int]

    public init(files: [String], columns: Columns, diagnostics: Diagnostics) {
        self.files = files
        self.columns = columns
        self.diagnostics = diagnostics
        sizes = files.map(FileSize.of)
        bytesTotal = sizes.reduce(0, +)
    }

    public var progress: (done: Int, total: Int)? { (bytesBefore, bytesTotal) }

    /// Throws the first of `required` missing from a file's header (standard input's is
    /// checked as it is read). A file that cannot be opened is left to the run to name.
    public static func checkColumns(
        _ files: [String], _ required: [String], delimiter: UInt8? = nil, headerRow: Bool = true
    )
        throws(PipelineError)
    {
        for path in files where path != "-" {
            var columns = Columns()
            (columns.delimiter, columns.headerRow) = (delimiter, headerRow)
            if let error = jsonlMissingField(path, required) { throw error }
            // An export is not opened twice (once here, once to score it): only tables have columns.
            let table: CSVTable
            // A workbook's header and the rows its text column is told by; it is read whole to score.
            let rowLimit = 1 + CSVTable.proseSample + 10
            if let sheet = try? CSVTable.legacyWorkbook(path, headerRow: headerRow, rowLimit: rowLimit) {
                table = sheet
            } else if let zip = try? CSVTable.zip(path) {
                // A workbook's sheet has columns; a zip of exports is not read here.
                guard Workbook.isWorkbook(zip),
                    let sheet = try? CSVTable.workbook(zip, headerRow: headerRow, rowLimit: rowLimit)
                else {
                    continue
                }
                table = sheet
            } else {
                guard mayBeTable(path),
                    case .table(let opened)? = try? open(path, columns, diagnostics: Diagnostics(echo: false))
                else {
                    continue
                }
                table = opened
            }
            // The default text column may be guessed: by an export's name for it, or as prose.
            for name in required where !(name == Columns().text && guessedText(table) != nil) {
                _ = try table.column(name)
            }
        }
    }

    /// What a `--comments` file holds: CSV rows to stream, or an export's comments.
    enum Opened {
        case table(CSVTable)
        case comments([CommentJob])
        case stream(ExportStream)
    }

    /// Opens `path`: CSV streams from the file; gzip, another encoding than UTF-8, or an
    /// export are read whole, decoded and sniffed.
    static func open(_ path: String, _ columns: Columns, diagnostics: Diagnostics) throws -> Opened {
        let delimiter = columns.delimiter
        if let sheet = try CSVTable.legacyWorkbook(path, headerRow: columns.headerRow) { return .table(sheet) }
        if let zip = try CSVTable.zip(path) {
            guard Workbook.isWorkbook(zip) else {
                return .comments(try archiveJobs(zip, columns, diagnostics: diagnostics))
            }
            return .table(try CSVTable.workbook(zip, headerRow: columns.headerRow))
        }
        let export = columns.input.format.map { $0 != .csv } ?? false
        guard export || (path != "-" && !looksPlainCSV(path)) else {
            let reader = try CSVReader(path: path)
            reader.delimiter = delimiter ?? CSVReader.sniffDelimiter(path: path)
            return .table(try CSVTable(reader: reader, headerRow: columns.headerRow))
        }
        let file: ExportFile
        var input = columns.input
        input.fields = columns.jsonFields
        switch try InputText.open(path, input, diagnostics: diagnostics) {
        case .stream(let s): return .stream(s)
        case .whole(let whole): file = whole
        }
        if let rows = file.sheetRows {
            return .table(try CSVTable(rows: rows, path: path, headerRow: columns.headerRow))
        }
        if file.format == .html { throw FormatError.html(path: file.path) }
        if let comments = try file.comments(fields: columns.jsonFields) {
            return .comments(InputText.jobs(comments, source: file.path))
        }
        return .table(try decodedTable(file.text, path: path, columns))
    }

    /// A table over text already decoded (gzip, UTF-16, Windows-1252).
    static func decodedTable(_ text: String, path: String, _ columns: Columns) throws(PipelineError) -> CSVTable {
        try CSVTable(decoded: text, path: path, delimiter: columns.delimiter, headerRow: columns.headerRow)
    }

    /// Whether the file's first 64 KiB, decompressed, may be a table: not an export that
    /// UTF-8 shows (another encoding is decoded to tell).
    static func mayBeTable(_ path: String) -> Bool {
        guard let reader = try? InflatingReader(path: path), let head = try? reader.peek(65_536) else { return true }
        guard let format = FormatSniffer.sniff(head: head, path: ExportFile.plainName(path, reader.compressed)) else {
            return true
        }
        return format == .csv || format == .page
    }

    /// The first 64 KiB: not gzip, UTF-8 (up to a cut character), and not an export.
    static func looksPlainCSV(_ path: String) -> Bool {
        let head = CSVReader.head(path)
        guard !Gunzip.isGzip(head), !ZstdStream.isZstd(head), !head.starts(with: [0xFF, 0xFE]),
            !head.starts(with: [0xFE, 0xFF])
        else {
            return false
        }
        guard let format = FormatSniffer.sniff(head: head, path: path) else { return false }
        return format == .csv || format == .page
    }

    /// A named field that a JSON Lines file's first object lacks (the columns check of
    /// `checkColumns`, for JSON Lines); the default text column is guessed, not required.
    static func jsonlMissingField(_ path: String, _ required: [String]) -> PipelineError? {
        let head = CSVReader.head(path)
        guard let line = head.split(separator: 10).first, line.first == UInt8(ascii: "{"),
            FormatSniffer.sniff(head: Array(line), path: path) == .jsonl,
            let (name, available) = JSONDocumentReader.missingField(
                required.filter { $0 != Columns().text }, line: line)
        else { return nil }
        return .csvMissingColumn(path: path, column: name, available: available.sorted())
    }

    public func next() -> CommentJob? {
        while true {
            if pendingIndex < pending.count {
                defer { pendingIndex += 1 }
                return pending[pendingIndex]
            }
            if let s = stream {
                if let job = s.next(diagnostics) { return job }
                stream = nil
                continue
            }
            if table == nil, !openNext() { return nil }
            guard let table else { continue }
            do {
                guard let row = try table.next() else {
                    self.table = nil
                    continue
                }
                rowNumber += 1
                let text = row.fields[indices.text]
                // A scraper's table of whole pages: the comments on each, under its address.
                if HTMLPage.isDocument(text) {
                    let address = addressColumn.map { row.fields[$0] } ?? ""
                    let source = address.isEmpty ? "\(table.path):\(row.line)" : address
                    (pending, pendingIndex) = (InputText.pageJobs(HTMLPage.text(text), source: source, title: ""), 0)
                    continue
                }
                return CSVCommentSource.job(row.fields, indices, path: table.path, row: rowNumber)
            } catch {
                if case .invalidUTF8 = error, table.path != "-", let decoded = reopenDecoded(table.path) {
                    self.table = decoded  // a byte that is not UTF-8 past the sniffed start
                    continue
                }
                diagnostics.skip(error)
                if case .csvColumnCount = error { continue }
                self.table = nil  // the rest of this file cannot be trusted
            }
        }
    }

    /// The file read again whole as Windows-1252, past the rows already handed out.
    private func reopenDecoded(_ path: String) -> CSVTable? {
        guard let file = try? InputText.read(path, diagnostics: diagnostics), file.encoding != .utf8 else { return nil }
        guard let t = try? CSVCommentSource.decodedTable(file.text, path: path, columns) else { return nil }
        for _ in 0..<rowNumber where (try? t.next()) != nil {}
        return t
    }

    private func openNext() -> Bool {
        while fileIndex < files.count {
            let path = files[fileIndex]
            fileIndex += 1
            if fileIndex > 1 { bytesBefore += sizes[fileIndex - 2] }
            do {
                let t: CSVTable
                switch try CSVCommentSource.open(path, columns, diagnostics: diagnostics) {
                case .table(let opened): t = opened
                case .stream(let s):
                    stream = s
                    return true
                case .comments(let jobs):
                    (pending, pendingIndex) = (jobs, 0)
                    if jobs.isEmpty {
                        diagnostics.warn("\(path): no comments found", kind: "inputs with no comments found")
                    }
                    return true
                }
                indices = try CSVCommentSource.indices(t, columns, diagnostics)
                addressColumn = t.header.firstIndex { CommentFields.pageAddress.contains($0.lowercased()) }
                table = t
                rowNumber = 0
                return true
            } catch {
                diagnostics.skip(error)
            }
        }
        return false
    }
}
