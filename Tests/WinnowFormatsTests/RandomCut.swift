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
