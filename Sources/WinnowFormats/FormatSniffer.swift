import Foundation

/// Tells an input's format from its first few kilobytes; the extension is only a hint for
/// what the content leaves open.
public enum FormatSniffer {
    /// The format of a file's first bytes: a binary format by its magic, else text's by its
    /// content (a character cut at their end left out); nil when they are neither.
    public static func sniff(head: [UInt8], path: String) -> InputFormat? {
        if let binary = ExportFile.binaryFormat(head) { return binary }
        var head = head
        for _ in 0..<3 where !head.isEmpty && String(validating: head, as: UTF8.self) == nil { head.removeLast() }
        return String(validating: head, as: UTF8.self).map { sniff($0, path: path) }
    }

    public static func sniff(_ text: String, path: String) -> InputFormat {
        let head = String(text.prefix(4096))
        let trimmed = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        let lower = trimmed.prefix(1024).lowercased()
        let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        if lower.hasPrefix("<") {
            if lower.contains("<disqus") { return .disqus }
            if lower.contains("<rss") && head.contains("wordpress.org/export") { return .wordpress }
            // A page; an export's own <body> element is not (an HTML page has a <head> too).
            if lower.contains("<!doctype html") || lower.contains("<html")
                || lower.contains("<body") && lower.contains("<head")
            {
                return .html
            }
            if ["html", "htm", "xhtml"].contains(ext) { return .html }
            if lower.hasPrefix("<?xml") {
                if head.contains("<disqus") { return .disqus }
                if head.contains("wordpress.org/export") { return .wordpress }
            }
            // Elements, closed: a feed or another export (a dump's "<< Back" is text).
            if lower.hasPrefix("<?xml") || (lower.dropFirst().first?.isLetter ?? false) && lower.contains("</") {
                return .xml
            }
        }
        if trimmed.hasPrefix("{") || trimmed.hasPrefix("["), JSONParser.startsJSON(Array(trimmed.utf8)[...]) {
            if head.contains("youtube#commentThread") { return .youtube }
            // A dump of one comment object a line; Reddit's own listings (a document) are JSON.
            if trimmed.hasPrefix("{"), head.contains("\"body\""),
                head.contains("\"link_id\"") || head.contains("\"subreddit\""),
                !head.contains("\"kind\":"), !head.contains("\"kind\" :")
            {
                return .reddit
            }
            return .jsonl
        }
        if ["csv", "tsv"].contains(ext) { return .csv }
        if isSQLDump(head) { return .sql }
        return .page
    }

    /// Statements a SQL dump opens with, after its comments.
    private static let dumpOpenings = [
        "create table", "insert into", "insert ", "replace into", "copy ", "set ", "drop table", "lock tables",
        "begin transaction", "start transaction", "begin;", "pragma ", "use ", "select pg_catalog", "create database",
        "create schema", "create sequence", "alter table", "create type"
    ]

    /// A SQL dump: its first statement (comments aside) is one dumps open with, a line
    /// ends a statement, and it holds a table's data or definition.
    static func isSQLDump(_ head: String) -> Bool {
        // Lines read one at a time up to the first statement: a page is turned away at its
        // first line, where splitting all 4 KB into lines first cost a twentieth of a split.
        var rest = Substring(head)
        var inComment = false
        var first: Substring?
        while let end = rest.isEmpty ? nil : rest.firstIndex(where: \.isNewline) ?? rest.endIndex {
            let line = rest[..<end]
            let t = line.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
            if inComment {
                inComment = !t.contains("*/")
            } else if t.hasPrefix("/*") {
                inComment = !t.contains("*/")
            } else if !(t.isEmpty || t.hasPrefix("--") || t.hasPrefix("#")) {
                first = line
                break
            }
            rest = end == rest.endIndex ? rest[end...] : rest[rest.index(after: end)...]
        }
        guard let first, dumpOpenings.contains(where: first.lowercased().hasPrefix) else { return false }
        let lower = head.lowercased()
        return rest.split(whereSeparator: \.isNewline).contains {
            $0.trimmingCharacters(in: .whitespaces).hasSuffix(";")
        }
            && ["insert into", "create table", "from stdin"].contains { lower.contains($0) }
    }
}
