/// Byte classes for the ASCII tokenizer: one table load per byte instead of range tests.
package enum ByteClass: UInt8 {
    case other = 0
    case space, upper, lower, digit, apostrophe, star, leet, dot, comma
    /// `#` and `%`: a mask inside a short word ("s#it", "f%ck"), elsewhere a separator
    /// (hashtags, "50%", "page#section").
    case innerMask

    package static let table: [ByteClass] = (0..<256).map { b -> ByteClass in
        switch UInt8(b) {
        case 9, 10, 11, 12, 13, 32: .space
        case 65...90: .upper
        case 97...122: .lower
        case 48...57: .digit
        case 39, 96: .apostrophe  // ' and `
        case 42: .star
        case 64, 36, 33: .leet  // @ $ !
        case 46: .dot
        case 44: .comma
        case 35, 37: .innerMask  // # %
        default: .other
        }
    }

    @inline(__always) package var isLetter: Bool { self == .upper || self == .lower }
    @inline(__always) package var isAlnum: Bool { self == .upper || self == .lower || self == .digit }
}
