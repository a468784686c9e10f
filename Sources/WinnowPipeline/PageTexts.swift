import WinnowFormats

/// The page texts `winnow split` reads from a path: a page dump or saved page, or each
/// page packed in a zip archive (saved pages mailed together), named "ARCHIVE/ENTRY".
public enum PageTexts {
    /// `(source, text)` of each page at `path`; an entry of an archive that cannot be read
    /// is named and skipped, the others read.
    public static func read(_ path: String, diagnostics: Diagnostics) throws -> [(source: String, text: String)] {
        guard let zip = try CSVTable.zip(path) else {
            return [(path, try text(try InputText.read(path, diagnostics: diagnostics)))]
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
                pages.append((source, try text(file)))
            } catch {
                diagnostics.skip(error)
            }
        }
        return pages
    }

    private static func text(_ file: ExportFile) throws -> String {
        guard let text = file.pageText else {
            throw PipelineError.badOption(
                "\(file.path): a \(file.format.rawValue) file, not a page dump; score it with winnow score")
        }
        return text
    }
}
