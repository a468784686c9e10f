/// Tells an input's format from its first few kilobytes; the extension is only a hint for
/// what the content leaves open.
public enum FormatSniffer {
    /// The format of a file's first bytes (a character cut at their end left out), or nil
    /// when they are not UTF-8.
    public static func sniff(head: [UInt8], path: String) -> InputFormat? {
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
                head.contains("\"link_id\"") || head.contains("\"parent_id\""),
                !head.contains("\"kind\":"), !head.contains("\"kind\" :")
            {
                return .reddit
            }
            return .jsonl
        }
        if ["csv", "tsv"].contains(ext) { return .csv }
        return .page
    }
}
