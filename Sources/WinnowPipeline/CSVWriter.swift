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
        let needsQuotes = v.utf8.contains { $0 == 44 || $0 == 34 || $0 == 10 || $0 == 13 }
            || v.first == " " || v.last == " "
        guard needsQuotes else { return v }
        return "\"" + v.replacing("\"", with: "\"\"") + "\""
    }

    static func isFormula(_ v: String) -> Bool {
        guard let first = v.utf8.first else { return false }
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "@"), 9, 13: return true
        case UInt8(ascii: "+"), UInt8(ascii: "-"): return Double(v) == nil
        default: return false
        }
    }
}
