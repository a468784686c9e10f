/// Times as exports write them in ISO 8601 (relaxed extended JSON, Parquet's timestamps),
/// from a count since 1970, without Foundation's formatters.
enum ISOTime {
    /// "2024-06-03T08:00:00.250Z" (or "...:00Z" on the second) for milliseconds since
    /// 1970, for the years 1970 to 9999; the milliseconds themselves for any other.
    static func string(milliseconds ms: Int64) -> String {
        guard ms >= 0, ms < 253_402_300_800_000 else { return String(ms) }
        let rest = ms % 86_400_000
        let fraction = rest % 1000 == 0 ? "" : "." + pad(rest % 1000, 3)
        return date(days: ms / 86_400_000) + "T\(pad(rest / 3_600_000, 2)):"
            + "\(pad(rest / 60000 % 60, 2)):\(pad(rest / 1000 % 60, 2))\(fraction)Z"
    }

    /// "2024-06-03" for days since 1970 (Howard Hinnant's days-to-civil; 0 to 9999 CE).
    static func date(days: Int64) -> String {
        guard days >= -719_468, days < 2_932_897 else { return String(days) }
        let z = days + 719_468, era = z / 146_097, doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1, month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    private static func pad(_ v: Int64, _ width: Int) -> String {
        let s = String(v)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}
