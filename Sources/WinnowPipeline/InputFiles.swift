import Foundation
import WinnowFormats

/// Expands command-line paths into the files to read, in a stable order.
///
/// A file path is taken as given. A directory contributes its `*.txt` files (page dumps)
/// and saved HTML pages (and for `winnow score` the parts of a Parquet table), or `*.csv`
/// files in CSV modes, recursively and sorted; hidden files are ignored.
public enum InputFiles {
    /// The extensions of pages in a directory: dumps, saved pages, web archives of them.
    public static let pages: Set<String> = ["txt", "html", "htm", "warc"]

    /// The extensions `winnow score` also reads from a directory: a table split into parts
    /// (Spark's, Hive's or a warehouse's export: `part-00000-....parquet`).
    public static let scored: Set<String> = pages.union(["parquet"])

    /// The files named as tables (`.csv`, `.tsv`, gzipped or not, `.xlsx`, `.xls` and `.ods` workbooks, and `.zip` archives of tables and exports), apart from the rest: a
    /// table given where pages are expected is read as `--comments` would read it.
    public static func partitionTables(_ files: [String]) -> (pages: [String], tables: [String]) {
        var pages: [String] = [], tables: [String] = []
        for file in files {
            if file != "-" && ["csv", "tsv", "xlsx", "xls", "ods", "zip"].contains(plainExtension(file)) {
                tables.append(file)
            } else {
                pages.append(file)
            }
        }
        return (pages, tables)
    }

    public static func expand(_ paths: [String], extensions: Set<String>, diagnostics: Diagnostics) -> [String] {
        var files: [String] = []
        let fm = FileManager.default
        for path in paths {
            if path == "-" {  // standard input, read by the source
                files.append(path)
                continue
            }
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                diagnostics.skip(PipelineError.missingPath(path))
                continue
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            guard let walker = fm.enumerator(atPath: path) else {
                diagnostics.skip(PipelineError.unreadable(path: path, reason: "cannot list directory"))
                continue
            }
            var found: [String] = []
            for case let relative as String in walker {
                let name = (relative as NSString).lastPathComponent
                guard !name.hasPrefix("."), extensions.contains(InputFiles.plainExtension(name)) else { continue }
                found.append((path as NSString).appendingPathComponent(relative))
            }
            files.append(contentsOf: found.sorted())
        }
        return files
    }

    /// A file name's extension, lower-cased, a `.gz` or `.zst` after it aside ("site.warc.gz": warc).
    static func plainExtension(_ name: String) -> String {
        (ExportFile.plainName(name.lowercased(), true) as NSString).pathExtension
    }
}
