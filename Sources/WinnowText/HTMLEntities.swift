#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Decodes the HTML character references scrapers leave in text (`&quot;`, `&amp;`, `&#39;`).
///
/// Some sources carry them and others do not; left in, "quot" would become a token that
/// tells sources apart instead of meaning anything.
package enum HTMLEntities {
    /// `text` with references decoded, or nil when it has none (the common case, no copy).
    package static func decode(_ text: String) -> String? {
        var text = text
        // memchr: vectorised, where a byte loop cost several instructions a byte.
        guard text.withUTF8({ b in b.baseAddress.map { memchr($0, 38, b.count) != nil } ?? false }) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        let bytes = Array(text.utf8)
        var i = 0, changed = false
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "&"), let (scalar, length) = reference(bytes, i) {
                UTF16Buffer.appendScalar(scalar, to: &out, lowercase: false)
                i += length
                changed = true
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return changed ? String(decoding: out, as: UTF8.self) : nil
    }

    /// The scalar and byte length of the reference starting at `start`, if it is one.
    static func reference(_ b: [UInt8], _ start: Int) -> (UInt32, Int)? {
        var end = start + 1
        while end < b.count, end - start <= 10, b[end] != UInt8(ascii: ";") {
            let c = b[end]
            guard (c >= 48 && c <= 57) || (c | 0x20 >= 97 && c | 0x20 <= 122) || c == 35 else { return nil }
            end += 1
        }
        guard end < b.count, b[end] == UInt8(ascii: ";"), end > start + 1 else { return nil }
        let name = String(decoding: b[(start + 1)..<end], as: UTF8.self)
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value =
                digits.first == "x" || digits.first == "X"
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value, value > 0, value < 0x110000, !(0xD800..<0xE000).contains(value) else { return nil }
            return (value, end - start + 1)
        }
        guard let scalar = named[name] else { return nil }
        return (scalar, end - start + 1)
    }
}
