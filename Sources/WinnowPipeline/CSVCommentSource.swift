/// Comments from CSV files: one job per row, keeping the row's id.
/// A row of the wrong width is skipped and named; a broken file is skipped from there on.
public final class CSVCommentSource: CommentSource {
    public struct Columns: Sendable {
        public var text = "text", id = "id", author: String? = "author", article: String?
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
    private var indices: (text: Int, id: Int?, author: Int?, article: Int?) = (0, nil, nil, nil)
    private var rowNumber = 0
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
    public static func checkColumns(_ files: [String], _ required: [String]) throws(PipelineError) {
        for path in files where path != "-" {
            guard let table = try? CSVTable(path: path) else { continue }
            for name in required { _ = try table.column(name) }
        }
    }

    public func next() -> CommentJob? {
        while true {
            if table == nil, !openNext() { return nil }
            guard let table else { continue }
            do {
                guard let row = try table.next() else {
                    self.table = nil
                    continue
                }
                rowNumber += 1
                let f = row.fields
                return CommentJob(
                    source: table.path, id: indices.id.map { f[$0] } ?? String(rowNumber),
                    author: indices.author.map { f[$0] } ?? "", text: f[indices.text],
                    article: indices.article.map { f[$0] })
            } catch {
                diagnostics.skip(error)
                if case .csvColumnCount = error { continue }
                self.table = nil  // the rest of this file cannot be trusted
            }
        }
    }

    private func openNext() -> Bool {
        while fileIndex < files.count {
            let path = files[fileIndex]
            fileIndex += 1
            if fileIndex > 1 { bytesBefore += sizes[fileIndex - 2] }
            do {
                let t = try CSVTable(path: path)
                indices = (
                    try t.column(columns.text), t.optionalColumn(columns.id), t.optionalColumn(columns.author), nil
                )
                if let article = columns.article { indices.article = try t.column(article) }
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
