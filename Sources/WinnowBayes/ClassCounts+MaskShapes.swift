extension ClassCounts {
    /// Per row, whether the feature is a word's mask counted in training ("s****d": a
    /// lowercase letter, stars, a lowercase letter), for the heads that leave them whole.
    func maskShapeRows() -> [Bool] {
        names.map { name in
            var name = name
            // Over the contiguous bytes: most names fail at their second byte.
            return name.withUTF8 { b in
                guard b.count >= 4, b[1] == UInt8(ascii: "*"), isLowercase(b[0]), isLowercase(b[b.count - 1]) else {
                    return false
                }
                return b[1..<(b.count - 1)].allSatisfy { $0 == UInt8(ascii: "*") }
            }
        }
    }

    private func isLowercase(_ b: UInt8) -> Bool { b >= 97 && b <= 122 }
}
