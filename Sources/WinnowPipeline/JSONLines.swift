import WinnowSplit

/// The split output: one JSON object per page, keys in a fixed order.
public enum JSONLines {
    public static func encode(_ page: Page) -> String {
        var s = "{\"source\":" + quote(page.source)
        s += ",\"title\":" + (page.title.map(quote) ?? "null")
        s += ",\"article\":" + quote(page.article)
        s += ",\"comments\":["
        for (i, c) in page.comments.enumerated() {
            if i > 0 { s += "," }
            s += "{\"author\":" + quote(c.author) + ",\"text\":" + quote(c.text)
            if let parent = c.parent { s += ",\"parent\":" + quote(parent) }
            if c.depth > 0 { s += ",\"depth\":\(c.depth)" }
            s += "}"
        }
        return s + "]}\n"
    }

    /// A JSON string literal (RFC 8259): quotes, backslashes and control characters escaped.
    public static func quote(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
