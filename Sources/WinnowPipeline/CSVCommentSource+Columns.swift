import WinnowFormats

/// Where a table's columns are: the text, id and author (named or guessed), the article and
/// thread (named), and what an export's header says besides (parent, created, status, title).
struct Indices {
    var text: Int
    var id: Int?, author: Int?, article: Int?, thread: Int?
    var parent: Int?, created: Int?, status: Int?, title: Int?
}

extension CSVCommentSource {
    /// The column `name` names; where that is the default name and the table lacks it, the
    /// one an export names for `role` ("Comment Text", `comment_id`, `Name`).
    static func resolve(_ t: CSVTable, _ name: String?, _ role: CommentFields.Role) -> Int? {
        let defaults = Columns()
        let byDefault: String? =
            switch role {
            case .text: defaults.text
            case .id: defaults.id
            case .author: defaults.author
            case .parent, .created, .status, .title: nil
            }
        return t.optionalColumn(name) ?? (name == byDefault ? t.guess(role) : nil)
    }

    /// The text column of a table that has none named "text": an export's name for it, else
    /// the column its first rows write prose in.
    static func guessedText(_ t: CSVTable) -> Int? {
        resolve(t, Columns().text, .text) ?? (try? t.proseColumn()) ?? nil
    }

    /// The columns of `t`: the text column (`resolve`; a guessed one said once per file),
    /// id and author where there are, article and thread where named.
    static func indices(_ t: CSVTable, _ columns: Columns, _ diagnostics: Diagnostics) throws -> Indices {
        if t.linesAboveHeader > 0 {
            diagnostics.warn("\(t.path): \(t.linesAboveHeader) line(s) of title above the header row left out")
        }
        let text: Int
        if let i = resolve(t, columns.text, .text) {
            text = i
            if t.optionalColumn(columns.text) == nil {
                diagnostics.warn(
                    "\(t.path): no 'text' column; reading '\(t.header[i])' as the comment text (--text-column names another)"
                )
            }
        } else if columns.text == Columns().text, let i = try t.proseColumn() {
            text = i
            diagnostics.warn(
                "\(t.path): no 'text' column; reading '\(t.header[i])' as the comment text, its rows read as prose "
                    + "(--text-column names another)")
        } else {
            text = try t.column(columns.text)
        }
        var indices = Indices(text: text)
        (indices.id, indices.author) = (resolve(t, columns.id, .id), resolve(t, columns.author, .author))
        if let article = columns.article { indices.article = try t.column(article) }
        if let thread = columns.thread { indices.thread = try t.column(thread) }
        // What a site's export says of each comment besides, where its header names it.
        (indices.parent, indices.created) = (t.guess(.parent), t.guess(.created))
        (indices.status, indices.title) = (t.guess(.status), t.guess(.title))
        return indices
    }

    /// A row's job: its id, or its number when the table has none.
    static func job(_ f: [String], _ indices: Indices, path: String, row: Int) -> CommentJob {
        var job = CommentJob(
            source: path, id: indices.id.map { f[$0] } ?? String(row), author: indices.author.map { f[$0] } ?? "",
            text: f[indices.text], article: indices.article.map { f[$0] }, thread: indices.thread.map { f[$0] })
        (job.parent, job.created) = (indices.parent.map { f[$0] } ?? "", indices.created.map { f[$0] } ?? "")
        (job.status, job.title) = (indices.status.map { f[$0] } ?? "", indices.title.map { f[$0] } ?? "")
        return job
    }
}
