/// The kinds of input Winnow reads, told apart by their content (`FormatSniffer`).
public enum InputFormat: String, CaseIterable, Sendable {
    /// A plain-text page dump (`winnow split`).
    case page
    /// Comma- or tab-separated rows with a header.
    case csv
    /// JSON of any other shape, one document or JSON Lines (`JSONDocumentReader`): the
    /// comments are the objects with a text field, guessed from the names exports use or
    /// named like CSV columns (`--text-column` and friends).
    case jsonl
    /// Disqus XML export (`<disqus>`, `<thread>`, `<post>`).
    case disqus
    /// WordPress WXR export (RSS with `wp:` comments).
    case wordpress
    /// Reddit / Pushshift comment NDJSON (`body`, `link_id`, `parent_id`).
    case reddit
    /// YouTube Data API `commentThreads` responses.
    case youtube
    /// XML of any other shape: RSS and Atom comment feeds, a CMS's export (`XMLDocumentReader`).
    case xml
    /// An HTML page: rendered to text as a browser saves it (`HTMLPage`), then split.
    case html
    /// A SQL dump of a site's database (`SQLDumpStream`): its comments table's rows.
    case sql
    /// A SQLite database file (`SQLiteStream`): its comments table's rows, as with `sql`.
    case sqlite
    /// A MongoDB collection as `mongodump` writes it (`BSONStream`), read as JSON of any shape.
    case bson
    /// A Parquet file (`ParquetStream`): each row an object of its columns, read as JSON.
    case parquet
    /// A web archive (`WARCStream`): each HTML page in it, split as a saved page is.
    case warc

    /// The formats `--format` can force.
    public static let forced = allCases.map(\.rawValue)
}
