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
        // Among bytes, copied as they are but for what JSON escapes: a scalar at a time,
        // appending cost a twentieth of `winnow split`.
        var text = text
        return text.withUTF8(quoted)
    }

    private static func quoted(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = [0x22]
        out.reserveCapacity(bytes.count + 2)
        // Safe: `i`, `i + 1` and `i + 2` are read only when below `bytes.count`.
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, 0x6E]
            case 0x0D: out += [0x5C, 0x72]
            case 0x09: out += [0x5C, 0x74]
            case ..<0x20: out += Array("\\u00\(b < 0x10 ? "0" : "")\(String(b, radix: 16))".utf8)
            // U+2028 and U+2029, which end a line in JavaScript.
            case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (0xA8...0xA9).contains(bytes[i + 2]):
                out += Array("\\u202\(bytes[i + 2] == 0xA8 ? "8" : "9")".utf8)
                i += 2
            default: out.append(b)
            }
            i += 1
        }
        out.append(0x22)
        return String(decoding: out, as: UTF8.self)
    }
}
