import Foundation
import Testing
import WinnowPipeline

@Suite struct FileSafetyTests {
    @Test func uncommittedOutputLeavesThePreviousFile() throws {
        let dir = try TempDirectory()
        let target = try dir.write("out.csv", "previous\n")
        do {
            let out = try OutputFile(path: target)
            try out.write("partial, never committed\n")
        }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "previous\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.path) == ["out.csv"])
    }

    @Test func committedOutputReplacesTheFile() throws {
        let dir = try TempDirectory()
        let target = try dir.write("out.csv", "previous\n")
        let out = try OutputFile(path: target)
        try out.write("new\n")
        try out.commit()
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "new\n")
    }

    /// Renaming a temporary file over /dev/null would replace the device with a file.
    @Test func devicesAreWrittenInPlaceNotReplaced() throws {
        let out = try OutputFile(path: "/dev/null")
        try out.write("discarded\n")
        try out.commit()
        let type = try FileManager.default.attributesOfItem(atPath: "/dev/null")[.type] as? FileAttributeType
        #expect(type == .typeCharacterSpecial)
    }

    @Test func unwritableDirectoryIsAClearError() {
        #expect(throws: PipelineError.self) { _ = try OutputFile(path: "/nonexistent-dir/x.csv") }
    }

    @Test func missingEmptyBinaryAndInvalidFilesAreNamed() throws {
        let dir = try TempDirectory()
        #expect(throws: PipelineError.missingPath(dir.path("nope.txt"))) { _ = try TextFile.read(dir.path("nope.txt")) }
        let empty = try dir.write("empty.txt", "")
        #expect(throws: PipelineError.empty(path: empty)) { _ = try TextFile.read(empty) }
        let binary = try dir.write("bin.txt", bytes: [0x7F, 0x45, 0x4C, 0x46, 0, 1, 2])
        #expect(throws: PipelineError.binary(path: binary)) { _ = try TextFile.read(binary) }
        let invalid = try dir.write("bad.txt", bytes: Array("line one\nline two\n".utf8) + [0xC3, 0x28])
        #expect(throws: PipelineError.invalidUTF8(path: invalid, line: 3)) { _ = try TextFile.read(invalid) }
    }

    @Test func aDirectoryMixingGoodAndBadPagesSkipsOnlyTheBadOnes() throws {
        let dir = try TempDirectory()
        try dir.write("a.txt", "An article sentence that is long enough to be read as prose by the splitter.\n")
        try dir.write("b.txt", bytes: [0, 1, 2])
        try dir.write("c.txt", "")
        let diagnostics = Diagnostics(echo: false)
        let files = InputFiles.expand(
            [dir.url.path, dir.path("missing.txt")], extensions: ["txt"], diagnostics: diagnostics)
        #expect(files.count == 3)
        let source = PageSource(files: files, diagnostics: diagnostics)
        while source.next() != nil {}
        #expect(diagnostics.skipped.count == 3)
        #expect(diagnostics.skipped.contains { $0.contains("b.txt") && $0.contains("binary") })
        #expect(diagnostics.skipped.contains { $0.contains("c.txt") && $0.contains("empty") })
        #expect(diagnostics.skipped.contains { $0.contains("missing.txt") })
    }
}
