import WinnowText

/// An HTML page as a browser's "save as text" writes it, for the splitter: what is shown,
/// block by block (headings and paragraphs apart by a blank line, other blocks and `<br>`
/// on lines of their own, table cells side by side), scripts, styles and hidden elements
/// left out, runs of spaces folded, character references decoded. Bytes throughout: a
/// saved news page runs to megabytes of markup.
public enum HTMLPage {
    public static func text(_ html: String) -> String {
        var html = html
        let rendered = html.withUTF8 { bytes in
            var renderer = HTMLRenderer(bytes)
            return renderer.render()
        }
        let text = String(decoding: rendered, as: UTF8.self)
        // A no-break space is layout, not text: "–&nbsp;Name" is a dash and a name.
        return spaced(HTMLEntities.decode(text) ?? text)
    }

    /// `text` with each no-break space (C2 A0) a space, among its bytes: Foundation's
    /// `replacingOccurrences` cost a twentieth of splitting saved pages.
    static func spaced(_ text: String) -> String {
        var text = text
        guard
            let out = text.withUTF8({ bytes -> [UInt8]? in
                // Most pages have none: no copy at all.
                guard let first = (0..<bytes.count).first(where: { nbsp(bytes, at: $0) }) else { return nil }
                var out = Array(bytes[..<first])
                out.reserveCapacity(bytes.count)
                var i = first
                while i < bytes.count {
                    if nbsp(bytes, at: i) {
                        out.append(0x20)
                        i += 2
                    } else {
                        out.append(bytes[i])
                        i += 1
                    }
                }
                return out
            })
        else { return text }
        return String(decoding: out, as: UTF8.self)
    }

    // Safe: `i` is below `bytes.count` at every call, and `i + 1` is checked before it is read.
    private static func nbsp(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        bytes[i] == 0xC2 && i + 1 < bytes.count && bytes[i + 1] == 0xA0
    }

    /// Whether `text` is a whole HTML document (a doctype or an `<html>` at its start, or a
    /// `<head>` and a `<body>` near it), not a comment's bit of markup.
    public static func isDocument(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { all in
            // Safe: every index is checked against `b.count` before it is read.
            let b = UnsafeBufferPointer(rebasing: all.prefix(2048))
            var i = 0
            while i < b.count, [32, 10, 13, 9, 0xEF, 0xBB, 0xBF].contains(b[i]) { i += 1 }
            // Every comment of a JSON export comes through here: most open with a letter.
            guard i < b.count, b[i] == 60 else { return false }
            if opens(b, at: i, "<!doctype html") || opens(b, at: i, "<html") { return true }
            var hasHead = false
            var hasBody = false
            while i < b.count {
                if b[i] == 60 {
                    hasHead = hasHead || opens(b, at: i, "<head")
                    hasBody = hasBody || opens(b, at: i, "<body")
                    if hasHead && hasBody { return true }
                }
                i += 1
            }
            return false
        }
    }

    /// Whether `b` holds `tag` at `i`, letter case aside.
    private static func opens(_ b: UnsafeBufferPointer<UInt8>, at i: Int, _ tag: StaticString) -> Bool {
        tag.withUTF8Buffer { t in
            i + t.count <= b.count && (0..<t.count).allSatisfy { b[i + $0] | 0x20 == t[$0] | 0x20 }
        }
    }

    /// Elements whose content is never shown.
    static let unshown: Set<String> = [
        "script", "style", "noscript", "template", "svg", "head", "iframe", "object", "canvas", "select", "textarea",
        "math"
    ]
    /// Elements that start and end a paragraph: a blank line around them.
    static let paragraphs: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "dl", "figure", "hr",
        "address"
    ]
    /// Elements that sit on lines of their own.
    static let blocks: Set<String> = [
        "div", "section", "article", "header", "footer", "nav", "aside", "main", "li", "tr", "form", "figcaption",
        "dt", "dd", "details", "summary", "fieldset", "legend", "caption", "body", "html", "center", "menu",
        "tbody", "thead", "tfoot", "dialog", "hgroup", "search", "option"
    ]
    /// Elements without content or end tag.
    static let void: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"
    ]
}
