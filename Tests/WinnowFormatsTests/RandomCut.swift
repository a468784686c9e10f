import Foundation
import Testing
@testable import WinnowFormats

/// The fuzzed readers' input: a document cut at a random place, with a few of its bytes
/// replaced by the characters its syntax turns on.
func randomCut(
    _ text: String, replacingWith syntax: String, upTo changes: Int = 3, using rng: inout SystemRandomNumberGenerator
) -> [UInt8] {
    let whole = Array(text.utf8)
    var bytes = Array(whole.prefix(Int.random(in: 0...whole.count, using: &rng)))
    let alphabet = Array(syntax.utf8)
    for _ in 0..<Int.random(in: 0...changes, using: &rng) where !bytes.isEmpty {
        bytes[Int.random(in: 0..<bytes.count, using: &rng)] = alphabet.randomElement(using: &rng) ?? 0
    }
    return bytes
}

/// A binary file damaged as disks and transfers damage them, `times` over (`make fuzz`:
/// WINNOW_FUZZ_ROUNDS / 200 at least): cut at a random place (half the time), then up to six
/// bytes overwritten, its first `sparing` bytes (the magic that names the format) kept.
/// Each copy gives its comments or an error naming the file; a crash fails the whole run.
func expectDamagedCopiesNeverCrash(
    _ whole: [UInt8], path: String, forced: InputFormat? = nil, sparing: Int, times: Int = 300
) {
    expectDamagedCopiesNeverCrash(whole, path: path, sparing: sparing, times: times) { bytes throws(FormatError) in
        _ = try ExportFile(path: path, bytes: bytes, forced: forced).comments()
    }
}

/// The same for a reader of another shape (a workbook's rows): `read` each copy.
func expectDamagedCopiesNeverCrash(
    _ whole: [UInt8], path: String, sparing: Int, times: Int = 300, read: ([UInt8]) throws(FormatError) -> Void
) {
    let rounds = Int(ProcessInfo.processInfo.environment["WINNOW_FUZZ_ROUNDS"] ?? "").map { $0 / 200 } ?? 0
    var rng = SystemRandomNumberGenerator()
    for _ in 0..<max(times, rounds) {
        var bytes =
            Bool.random(using: &rng) ? whole : Array(whole.prefix(Int.random(in: sparing...whole.count, using: &rng)))
        for _ in 0..<Int.random(in: 0...6, using: &rng) where bytes.count > sparing {
            bytes[Int.random(in: sparing..<bytes.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng)
        }
        do {
            try read(bytes)
        } catch {
            #expect(error.description.hasPrefix(path))
        }
    }
}

extension ByteFeed {
    /// `bytes` handed over `size` at a time, as a file read in small chunks would be.
    static func pieces(of bytes: [UInt8], _ size: Int) -> ByteFeed {
        var at = 0
        return ByteFeed {
            guard at < bytes.count else { return nil }
            defer { at += size }
            return Array(bytes[at..<min(at + size, bytes.count)])
        }
    }
}
