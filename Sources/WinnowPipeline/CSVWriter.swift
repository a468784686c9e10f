/// RFC 4180 CSV output, safe to open in a spreadsheet.
///
/// Text fields that a spreadsheet would run as a formula (starting with = + - @, tab or
/// carriage return) get a leading apostrophe (OWASP's advice) unless `raw` is set; a field
/// that is a plain number is left alone.
public struct CSVWriter: Sendable {
    public var raw: Bool

    public init(raw: Bool = false) { self.raw = raw }

    public func row(_ fields: [String]) -> String {
        var line = ""
        for (i, f) in fields.enumerated() {
            if i > 0 { line += "," }
            line += field(f)
        }
        return line + "\n"
    }

    public func field(_ value: String) -> String {
        var v = value
        if !raw, CSVWriter.isFormula(v) { v = "'" + v }
        let (needsQuotes, quotes) = v.withUTF8 { bytes -> (Bool, Int) in
            var needs = bytes.first == 32 || bytes.last == 32, quotes = 0
            for b in bytes where b == 44 || b == 34 || b == 10 || b == 13 {
                needs = true
                if b == 34 { quotes += 1 }
            }
            return (needs, quotes)
        }
        guard needsQuotes else { return v }
        guard quotes > 0 else { return "\"" + v + "\"" }
        var bytes: [UInt8] = [34]
        bytes.reserveCapacity(v.utf8.count + quotes + 2)
        for b in v.utf8 {
            bytes.append(b)
            if b == 34 { bytes.append(34) }
        }
        bytes.append(34)
        return String(decoding: bytes, as: UTF8.self)
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
