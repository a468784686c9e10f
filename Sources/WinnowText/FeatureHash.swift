/// Stable 64-bit feature hashes (FNV-1a), the same on every run and machine.
///
/// Swift's `Hasher` is seeded per process, so it cannot key a model file.
public enum FeatureHash {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    package static func bytes(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var h = offset
        for i in range { h = (h ^ UInt64(buffer[i])) &* prime }
        return finalize(h)
    }

    /// The hash of a word's bytes, as `bytes(_:_:)` gives it from a buffer.
    package static func bytes(_ word: ArraySlice<UInt8>) -> UInt64 {
        var h = offset
        for b in word { h = (h ^ UInt64(b)) &* prime }
        return finalize(h)
    }

    public static func string(_ s: String) -> UInt64 {
        var h = offset
        for b in s.utf8 { h = (h ^ UInt64(b)) &* prime }
        return finalize(h)
    }

    /// Hash of the bigram (a, b): order matters and never equals a unigram's hash in practice.
    package static func pair(_ a: UInt64, _ b: UInt64) -> UInt64 {
        finalize(a &* 0x9e37_79b9_7f4a_7c15 ^ (b << 1 | b >> 63) ^ 0x5bd1_e995)
    }

    /// Hash of a character n-gram feature, kept apart from word features by a salt.
    package static func charGram(_ h: UInt64) -> UInt64 { finalize(h ^ 0x243f_6a88_85a3_08d3) }

    // splitmix64 finalizer: spreads FNV's weak low bits.
    package static func finalize(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
