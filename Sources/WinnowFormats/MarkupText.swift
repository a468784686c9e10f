import WinnowText

/// HTML inside exports (a Disqus message, a WordPress comment) as the plain text a reader
/// sees: tags dropped (a link keeps its text), block ends and `<br>` as line breaks,
/// character references decoded, runs of blank lines folded.
public enum MarkupText {
    static let blocks: Set<String> = ["p", "/p", "br", "br/", "div", "/div", "li", "/li", "blockquote", "/blockquote"]

    public static func plain(_ html: String) -> String {
        guard html.contains("<") || html.contains("&") else { return html.trimmed }
        var out = ""
        out.reserveCapacity(html.utf8.count)
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: ">") else {
                rest = rest[open...]
                break
            }
            let tag = rest[rest.index(after: open)..<close].lowercased()
            let name = String(tag.prefix { !$0.isWhitespace })
            if blocks.contains(name)
                || blocks.contains(name.replacingOccurrences(of: "/", with: "")) && name.hasSuffix("/")
            {
                out += "\n"
            }
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        let decoded = HTMLEntities.decode(out) ?? out
        // One line per block, as the splitter joins a comment's lines; blank ones dropped.
        return decoded.split(separator: "\n").map(\.trimmingSpaces).filter { !$0.isEmpty }.joined(separator: "\n")
    }
}

extension StringProtocol {
    var trimmingSpaces: Substring {
        let s = self[...]
        guard let first = s.firstIndex(where: { !$0.isWhitespace }),
            let last = s.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return Substring(s[first...last])
    }
}

extension String {
    var trimmed: String { String(trimmingSpaces) }
}
