/// A reader over the data of a BIFF8 record and the `CONTINUE` records after it, read as
/// one run of bytes: a string's characters that cross into the next record start there
/// with a flags byte of their own (1: two bytes a character), its other parts do not.
struct BIFFCursor {
    private let bytes: [UInt8]
    private let segments: [Range<Int>]
    private var segment = 0
    private var at: Int

    init(_ bytes: [UInt8], segments: [Range<Int>]) {
        (self.bytes, self.segments) = (bytes, segments)
        at = segments.first?.lowerBound ?? 0
    }

    /// Whether every byte was read.
    var atEnd: Bool {
        segments.indices.contains(segment) ? at >= segments[segment].upperBound && segment + 1 >= segments.count : true
    }

    /// The next byte, moving into the next record at the end of one; nil past the last.
    mutating func byte() -> UInt8? {
        guard nextSegmentIfAtEnd() else { return nil }
        defer { at += 1 }
        return bytes[at]
    }

    mutating func u16() -> Int? {
        guard let a = byte(), let b = byte() else { return nil }
        return Int(a) | Int(b) << 8
    }

    mutating func u32() -> Int? {
        guard let a = u16(), let b = u16() else { return nil }
        return a | b << 16
    }

    mutating func skip(_ count: Int) -> Bool {
        var left = count
        while left > 0 {
            guard nextSegmentIfAtEnd() else { return false }
            let step = min(left, segments[segment].upperBound - at)
            (at, left) = (at + step, left - step)
        }
        return true
    }

    /// `count` characters, one byte each (Latin-1) or two (UTF-16) as `wide` says, their
    /// width read anew where they cross into the next record.
    mutating func characters(_ count: Int, wide: Bool) -> String? {
        // Most strings lie within one record: decoded from its bytes at once.
        let end = at + (wide ? 2 * count : count)
        if count > 0, segments.indices.contains(segment), at < segments[segment].upperBound,
            end <= segments[segment].upperBound
        {
            defer { at = end }
            return Self.decode(bytes[at..<end], wide: wide)
        }
        var units: [UInt16] = []
        units.reserveCapacity(count)
        var wide = wide
        while units.count < count {
            if segments.indices.contains(segment), at >= segments[segment].upperBound {
                guard segment + 1 < segments.count else { return nil }
                segment += 1
                at = segments[segment].lowerBound
                guard let flags = byte() else { return nil }
                wide = flags & 1 == 1
            }
            guard let unit = wide ? u16() : byte().map(Int.init) else { return nil }
            units.append(UInt16(unit))
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Characters of one width: Latin-1 (ASCII as it is) or UTF-16 little-endian.
    static func decode(_ bytes: ArraySlice<UInt8>, wide: Bool) -> String {
        if !wide {
            if bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
            return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
        }
        let units = stride(from: bytes.startIndex, to: bytes.endIndex - 1, by: 2).map {
            UInt16(bytes[$0]) | UInt16(bytes[$0 + 1]) << 8
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// An `XLUnicodeRichExtendedString` (a shared string) or an `XLUnicodeString` (a label's,
    /// a formula's result; its flags name no runs): length, flags, characters, and the rich
    /// text's runs and phonetic data skipped.
    mutating func string() -> String? {
        guard let count = u16(), let flags = byte() else { return nil }
        let runs = flags & 8 != 0 ? u16() : 0, extended = flags & 4 != 0 ? u32() : 0
        guard let runs, let extended, let text = characters(count, wide: flags & 1 == 1) else { return nil }
        return skip(4 * runs) && skip(extended) ? text : nil
    }

    private mutating func nextSegmentIfAtEnd() -> Bool {
        while segments.indices.contains(segment), at >= segments[segment].upperBound {
            guard segment + 1 < segments.count else { return false }
            segment += 1
            at = segments[segment].lowerBound
        }
        return segments.indices.contains(segment)
    }
}
