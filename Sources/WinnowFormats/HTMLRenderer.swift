/// Renders HTML bytes to the text a browser shows (`HTMLPage`), one pass, no tree: what a
/// tag changes is the line breaks owed before the next text, or text skipped.
struct HTMLRenderer {
    private let b: UnsafeBufferPointer<UInt8>
    private var i = 0
    private var out: [UInt8] = []
    /// Whether the current line has text, a space is owed before the next text, and how
    /// many line ends are owed (1: a new line, 2: a blank line between).
    private var lineHasText = false, space = false, breaks = 0
    /// Inside `<pre>`: spaces and line breaks kept.
    private var pre = 0
    /// An element followed to its end tag: its name, and how many of its kind are open.
    private struct Open {
        let name: String
        var depth = 1

        /// Counts `tag` if it is one of this element's kind; whether that closed the element.
        mutating func closes(with tag: HTMLTag) -> Bool {
            guard tag.name == name, !tag.selfClosing, !HTMLPage.void.contains(name) else { return false }
            depth += tag.closing ? -1 : 1
            return depth == 0
        }
    }

    /// A hidden element being skipped.
    private var hidden: Open?
    /// Whether an end tag came last, with no text after it: an element starting right there
    /// is set apart by a space ("</a><a": a name beside a badge, an age beside a name, which
    /// a style sheet, not the text, keeps apart).
    private var afterEndTag = false
    /// An element naming a person that opened a line (its name and depth), and where it
    /// ended in `out`: a comment after it on that line goes to a line of its own ("Name"
    /// then the comment, where a comments plugin writes them side by side).
    private var person: Open?
    private var personEnd: Int?
    private var tables = TableRecords()

    init(_ bytes: UnsafeBufferPointer<UInt8>) { b = bytes }

    mutating func render() -> [UInt8] {
        out.reserveCapacity(b.count / 3)
        while i < b.count {
            if b[i] == 60, let tag = readTag() {
                handle(tag)
                continue
            }
            let c = b[i]
            i += 1
            if hidden == nil { text(c) }
        }
        if lineHasText { endLine() }
        tables.breakRecords(in: &out)
        return out
    }

    /// Ends the current line; a person's name that opened it is parted from a comment after
    /// it: eight words or more, or a sentence's end (not "Verified 3 hours ago").
    private mutating func endLine() {
        if let end = personEnd, end < out.count, out[end] == 32 {
            let rest = out[(end + 1)...]
            let words = rest.reduce(1) { $1 == 32 ? $0 + 1 : $0 }
            let sentence =
                zip(rest, rest.dropFirst()).contains { [46, 33, 63].contains($0) && $1 == 32 }
                || [46, 33, 63].contains(rest.last ?? 0)
            if words >= 8 || sentence { out[end] = 10 }
        }
        personEnd = nil
        out.append(10)
    }

    private static func isSpace(_ c: UInt8) -> Bool { c == 32 || c == 10 || c == 13 || c == 9 || c == 12 }

    private mutating func text(_ c: UInt8) {
        if pre > 0, c == 10 || c == 13 {
            if c == 10 {
                (lineHasText, space) = (false, false)
                out.append(10)
            }
            return
        }
        if pre == 0, HTMLRenderer.isSpace(c) {
            space = true
            return
        }
        if breaks > 0, !out.isEmpty {
            if lineHasText { endLine() }
            if breaks == 2, out.count >= 2, out[out.count - 2] != 10 { out.append(10) }
            (lineHasText, space) = (false, false)
        }
        breaks = 0
        afterEndTag = false
        if space, lineHasText { out.append(32) }
        space = false
        if tables.cellPending { tables.cellText(at: out.count) }
        out.append(c)
        lineHasText = true
    }

    private mutating func owe(_ n: Int) { breaks = max(breaks, n) }

    private mutating func handle(_ tag: HTMLTag) {
        if hidden != nil {
            if hidden?.closes(with: tag) == true { hidden = nil }
            return
        }
        let name = tag.name
        guard !name.isEmpty else { return }  // a comment or a declaration
        if tag.closing {
            afterEndTag = true
        } else if afterEndTag {
            space = true
        }
        if person?.name == name {
            if person?.closes(with: tag) == true {
                person = nil
                if lineHasText { personEnd = out.count }
            }
        } else if person == nil, !tag.closing, tag.namesAPerson, !lineHasText || breaks > 0, !tag.selfClosing,
            !HTMLPage.blocks.contains(name), !HTMLPage.paragraphs.contains(name), !HTMLPage.void.contains(name)
        {
            person = Open(name: name)
        } else if !tag.closing, tag.namesAPerson, lineHasText, breaks == 0 {
            signOnALineOfItsOwn()
        }
        if !tag.closing, HTMLPage.unshown.contains(name) {
            if !tag.selfClosing { skipContent(of: name) }
            return
        }
        if !tag.closing, tag.hidden, !tag.selfClosing, !HTMLPage.void.contains(name) {
            hidden = Open(name: name)
            return
        }
        if name == "br" {
            // Ends the line now; a second one in a row leaves a blank line.
            if lineHasText {
                endLine()
                (lineHasText, space) = (false, false)
            } else if !out.isEmpty, !out.suffix(2).elementsEqual([10, 10]) {
                out.append(10)
            }
        } else if HTMLPage.paragraphs.contains(name) {
            owe(2)
            if name == "table" { tag.closing ? tables.closeTable(in: out) : tables.openTable(in: out) }
            if name == "pre" { pre = max(0, pre + (tag.closing ? -1 : 1)) }
        } else if HTMLPage.blocks.contains(name) {
            owe(1)
            if name == "tr" { tag.closing ? tables.closeRow(at: out.count) : tables.openRow(at: out.count) }
        } else if name == "td" || name == "th", !tag.closing {
            space = true
            tables.openCell(header: name == "th")
        }
    }

    /// A person's name after a dash at the end of a line's text ("text – Name May 6"): the
    /// dash and what follows go to a line of their own, a signature under the text.
    private mutating func signOnALineOfItsOwn() {
        // References are decoded after rendering: "&ndash;&nbsp;" is still written out.
        func ends(with s: [UInt8], at end: Int) -> Bool {
            end >= s.count && out[(end - s.count)..<end].elementsEqual(s)
        }
        var end = out.count
        while end > 0 {
            if out[end - 1] == 32 || out[end - 1] == 0xA0 || out[end - 1] == 0xC2 {
                end -= 1
            } else if ends(with: HTMLRenderer.nbsp, at: end) {
                end -= HTMLRenderer.nbsp.count
            } else {
                break
            }
        }
        guard let dash = HTMLRenderer.dashes.first(where: { ends(with: $0, at: end) }),
            end - dash.count > 0, out[end - dash.count - 1] == 32
        else { return }
        out[end - dash.count - 1] = 10
    }

    private static let nbsp = Array("&nbsp;".utf8)
    /// – — - ~, as characters or references.
    private static let dashes: [[UInt8]] = ["–", "—", "-", "~", "&ndash;", "&mdash;", "&#8211;", "&#8212;"].map {
        Array($0.utf8)
    }

    /// Past the end tag of `name` (a script's or a style's raw content); a `<head>` whose
    /// end tag is left out (HTML allows it) hides nothing.
    private mutating func skipContent(of name: String) {
        let end = Array(("</" + name).utf8)
        var k = i
        while k + end.count <= b.count {
            if b[k] == 60, (0..<end.count).allSatisfy({ b[k + $0] | 0x20 == end[$0] | 0x20 }) {
                i = k
                _ = readTag()
                return
            }
            k += 1
        }
        if name != "head" { i = b.count }
    }

    /// The tag at `i` (a `<`), `i` moved past it; comments and declarations are read as
    /// tags with no name. Nil when the `<` starts no tag ("a < b"): it is text then.
    private mutating func readTag() -> HTMLTag? {
        guard let tag = HTMLTag.read(b, at: i) else { return nil }
        i = tag.end
        return tag
    }
}
