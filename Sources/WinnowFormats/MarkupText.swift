import Foundation
import WinnowText

/// HTML inside exports (a Disqus message, a WordPress comment) as the plain text a reader
/// sees: tags dropped (a link keeps its text), block ends and `<br>` as line breaks,
/// character references decoded, runs of blank lines folded.
public enum MarkupText {
    /// `text` as a reader sees it when it holds HTML (`isMarkup`), else as it is.
    public static func readable(_ text: String) -> String { isMarkup(text) ? plain(text) : text }

    public static func plain(_ html: String) -> String {
        guard html.utf8.contains(60) || html.utf8.contains(38) else { return html.trimmed }
        var html = html
        // Bytes, not characters: every comment of a Disqus or WordPress export, or of an API's
        // JSON, comes through here (a character walk was most of the time reading them took).
        let text = html.withUTF8 { String(decoding: withoutTags($0), as: UTF8.self) }
        let decoded = HTMLEntities.decode(text) ?? text
        return lines(decoded)
    }

    /// One line per block, as the splitter joins a comment's lines: each trimmed, blank ones
    /// dropped (bytes, with characters only where a line ends in a non-ASCII byte).
    static func lines(_ text: String) -> String {
        var out: [UInt8] = []
        for line in text.utf8.split(separator: 10) {
            let space: (UInt8) -> Bool = { $0 == 32 || ($0 >= 9 && $0 <= 13) }
            var part = line.drop(while: space)
            while let last = part.last, space(last) { part.removeLast() }
            if part.first.map({ $0 >= 0x80 }) ?? false || part.last.map({ $0 >= 0x80 }) ?? false {
                part = Substring(part).trimmingSpaces.utf8  // a no-break or other Unicode space
            }
            guard !part.isEmpty else { continue }
            if !out.isEmpty { out.append(10) }
            out.append(contentsOf: part)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The bytes outside tags, a line feed for each block tag; an unclosed `<` and what
    /// follows it kept as text.
    static func withoutTags(_ b: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = 0
        while i < b.count {
            guard b[i] == 60, let close = b[(i + 1)...].firstIndex(of: 62) else {
                out.append(b[i])
                i += 1
                continue
            }
            // The name, lower case, without the slash of an end tag or a self-closed one.
            var name = b[(i + 1)..<close].prefix { ![32, 9, 10, 13, 12].contains($0) }.map { $0 | 0x20 }
            if name.first == 47 { name.removeFirst() }
            if name.last == 47 { name.removeLast() }
            if let tag = String(validating: name, as: UTF8.self), blocks.contains(tag) { out.append(10) }
            i = close + 1
        }
        return out
    }

    /// Tags that break lines, opened, closed or self-closed.
    static let blocks: Set<String> = ["p", "br", "div", "li", "blockquote"]

    /// HTML as APIs render comments (`<p>`, `<br>`, links, `&amp;`): read as plain text.
    public static func isMarkup(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            // Safe: memchr reads within the buffer; its vectorised scan costs a tenth of a
            // loop's over the bytes of a comment without '<' or '&', as most are.
            guard let base = b.baseAddress else { return false }
            for (byte, names) in [(UInt8(60), tags), (UInt8(38), entities)] {
                var from = 0
                while from < b.count, let hit = memchr(base + from, Int32(byte), b.count - from) {
                    let i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    let rest = b[(i + 1)...].prefix(12).map { $0 | 0x20 }
                    if names.contains(where: { rest.starts(with: $0) }) { return true }
                    from = i + 1
                }
            }
            return false
        }
    }

    /// What follows `<` in a tag comments carry ("<a " only with its "</a>": "<<a quote>>"
    /// is text), and `&` in a character reference.
    static let tags = [
        "p>", "p ", "/p>", "br", "/a>", "div", "span", "i>", "b>", "em>", "strong>",
        "blockquote", "li>", "code>", "pre>"
    ].map { Array($0.utf8) }
    static let entities = ["amp;", "lt;", "gt;", "quot;", "#", "nbsp;", "apos;"].map { Array($0.utf8) }
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
