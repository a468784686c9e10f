import Testing
import WinnowText

@Suite struct FeatureHashTests {
    /// Model files key features by these hashes: a change here breaks every shipped model.
    /// Values computed independently (FNV-1a 64 then the splitmix64 finalizer, in Python).
    @Test(arguments: [("winnow", 0xad96_2310_b26b_d2e5 as UInt64), ("idiot", 0x9dc3_a066_17b5_fd57)])
    func hashesMatchGoldenValues(_ text: String, _ expected: UInt64) {
        #expect(FeatureHash.string(text) == expected)
    }

    @Test func differentTokensHashApart() {
        #expect(FeatureHash.string("idiot") != FeatureHash.string("idiots"))
    }
}
