import WinnowText

/// Bytes to text as exports and pages come: UTF-8 with or without a byte-order mark, UTF-16
/// with one, a legacy charset a page declares (its HTTP header's or its `<meta charset>`)
/// or ICU's detector finds (Shift_JIS, EUC-KR, GB18030, windows-1251, ...: `LegacyCharset`),
/// and otherwise Windows-1252 (what spreadsheets on Windows save); a caller says once per
/// file what was not UTF-8.
public enum TextDecoding {
    public struct Encoding: RawRepresentable, Equatable, Sendable {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }

        public static let utf8 = Encoding(rawValue: "UTF-8")
        public static let utf16 = Encoding(rawValue: "UTF-16")
        public static let windows1252 = Encoding(rawValue: "Windows-1252")
    }

    /// Charsets that mean UTF-8 or Windows-1252 (which browsers read Latin-1 as).
    private static let plain: Set<String> = [
        "utf-8", "utf8", "us-ascii", "ascii", "iso-8859-1", "latin1", "latin-1", "windows-1252", "cp1252"
    ]

    /// `declared`: the charset a transport named (an HTTP response's header).
    public static func decode(_ bytes: [UInt8], declared: String? = nil) -> (text: String, encoding: Encoding) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]), let text = String(validating: bytes.dropFirst(3), as: UTF8.self) {
            return (text, .utf8)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return (utf16(bytes.dropFirst(2), littleEndian: bytes[0] == 0xFF), .utf16)
        }
        if let text = String(validating: bytes, as: UTF8.self) { return (text, .utf8) }
        if let charset = (declared ?? markupCharset(bytes))?.lowercased(), !plain.contains(charset),
            let text = LegacyCharset.decode(bytes, charset: charset)
        {
            return (text, Encoding(rawValue: charset))
        }
        if let charset = LegacyCharset.detect(bytes), let text = LegacyCharset.decode(bytes, charset: charset) {
            return (text, Encoding(rawValue: charset))
        }
        return (String(String.UnicodeScalarView(bytes.map(windows1252))), .windows1252)
    }

    /// The charset an HTML page's `<meta>` or an XML declaration names in its first 4 KiB.
    static func markupCharset(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
        guard head.contains("<meta") || head.hasPrefix("<?xml") else { return nil }
        for key in ["charset=", "encoding="] {
            guard let range = head.range(of: key) else { continue }
            let value = head[range.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
            let name = value.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
            if !name.isEmpty { return String(name) }
        }
        return nil
    }

    static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Windows-1252: Latin-1 but for 0x80-0x9F, which hold quotes, dashes and the euro.
    static func windows1252(_ b: UInt8) -> Unicode.Scalar {
        guard b >= 0x80, b <= 0x9F else { return Unicode.Scalar(b) }
        let table: [UInt32] = [
            0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152,
            0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
            0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178
        ]
        return Unicode.Scalar(table[Int(b - 0x80)]) ?? "\u{FFFD}"
    }
}
