/// A Parquet file's rows (a data team's export: pandas, Spark, DuckDB, Polars, BigQuery's
/// and Hugging Face's datasets) read a row group at a time, each row as a JSON object of
/// its columns, whose comments are found as in JSON Lines (`WalkedComments`): a `text` or
/// `body` column and the rest guessed, or named with `--text-column`. Read without the
/// Arrow libraries (`ParquetFooter`, `ParquetChunk`); lists and nested groups left out.
public final class ParquetStream: CommentStream {
    static let magic: [UInt8] = [80, 65, 82, 49]  // "PAR1"

    private let source: ParquetSource
    private let path: String
    private let fields: CommentFields
    private let footer: ParquetFooter
    private var comments: WalkedComments
    private var group = 0
    private var rows: [[JSONNode]] = [], row = 0

    public static func isParquet(_ head: [UInt8]) -> Bool { head.starts(with: magic) }

    /// A file already read (an archive's entry, standard input, a decompressed file).
    public convenience init(bytes: [UInt8], path: String, fields: CommentFields) throws(FormatError) {
        try self.init(ParquetSource(bytes: bytes), path: path, fields: fields)
    }

    /// The file at `path`, read a footer and a row group's chunks at a time.
    public convenience init(path: String, fields: CommentFields) throws(FormatError) {
        try self.init(try ParquetSource(path: path), path: path, fields: fields)
    }

    private init(_ source: ParquetSource, path: String, fields: CommentFields) throws(FormatError) {
        (self.source, self.path, self.fields) = (source, path, fields)
        comments = WalkedComments(fields: fields)
        let tail = try source.tail(path: path)
        do {
            footer = try ParquetFooter(tail)
        } catch {
            let at = source.size - tail.count + error.offset
            throw .parquet(path: path, place: "its footer (byte \(at))", detail: error.detail)
        }
    }

    public func next() throws(FormatError) -> ExportedComment? {
        while true {
            if let c = comments.pop() { return c }
            if row < rows.count {
                let object = JSONNode.object(zip(footer.columns, rows[row]).map { (key: $0.name, value: $1) })
                row += 1
                _ = comments.take(keys: object.keys) { $0.visit(object) }
                continue
            }
            guard group < footer.rowGroups.count else {
                try comments.end(path: path, field: fields.text)
                return nil
            }
            try read(footer.rowGroups[group])
            group += 1
        }
    }

    /// The row group's rows, each a value per column (null for a column it lacks).
    private func read(_ g: ParquetFooter.RowGroup) throws(FormatError) {
        guard g.rows >= 0, g.rows <= ParquetChunk.mostRows else {
            throw .parquet(path: path, place: "row group \(group + 1)", detail: "a count of \(g.rows) rows")
        }
        var columns = [[JSONNode]](repeating: [], count: footer.columns.count)
        for chunk in g.chunks {
            let column = footer.columns[chunk.column]
            let place = "row group \(group + 1), column '\(column.name)'"
            guard chunk.start >= 0, chunk.size >= 0, chunk.start <= source.size - chunk.size else {
                throw .parquet(path: path, place: place, detail: "pages said to lie past the file's end")
            }
            var local = chunk
            local.start = 0
            let bytes = try source.bytes(chunk.start..<chunk.start + chunk.size)
            do {
                columns[chunk.column] = try ParquetChunk(bytes: bytes, column: column, chunk: local).values(
                    rows: g.rows)
            } catch {
                throw .parquet(path: path, place: "\(place) (byte \(chunk.start + error.offset))", detail: error.detail)
            }
        }
        rows = (0..<g.rows).map { r in columns.map { r < $0.count ? $0[r] : .null } }
        row = 0
    }

    /// The file's plain columns and its rows' values as text (a null as ""): a table of
    /// labeled comments for `winnow train`, `evaluate` and `adapt`.
    public static func table(path: String) throws(FormatError) -> (columns: [String], rows: [[String]]) {
        let file = try ParquetStream(path: path, fields: CommentFields())
        var rows: [[String]] = []
        for g in file.footer.rowGroups {
            try file.read(g)
            rows += file.rows.map {
                $0.map { value in
                    if case .bool(let b) = value { return b ? "true" : "false" }
                    return CommentFields.string(value) ?? ""
                }
            }
            file.group += 1
        }
        return (file.footer.columns.map(\.name), rows)
    }
}
