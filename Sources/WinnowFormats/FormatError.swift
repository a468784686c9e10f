/// Errors of the export readers; each names the file and, where it can, the line.
public enum FormatError: Error, CustomStringConvertible, Equatable {
    case gzip(path: String, detail: String)
    /// A Zstandard file that cannot be undone (damaged, cut, or no libzstd on the system).
    case zstd(path: String, detail: String)
    case malformed(path: String, line: Int, detail: String)
    case html(path: String)
    /// A JSON Lines comment without the field its text (or another column) is named by.
    case missingField(path: String, line: Int, field: String, available: [String])
    /// A JSON document where no object holds a comment's text (the field named, or none).
    case noComments(path: String, field: String?, seen: [String])
    /// A SQL dump where no table has the columns of a comment's text and author.
    case noCommentTable(path: String, tables: [String])
    /// A SQLite database file that cannot be read: the page where it went wrong.
    case database(path: String, page: Int, detail: String)
    /// A BSON collection's document that cannot be read: its number and byte offset.
    case document(path: String, index: Int, offset: Int, detail: String)
    /// A Parquet file that cannot be read: where (its footer, a row group's column).
    case parquet(path: String, place: String, detail: String)
    /// An old Excel workbook (`.xls`) that cannot be read: where (its container, a record).
    case spreadsheet(path: String, place: String, detail: String)
    /// A web archive that holds no HTML page.
    case noPages(path: String, records: Int)

    public var description: String {
        switch self {
        case .gzip(let p, let detail): "\(p): not a readable gzip file (\(detail))"
        case .zstd(let p, let detail): "\(p): not a readable Zstandard file (\(detail))"
        case .malformed(let p, let line, let detail): "\(p):\(line): \(detail)"
        case .missingField(let p, let line, let field, let available):
            "\(p):\(line): no field '\(field)' (fields: \(available.joined(separator: ", ")))"
        case .noComments(let p, let field?, let seen):
            "\(p): no object has a field '\(field)' (fields: \(seen.joined(separator: ", ")))"
        case .noComments(let p, nil, let seen):
            "\(p): no comments found: no object has a text field (\(CommentFields.Guess.text.prefix(6).joined(separator: ", ")), ...); "
                + "name it with --text-column (fields: \(seen.joined(separator: ", ")))"
        case .noCommentTable(let p, let tables):
            "\(p): no comments found: no table has a column of a comment's text (text, body, comment_content, message, ...) "
                + "and one of its author (author, comment_author, user_id, ...); name the text column with --text-column "
                + "(tables: \(tables.isEmpty ? "none" : tables.joined(separator: "; ")))"
        case .database(let p, let page, let detail): "\(p): page \(page) of the database: \(detail)"
        case .parquet(let p, let place, let detail), .spreadsheet(let p, let place, let detail):
            "\(p): \(place): \(detail)"
        case .noPages(let p, let records):
            "\(p): no HTML page among its \(records) records (responses of text/html, or HTML resources)"
        case .document(let p, let index, let offset, let detail): "\(p): document \(index) (byte \(offset)): \(detail)"
        case .html(let p):
            "\(p): an HTML page, not a table or an export; score it as a page: winnow score \(p)"
        }
    }

    /// What errors of this kind have in common, for counting them: the file and what is
    /// wrong with a line, not its number (a file of broken lines says so in one line).
    public var kind: String {
        switch self {
        case .malformed(let p, _, _): "\(p): lines that cannot be read"
        case .missingField(let p, _, let field, _): "\(p): lines without a field '\(field)'"
        default: description
        }
    }
}
