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
        return (HTMLEntities.decode(text) ?? text).replacingOccurrences(of: "\u{A0}", with: " ")
    }

    /// Whether `text` is a whole HTML document (a doctype, an `<html>` or a `<body>` near
    /// its start), not a comment's bit of markup.
    public static func isDocument(_ text: String) -> Bool {
        let head = text.utf8.prefix(2048)
        let start = head.drop { $0 == 32 || $0 == 10 || $0 == 13 || $0 == 9 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }
        func opens(_ tag: String) -> Bool {
            let t = Array(tag.utf8)
            return start.count >= t.count && zip(start, t).allSatisfy { $0 | 0x20 == $1 | 0x20 }
        }
        if opens("<!doctype html") || opens("<html") { return true }
        let lower = String(decoding: head, as: UTF8.self).lowercased()
        return lower.contains("<body") && lower.contains("<head")
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
