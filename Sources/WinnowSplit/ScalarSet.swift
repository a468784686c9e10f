/// A few Unicode scalars to trim from words: the ASCII ones as bits, the others kept as
/// the string they came in, so a lookup of an ASCII scalar (nearly every letter of every
/// word) is one test rather than a walk of the set's bytes.
struct ScalarSet: ExpressibleByStringLiteral, Sendable {
    private var low: UInt64 = 0, high: UInt64 = 0
    /// The set's non-ASCII scalars, looked through only for a non-ASCII scalar.
    private let others: String

    init(_ members: String) {
        var others = ""
        for scalar in members.unicodeScalars {
            switch scalar.value {
            case 0..<64: low |= 1 << UInt64(scalar.value)
            case 64..<128: high |= 1 << UInt64(scalar.value - 64)
            default: others.unicodeScalars.append(scalar)
            }
        }
        self.others = others
    }

    init(stringLiteral value: String) { self.init(value) }

    func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<64: low >> UInt64(scalar.value) & 1 != 0
        case 64..<128: high >> UInt64(scalar.value - 64) & 1 != 0
        default: others.unicodeScalars.contains(scalar)
        }
    }
}
