/// The top-level string and number fields of one JSON object, read straight from its
/// bytes: a Reddit dump line holds a dozen fields and the reader wants five, and
/// Foundation's JSON reader built every value of every line as objects (half the time of
/// scoring a dump). Nested values are skipped; nil for anything that is not an object.
enum FlatJSON {
    static func fields(_ bytes: ArraySlice<UInt8>) -> [String: String]? {
        var i = bytes.startIndex
        let end = bytes.endIndex
        func skipSpace() { while i < end, [32, 9, 10, 13].contains(bytes[i]) { i += 1 } }
        skipSpace()
        guard i < end, bytes[i] == UInt8(ascii: "{") else { return nil }
        i += 1
        var out: [String: String] = [:]
        skipSpace()
        if i < end, bytes[i] == UInt8(ascii: "}") { return out }
        while i < end {
            skipSpace()
            guard let key = string(bytes, &i) else { return nil }
            skipSpace()
            guard i < end, bytes[i] == UInt8(ascii: ":") else { return nil }
            i += 1
            skipSpace()
            guard i < end else { return nil }
            switch bytes[i] {
            case UInt8(ascii: "\""):
                guard let value = string(bytes, &i) else { return nil }
                out[key] = value
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                guard skipNested(bytes, &i) else { return nil }
            default:
                let start = i
                while i < end, ![44, 125, 32, 9, 10, 13].contains(bytes[i]) { i += 1 }
                let literal = String(decoding: bytes[start..<i], as: UTF8.self)
                if literal != "null", literal != "true", literal != "false" {
                    guard Double(literal) != nil else { return nil }
                    out[key] = literal
                }
            }
            skipSpace()
            guard i < end else { return nil }
            if bytes[i] == UInt8(ascii: "}") { return out }
            guard bytes[i] == UInt8(ascii: ",") else { return nil }
            i += 1
        }
        return nil
    }

    /// A JSON string at `i` (its opening quote), escapes decoded; `i` moves past it.
    static func string(_ b: ArraySlice<UInt8>, _ i: inout Int) -> String? {
        guard i < b.endIndex, b[i] == 34 else { return nil }
        i += 1
        let start = i
        while i < b.endIndex, b[i] != 34, b[i] != 92 { i += 1 }  // the common case: no escapes
        guard i < b.endIndex else { return nil }
        if b[i] == 34 {
            defer { i += 1 }
            return String(decoding: b[start..<i], as: UTF8.self)
        }
        var out = Array(b[start..<i])
        // The bytes again with each \u0080-\u00FF escape as the one byte it names: where
        // that is UTF-8, the writer escaped UTF-8's bytes as characters (Facebook's "Download
        // your information": "caf\u00c3\u00a9" for "café"), and that is the text.
        var bytewise: [UInt8]? = nil
        while i < b.endIndex {
            let c = b[i]
            if c == 34 {
                i += 1
                if let bytewise, let text = String(validating: bytewise, as: UTF8.self) { return text }
                return String(decoding: out, as: UTF8.self)
            }
            guard c == 92 else {
                out.append(c)
                bytewise?.append(c)
                i += 1
                continue
            }
            let before = out.count
            guard i + 1 < b.endIndex else { return nil }
            let e = b[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "n"): out.append(10)
            case UInt8(ascii: "t"): out.append(9)
            case UInt8(ascii: "r"): out.append(13)
            case UInt8(ascii: "b"): out.append(8)
            case UInt8(ascii: "f"): out.append(12)
            case UInt8(ascii: "u"):
                guard var scalar = hex4(b, i) else { return nil }
                i += 4
                // A surrogate pair: the low half follows as another \u escape.
                if (0xD800..<0xDC00).contains(scalar), i + 5 < b.endIndex, b[i] == 92, b[i + 1] == UInt8(ascii: "u"),
                    let low = hex4(b, i + 2), (0xDC00..<0xE000).contains(low)
                {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
                }
                out += Array(String(Unicode.Scalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8)
                if (0x80...0xFF).contains(scalar) {
                    if bytewise == nil { bytewise = Array(out[..<before]) }
                    bytewise?.append(UInt8(scalar))
                    continue
                }
            default: out.append(e)  // \" \\ \/
            }
            bytewise? += out[before...]
        }
        return nil
    }

    static func hex4(_ b: ArraySlice<UInt8>, _ i: Int) -> UInt32? {
        guard i + 4 <= b.endIndex else { return nil }
        return UInt32(String(decoding: b[i..<(i + 4)], as: UTF8.self), radix: 16)
    }

    /// Skips an object or array at `i`, strings inside it included.
    static func skipNested(_ b: ArraySlice<UInt8>, _ i: inout Int) -> Bool {
        var depth = 0
        while i < b.endIndex {
            switch b[i] {
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 {
                    i += 1
                    return true
                }
            case 34:
                guard string(b, &i) != nil else { return false }
                continue
            default: break
            }
            i += 1
        }
        return false
    }
}
