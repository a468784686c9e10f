/// RFC 4180 CSV output, safe to open in a spreadsheet.
///
/// Text fields that a spreadsheet would run as a formula (starting with = + - @, tab or
/// carriage return) get a leading apostrophe (OWASP's advice) unless `raw` is set; a field
/// that is a plain number is left alone. Keys (ids, sources) are never guarded, so they
/// join back to the user's table; `unguard` undoes the guard exactly for whatever reads
/// Winnow's own files back (a field that already starts with an apostrophe before a
/// formula character gets one more, so the two are told apart).
public struct CSVWriter: Sendable {
    public var raw: Bool

    public init(raw: Bool = false) { self.raw = raw }

    public func row(_ fields: [String]) -> String {
        var bytes: [UInt8] = []
        append(fields, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A record whose fields at `keys` are written as they are (ids, sources).
    public func row(_ fields: [String], keys: Set<Int>) -> String {
        var bytes: [UInt8] = []
        for (i, f) in fields.enumerated() {
            if i > 0 { bytes.append(44) }
            append(field: f, to: &bytes, guarded: !keys.contains(i))
        }
        bytes.append(10)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The field as it was before `append` guarded it.
    public static func unguard(_ value: String) -> String {
        guard value.utf8.first == 39, needsGuard(String(value.dropFirst())) else { return value }
        return String(value.dropFirst())
    }

    /// Appends one record's bytes, line feed included, to `out` (the scoring path: no
    /// intermediate strings).
    public func append(_ fields: [String], to out: inout [UInt8]) {
        for (i, f) in fields.enumerated() {
            if i > 0 { out.append(44) }
            append(field: f, to: &out)
        }
        out.append(10)
    }

    public func field(_ value: String) -> String {
        var bytes: [UInt8] = []
        append(field: value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Quotes when the field holds a comma, quote or line break or has a space at either
    /// end; doubles quotes; prefixes an apostrophe to formula-like fields.
    func append(field value: String, to out: inout [UInt8], guarded: Bool = true) {
        var value = value
        let formula = guarded && !raw && CSVWriter.needsGuard(value)
        value.withUTF8 { bytes in
            // After an apostrophe prefix, a leading space no longer sits at the start.
            // A table load and an OR per byte, no branch: comment text is most of the output
            // (measured: fewer instructions than four compares, or than 8-byte SWAR tests).
            var seen: UInt8 = 0
            CSVWriter.special.withUnsafeBufferPointer { special in
                // Safe: the table has an entry for each of the 256 byte values.
                for b in bytes { seen |= special[Int(b)] }
            }
            let needs = seen != 0 || (!formula && bytes.first == 32) || bytes.last == 32
            if needs { out.append(34) }
            if formula { out.append(39) }
            if seen & 2 == 0 {
                out.append(contentsOf: bytes)
            } else {
                // The runs between quotes copied whole: a byte at a time was most of the
                // writer's cost on comments that quote someone.
                var start = 0
                for k in bytes.indices where bytes[k] == 34 {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...k]))
                    out.append(34)
                    start = k + 1
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
            }
            if needs { out.append(34) }
        }
    }

    /// 1 for a byte that makes a field need quotes (comma, line break), 3 for the quote,
    /// which must also be doubled.
    static let special: [UInt8] = (0..<256).map { b in
        switch b {
        case 34: 3
        case 44, 10, 13: 1
        default: 0
        }
    }

    /// A formula, or an apostrophe before what needs a guard (so `unguard` can tell them apart).
    static func needsGuard(_ v: String) -> Bool {
        isFormula(v) || (v.utf8.first == 39 && needsGuard(String(v.dropFirst())))
    }

    static func isFormula(_ v: String) -> Bool {
        guard let first = v.utf8.first else { return false }
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "@"), 9, 13: return true
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            // A plain number ("-5", "+3.25") stays a number.
            return v.utf8.count > 32 || Double(v) == nil
        default: return false
        }
    }
}
