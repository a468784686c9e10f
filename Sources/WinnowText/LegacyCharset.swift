@_implementationOnly import CICU

/// Text in the charsets sites used before UTF-8 and some still do (a Japanese paper's
/// Shift_JIS, a Korean board's EUC-KR, a Chinese portal's GB18030, a Russian site's
/// windows-1251; Excel's CSV in Japan), read through ICU's converters; and the charset
/// ICU's detector finds in bytes that declare none.
public enum LegacyCharset {
    /// The charsets detection may choose: multi-byte East Asian ones and single-byte
    /// Cyrillic, Greek, Hebrew, Arabic and Turkish ones, whose bytes Windows-1252 would
    /// turn into nonsense. (Western European text is left to Windows-1252.)
    static let detectable: Set<String> = [
        "Shift_JIS", "EUC-JP", "ISO-2022-JP", "GB18030", "Big5", "EUC-KR", "ISO-2022-KR", "ISO-2022-CN",
        "windows-1251", "KOI8-R", "ISO-8859-5", "windows-1253", "ISO-8859-7", "windows-1255", "ISO-8859-8",
        "windows-1256", "ISO-8859-6", "windows-1254", "ISO-8859-9"
    ]

    /// `bytes` read as `charset` (any name ICU knows: "shift_jis", "euc-kr", "cp1251"), or
    /// nil when ICU does not know it.
    public static func decode(_ bytes: [UInt8], charset: String) -> String? {
        guard !bytes.isEmpty else { return "" }
        var err: Int32 = 0
        let needed = bytes.withUnsafeBufferPointer { src in
            src.withMemoryRebound(to: CChar.self) {
                wn_charset_to_utf16(charset, $0.baseAddress, Int32($0.count), nil, 0, &err)
            }
        }
        guard needed > 0 else { return nil }
        err = 0
        var units = [UInt16](repeating: 0, count: Int(needed))
        let written = bytes.withUnsafeBufferPointer { src in
            src.withMemoryRebound(to: CChar.self) { s in
                units.withUnsafeMutableBufferPointer { d in
                    wn_charset_to_utf16(charset, s.baseAddress, Int32(s.count), d.baseAddress, needed, &err)
                }
            }
        }
        guard wn_failure(err) == 0 else { return nil }
        return String(decoding: units.prefix(Int(written)), as: UTF16.self)
    }

    /// The charset ICU's detector finds for `bytes` when it is one of `detectable` and the
    /// detector gives it 35 of 100 or more (a few sentences of Russian in windows-1251: 49);
    /// nil otherwise.
    public static func detect(_ bytes: [UInt8]) -> String? {
        var err: Int32 = 0, confidence: Int32 = 0
        var name = [CChar](repeating: 0, count: 64)
        let sample = Array(bytes.prefix(1 << 16))
        sample.withUnsafeBufferPointer { src in
            src.withMemoryRebound(to: CChar.self) { s in
                name.withUnsafeMutableBufferPointer { n in
                    wn_detect_charset(s.baseAddress, Int32(s.count), n.baseAddress, 64, &confidence, &err)
                }
            }
        }
        let found = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard wn_failure(err) == 0, confidence >= 35, detectable.contains(found) else { return nil }
        return found
    }
}
