/// Cuts a top-level JSON array's bytes, fed a chunk at a time, into its elements' bytes:
/// strings (and the brackets inside them) and nesting followed, nothing parsed.
struct JSONArraySplitter {
    enum Step {
        case element([UInt8], line: Int)
        case needMore
        case end
        case bad(line: Int, detail: String)
    }

    private var buffer: [UInt8] = []
    private var at = 0
    private var finished = false, opened = false, closed = false
    /// The line `at` is on.
    private var line = 1

    mutating func feed(_ chunk: [UInt8]) {
        if at > 0 {
            buffer.removeFirst(at)
            at = 0
        }
        buffer += chunk
    }

    mutating func finish() { finished = true }

    mutating func next() -> Step {
        if !opened {
            if at == 0, buffer.starts(with: [0xEF, 0xBB, 0xBF]) { at = 3 }
            skipSpace()
            guard at < buffer.count else { return finished ? .bad(line: line, detail: "no JSON array") : .needMore }
            guard buffer[at] == UInt8(ascii: "[") else { return .bad(line: line, detail: "not a JSON array") }
            (opened, at) = (true, at + 1)
        }
        if closed { return .end }
        skipSpace()
        if at < buffer.count, buffer[at] == UInt8(ascii: ",") {
            at += 1
            skipSpace()
        }
        guard at < buffer.count else {
            return finished ? .bad(line: line, detail: "the array does not end (cut short?)") : .needMore
        }
        if buffer[at] == UInt8(ascii: "]") {
            closed = true
            return .end
        }
        guard let end = elementEnd(from: at) else {
            return finished ? .bad(line: line, detail: "the array does not end (cut short?)") : .needMore
        }
        let element = Array(buffer[at..<end]), start = line
        line += element.count { $0 == 10 }
        at = end
        return .element(element, line: start)
    }

    private mutating func skipSpace() {
        while at < buffer.count, [32, 9, 10, 13].contains(buffer[at]) {
            if buffer[at] == 10 { line += 1 }
            at += 1
        }
    }

    /// Where the value starting at `start` ends: past its closing bracket, or at the comma
    /// or bracket after a scalar; nil when the buffer ends first.
    private func elementEnd(from start: Int) -> Int? {
        var depth = 0, inString = false, escaped = false, i = start
        while i < buffer.count {
            let b = buffer[i]
            if inString {
                if escaped { escaped = false } else if b == 92 { escaped = true } else if b == 34 { inString = false }
            } else {
                switch b {
                case 34: inString = true
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    if depth == 0 { return i }  // a scalar's end: the array closes
                    depth -= 1
                    if depth == 0 { return i + 1 }
                case UInt8(ascii: ","): if depth == 0 { return i }
                default: break
                }
            }
            i += 1
        }
        return nil
    }
}
