/// One tag of an HTML page as `HTMLRenderer` needs it: the name (lower case), whether it
/// ends or closes itself, whether it hides its element, and where it ends.
struct HTMLTag {
    var name = ""
    var closing = false, selfClosing = false
    /// `hidden`, or a style with `display: none` or `visibility: hidden`.
    var hidden = false
    /// Whether its class names it a person's name ("author", "username", "actorName").
    var namesAPerson = false
    /// A table cell's `colspan` (1 when it has none; at most 1,000).
    var columnSpan = 1
    /// The index just past the tag's `>`.
    var end = 0

    /// The tag starting at `start` (a `<`); comments (`<!-- -->`), declarations and
    /// processing instructions come back nameless. Nil when the `<` opens no tag.
    static func read(_ b: UnsafeBufferPointer<UInt8>, at start: Int) -> HTMLTag? {
        var i = start + 1
        guard i < b.count else { return nil }
        if b[i] == 33 || b[i] == 63 {  // "<!" or "<?"
            let comment = i + 2 < b.count && b[i + 1] == 45 && b[i + 2] == 45
            return HTMLTag(
                end: comment ? endOfComment(b, from: i + 3) : (firstIndex(of: 62, in: b, from: i) ?? b.count) + 1)
        }
        var tag = HTMLTag()
        if b[i] == 47 {
            tag.closing = true
            i += 1
        }
        guard i < b.count, isLetter(b[i]) else { return nil }
        let nameStart = i
        while i < b.count, isLetter(b[i]) || (b[i] >= 48 && b[i] <= 57) || b[i] == 45 || b[i] == 58 { i += 1 }
        tag.name = String(decoding: b[nameStart..<i].map { $0 | 0x20 }, as: UTF8.self)
        tag.readAttributes(b, from: i)
        return tag
    }

    /// Attributes up to the `>`, quoted values skipped whole; notes what hides the element.
    private mutating func readAttributes(_ b: UnsafeBufferPointer<UInt8>, from start: Int) {
        var i = start
        while i < b.count, b[i] != 62 {
            if b[i] == 47 {
                selfClosing = i + 1 < b.count && b[i + 1] == 62
                i += 1
                continue
            }
            guard HTMLTag.isLetter(b[i]) else {
                i += 1
                continue
            }
            let nameStart = i
            while i < b.count, !HTMLTag.ends(b[i]) { i += 1 }
            let attribute = String(decoding: b[nameStart..<i].map { $0 | 0x20 }, as: UTF8.self)
            while i < b.count, b[i] == 32 || b[i] == 10 || b[i] == 9 || b[i] == 13 { i += 1 }
            var value: ArraySlice<UInt8> = []
            if i < b.count, b[i] == 61 {  // "="
                i += 1
                while i < b.count, b[i] == 32 || b[i] == 10 || b[i] == 9 || b[i] == 13 { i += 1 }
                let quote = i < b.count && (b[i] == 34 || b[i] == 39) ? b[i] : nil
                if quote != nil { i += 1 }
                let valueStart = i
                while i < b.count, quote.map({ b[i] != $0 }) ?? !(HTMLTag.ends(b[i]) || b[i] == 47) { i += 1 }
                value = ArraySlice(b[valueStart..<min(i, b.count)])
                if quote != nil, i < b.count { i += 1 }
            }
            if attribute == "hidden" { hidden = true }
            if attribute == "colspan", let n = Int(String(decoding: value, as: UTF8.self)) {
                columnSpan = min(max(n, 1), 1_000)
            }
            if attribute == "class" {
                let classes = value.map { $0 | 0x20 }
                namesAPerson = ["author", "user", "name", "actor", "commenter"].contains { classes.contains($0) }
            }
            if attribute == "style" {
                let style = value.filter { $0 != 32 }.map { $0 | 0x20 }
                hidden = hidden || style.contains("display:none") || style.contains("visibility:hidden")
            }
        }
        end = min(i + 1, b.count)
    }

    private static func ends(_ c: UInt8) -> Bool { c == 32 || c == 10 || c == 9 || c == 13 || c == 61 || c == 62 }

    private static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 97 && (c | 0x20) <= 122 }

    private static func endOfComment(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var k = start
        while k + 2 < b.count {
            if b[k] == 45, b[k + 1] == 45, b[k + 2] == 62 { return k + 3 }
            k += 1
        }
        return b.count
    }

    private static func firstIndex(of byte: UInt8, in b: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var k = start
        while k < b.count {
            if b[k] == byte { return k }
            k += 1
        }
        return nil
    }
}

extension Array where Element == UInt8 {
    /// Whether `text`'s bytes occur in order somewhere in these.
    fileprivate func contains(_ text: String) -> Bool {
        let needle = Array(text.utf8)
        guard needle.count <= count else { return false }
        return (0...(count - needle.count)).contains { start in
            needle.indices.allSatisfy { self[start + $0] == needle[$0] }
        }
    }
}
