/// A forward scan over regular XML (a workbook's parts) for the elements of one name,
/// over bytes: Foundation's parser builds a string per event, and a sheet has one per cell.
struct XMLScan {
    private let xml: ArraySlice<UInt8>
    private var at: Int

    init(_ xml: ArraySlice<UInt8>) { (self.xml, at) = (xml, xml.startIndex) }
    init(_ xml: [UInt8]) { self.init(xml[...]) }

    /// The content of the next `<name>` element (empty for `<name/>`), or nil past the last.
    mutating func element(_ name: String) -> ArraySlice<UInt8>? { elementWithTag(name)?.content }

    /// The next `<name ...>` element's opening tag and content.
    mutating func elementWithTag(_ name: String) -> (tag: ArraySlice<UInt8>, content: ArraySlice<UInt8>)? {
        let open = Array("<\(name)".utf8), close = Array("</\(name)>".utf8)
        while let start = find(open, from: at) {
            let afterName = start + open.count
            guard afterName < xml.endIndex else { return nil }
            // "<c" must not match "<col": the name ends at white space, '>' or '/'.
            let next = xml[afterName]
            guard next == 62 || next == 47 || next == 32 || next == 9 || next == 10 || next == 13 else {
                at = afterName
                continue
            }
            guard let tagEnd = find([62], from: afterName) else { return nil }
            let tag = xml[start...tagEnd]
            if xml[tagEnd - 1] == 47 {  // <name ... />
                at = tagEnd + 1
                return (tag, xml[(tagEnd + 1)..<(tagEnd + 1)])
            }
            guard let end = find(close, from: tagEnd + 1) else { return nil }
            at = end + close.count
            return (tag, xml[(tagEnd + 1)..<end])
        }
        return nil
    }

    /// The next element named `a` or `b`, whichever comes first.
    mutating func elementWithTag(_ a: String, or b: String) -> (tag: ArraySlice<UInt8>, content: ArraySlice<UInt8>)? {
        var first = self, second = self
        let x = first.elementWithTag(a), y = second.elementWithTag(b)
        guard let x else {
            self = second
            return y
        }
        guard let y, y.tag.startIndex < x.tag.startIndex else {
            self = first
            return x
        }
        self = second
        return y
    }

    /// `xml` with every `<name>` element cut out.
    static func without(_ name: String, in xml: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var scan = XMLScan(xml)
        guard scan.find(Array("<\(name)".utf8), from: xml.startIndex) != nil else { return xml }
        var out: [UInt8] = [], kept = xml.startIndex
        while let (tag, _) = scan.elementWithTag(name) {
            out += xml[kept..<tag.startIndex]
            kept = scan.at
        }
        out += xml[kept...]
        return out[...]
    }

    /// The value of attribute `name` in an opening tag, or nil.
    static func attribute(_ name: String, in tag: ArraySlice<UInt8>) -> String? {
        let key = Array(" \(name)=\"".utf8)
        var scan = XMLScan(tag)
        guard let start = scan.find(key, from: tag.startIndex) else { return nil }
        let from = start + key.count
        guard let end = scan.find([34], from: from) else { return nil }
        scan.at = end
        return String(decoding: tag[from..<end], as: UTF8.self)
    }

    private func find(_ pattern: [UInt8], from: Int) -> Int? {
        guard let first = pattern.first, pattern.count <= xml.count else { return nil }
        var i = from
        let last = xml.endIndex - pattern.count
        while i <= last {
            if xml[i] == first, xml[i..<(i + pattern.count)].elementsEqual(pattern) { return i }
            i += 1
        }
        return nil
    }
}
