/// Folds leetspeak ("1d10t", "sh!t", "a$$") and stretched letters ("idiooooot") in place.
///
/// The rules refuse to touch tokens that are ordinary numbers with units or names with
/// numbers ("45s", "10am", "3d", "mp3", "covid19", "b2b"): a false alarm costs more than a
/// missed variant, because the other signals in a comment usually carry it.
package enum LeetFolder {
    /// Letter a digit or symbol stands for, or 0 when it stands for none.
    package static let map: [UInt8] = (0..<256).map { b -> UInt8 in
        switch UInt8(b) {
        case UInt8(ascii: "0"): UInt8(ascii: "o")
        case UInt8(ascii: "1"), UInt8(ascii: "!"): UInt8(ascii: "i")
        case UInt8(ascii: "3"): UInt8(ascii: "e")
        case UInt8(ascii: "4"), UInt8(ascii: "@"): UInt8(ascii: "a")
        case UInt8(ascii: "5"), UInt8(ascii: "$"): UInt8(ascii: "s")
        case UInt8(ascii: "7"): UInt8(ascii: "t")
        case UInt8(ascii: "8"): UInt8(ascii: "b")
        case UInt8(ascii: "9"): UInt8(ascii: "g")
        default: 0
        }
    }

    /// Whether a piece of `letters` letters and `symbols` leet symbols is leetspeak, given
    /// how many digits lead it (`digitsPrefix`) and whether letters follow digits or end
    /// it after them (`lettersAfterDigits`, `lettersThenDigits`): "mp3" and "10am" are not.
    package static func isLeet(
        letters: Int, digitsPrefix: Int, lettersAfterDigits: Bool,
        lettersThenDigits: Bool, symbols: Int
    ) -> Bool {
        guard letters >= 2 else { return false }
        if symbols == 0 {
            if lettersThenDigits { return false }  // mp3, covid19, win10
            if lettersAfterDigits && (letters <= 3 || digitsPrefix >= 2) { return false }  // 45s, 10am, 1990s
        }
        return true
    }

    /// Folds `bytes[range]` in place; returns the new end after collapsing stretches.
    package static func fold(_ bytes: inout [UInt8], _ range: Range<Int>, leet: Bool) -> Int {
        bytes.withUnsafeMutableBufferPointer { buf in
            // Safe: `range` lies within the token just appended to `bytes`.
            var write = range.lowerBound
            var run = 0
            var last: UInt8 = 0
            for read in range {
                var c = buf[read]
                if leet, map[Int(c)] != 0 { c = map[Int(c)] }
                if c == last, c >= 97, c <= 122 {
                    run += 1
                } else {
                    run = 1
                    last = c
                }
                // Keep at most two of a repeated letter; a third or later one is stretch.
                if run <= 2 {
                    buf[write] = c
                    write += 1
                } else if run == 3 {
                    write -= 1  // "ooo" -> "o": drop the second copy too
                }
            }
            return write
        }
    }
}
