import Testing
import WinnowBayes

@Suite struct ModelFileTests {
    func encoded() throws -> [UInt8] {
        ModelFile.encode(try TinyCorpus.trainer(options: TinyCorpus.options).finish())
    }

    @Test func foreignFileIsNotAModel() {
        #expect(throws: BayesError.notAModel(path: "x.csv")) {
            try ModelFile.decode(Array("id,text,label\n1,hi,ok\n".utf8), path: "x.csv")
        }
    }

    @Test func emptyFileIsNotAModel() {
        #expect(throws: BayesError.notAModel(path: "e")) { try ModelFile.decode([], path: "e") }
    }

    @Test(arguments: [9, 20, 100, 1000])
    func truncatedFileIsAClearError(_ keep: Int) throws {
        let bytes = try encoded()
        do {
            _ = try ModelFile.decode(Array(bytes.prefix(keep)), path: "t")
            Issue.record("a truncated model loaded")
        } catch {
            #expect(error == .truncated(path: "t") || error == .checksumMismatch(path: "t"))
        }
    }

    @Test func flippedByteFailsTheChecksum() throws {
        var bytes = try encoded()
        bytes[bytes.count / 2] ^= 0x40
        #expect(throws: BayesError.checksumMismatch(path: "d")) { try ModelFile.decode(bytes, path: "d") }
    }

    @Test func newerVersionSaysSo() throws {
        var bytes = try encoded()
        bytes[8] = 99
        #expect(throws: BayesError.newerVersion(path: "n", found: 99, supported: ModelFile.version)) {
            try ModelFile.decode(bytes, path: "n")
        }
    }

    @Test func errorMessagesNameTheFile() {
        #expect("\(BayesError.checksumMismatch(path: "Models/x.model"))".contains("Models/x.model"))
        #expect("\(BayesError.newerVersion(path: "m", found: 2, supported: 1))".contains("newer"))
    }
}

@Suite struct VersionFourModelTests {
    /// Files from before version 5 know nothing of site adaptation; they keep their scores
    /// (the values are what the version-4 program printed).
    @Test(arguments: [("you are wrong about the budget", 0.3724), ("the council is clueless", 0.0208)])
    func aVersionFourModelKeepsItsScores(_ text: String, _ expected: Double) throws {
        let old = try OldModelFixture(version: 4)
        #expect(old.model.adaptation == nil && !old.model.heads.contains { $0.domains.contains(where: \.adapted) })
        #expect(abs(try old.hostile(text) - expected) < 0.00005)
    }
}
