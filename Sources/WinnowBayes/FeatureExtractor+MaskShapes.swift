import WinnowText

extension FeatureExtractor {
    /// Adds to `out`, the sorted distinct features of `tokens`, the mask of each word of
    /// four letters or more ("stupid" as "s****d": first and last letters, a star for each
    /// letter between), keeping it sorted and distinct. Training counts them beside the
    /// comment's features, so a mask the normalizer cannot read carries the evidence of the
    /// words of its shape as each class of training comments uses them: the naive Bayes
    /// marginal over the words it may hide. Scoring never makes them from plain words.
    package func addMaskShapes(of tokens: TokenList, to out: inout [UInt64]) {
        var shape: [UInt8] = []
        let before = out.count
        for i in 0..<tokens.count {
            if let h = FeatureExtractor.maskShapeHash(tokens, i, &shape) { out.append(h) }
        }
        guard out.count > before else { return }
        out.sort()
        dedupe(&out)
    }

    /// The hash of token `i`'s mask, when it is a word of four lowercase letters or more.
    static func maskShapeHash(_ tokens: TokenList, _ i: Int, _ shape: inout [UInt8]) -> UInt64? {
        let r = tokens.range(at: i)
        guard r.count >= 4, tokens.bytes[r].allSatisfy(isLowercase) else { return nil }
        shape.removeAll(keepingCapacity: true)
        shape.append(tokens.bytes[r.lowerBound])
        shape.append(contentsOf: repeatElement(UInt8(ascii: "*"), count: r.count - 2))
        shape.append(tokens.bytes[r.upperBound - 1])
        return FeatureHash.bytes(shape[...])
    }

    /// Whether `name` is such a mask: a lowercase letter, stars, a lowercase letter, four
    /// bytes or more. Most names fail at their second byte.
    static func isMaskShape(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        guard name.count >= 4, name[1] == UInt8(ascii: "*"), isLowercase(name[0]), isLowercase(name[name.count - 1])
        else { return false }
        return name[1..<(name.count - 1)].allSatisfy { $0 == UInt8(ascii: "*") }
    }

    private static func isLowercase(_ b: UInt8) -> Bool { b >= 97 && b <= 122 }

    /// The mask among `tokens` whose hash is `hash` ("s****d"), for naming counted features.
    package static func maskShapeName(of hash: UInt64, in tokens: TokenList) -> String? {
        var shape: [UInt8] = []
        for i in 0..<tokens.count where maskShapeHash(tokens, i, &shape) == hash {
            return String(decoding: shape, as: UTF8.self)
        }
        return nil
    }
}
