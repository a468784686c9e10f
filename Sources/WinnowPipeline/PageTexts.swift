import WinnowFormats

/// The page texts `winnow split` reads from a path: a page dump or saved page, or each
/// page packed in a zip archive (saved pages mailed together), named "ARCHIVE/ENTRY".
public enum PageTexts {
    /// `(source, text)` of each page at `path`; an entry of an archive that cannot be read
    /// is named and skipped, the others read.
    /// The pages of `path`; "-" is standard input, its page named `stdinName`.
    public static func read(_ path: String, stdinName: String = "<stdin>", diagnostics: Diagnostics) throws -> [(
        source: String, text: String
    )] {
        guard let zip = try CSVTable.zip(path) else {
            let file = try InputText.read(path, stdinName: stdinName, diagnostics: diagnostics)
            if let scraped = scrapedPages(file) { return scraped }
            return [(file.path, try text(file))]
        }
        let entries = zip.entries(InputFiles.pages)
        guard !entries.isEmpty else {
            throw PipelineError.unreadable(
                path: path, reason: "a zip archive of no page (\(InputFiles.pages.sorted().joined(separator: ", ")))")
        }
        var pages: [(source: String, text: String)] = []
        for name in entries {
            let source = path + "/" + name
            do {
                guard let bytes = try zip.entry(name) else { continue }
                let file = try InputText.check(ExportFile(path: source, bytes: bytes), diagnostics: diagnostics)
                pages += try scrapedPages(file) ?? [(source, try text(file))]
            } catch {
                diagnostics.skip(error)
            }
        }
        return pages
    }

    /// A scraper's whole pages (`{"url", "html"}` in JSON, a database's or a Parquet file's
    /// table of them) or a web archive's: each page under its address (nil for any other
    /// file, and for records of comments).
    private static func scrapedPages(_ file: ExportFile) -> [(source: String, text: String)]? {
        guard file.format == .jsonl || file.binary != nil, let records = try? file.comments() else { return nil }
        let pages = records.filter(\.page)
        guard !pages.isEmpty else { return nil }
        return pages.map { ($0.id.isEmpty ? file.path : $0.id, $0.text) }
    }

    private static func text(_ file: ExportFile) throws -> String {
        guard let text = file.pageText else {
            throw PipelineError.badOption(
                "\(file.path): a \(file.format.rawValue) file, not a page dump; score it with winnow score")
        }
        return text
    }
}
