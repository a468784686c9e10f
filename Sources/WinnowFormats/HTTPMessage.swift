/// An HTTP response as a web archive keeps it (as it came over the wire): its status, its
/// headers, and its body with the transfer's chunks joined and its gzip, deflate or Brotli
/// coding undone (Brotli by the system's library). Nil when the block is not a readable
/// response, or its coding another.
struct HTTPMessage {
    var status: Int
    var headers: [String: String] = [:]
    var body: [UInt8]

    init?(_ block: ArraySlice<UInt8>) {
        guard let end = HTTPMessage.blankLine(block) else { return nil }
        let (first, fields) = HTTPMessage.fields(block[block.startIndex..<end])
        guard let first, first.hasPrefix("HTTP/"), let code = first.split(separator: " ").dropFirst().first,
            let status = Int(code)
        else { return nil }
        (self.status, headers) = (status, fields)
        var body = Array(block[(end + 4)...])
        if headers["transfer-encoding"]?.lowercased().contains("chunked") == true {
            guard let joined = HTTPMessage.dechunked(body) else { return nil }
            body = joined
        }
        switch headers["content-encoding"]?.lowercased() {
        case nil, "identity"?, ""?: break
        case "gzip"?, "x-gzip"?, "deflate"?:
            guard let plain = try? Gunzip.inflate(body, path: "") else { return nil }
            body = plain
        case "br"?:
            guard let plain = Brotli.decompress(body[...]) else { return nil }
            body = plain
        case "zstd"?:  // what browsers have asked for since 2024
            guard let plain = ZstdStream.decompress(body, limit: 1 << 28) else { return nil }
            body = plain
        default: return nil
        }
        self.body = body
    }

    /// A head's first line and its "Name: value" fields after it, the names lower-cased (an
    /// HTTP message's, a WARC record's).
    static func fields(_ head: ArraySlice<UInt8>) -> (first: Substring?, fields: [String: String]) {
        let lines = String(decoding: head, as: UTF8.self).split(whereSeparator: \.isNewline)
        var fields: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return (lines.first, fields)
    }

    /// Where the headers end: the first blank line (CRLF CRLF).
    static func blankLine(_ b: ArraySlice<UInt8>) -> Int? {
        var k = b.startIndex
        while k + 3 < b.endIndex {
            if b[k] == 13, b[k + 1] == 10, b[k + 2] == 13, b[k + 3] == 10 { return k }
            k += 1
        }
        return nil
    }

    /// A chunked body's chunks joined: each a hexadecimal length line, its bytes, CRLF;
    /// a zero length ends it. Nil when a length runs past the body.
    static func dechunked(_ b: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = [], k = 0
        while k < b.count {
            var line = k
            while line + 1 < b.count, !(b[line] == 13 && b[line + 1] == 10) { line += 1 }
            let digits = String(decoding: b[k..<line], as: UTF8.self).split(separator: ";").first ?? ""
            guard line + 1 < b.count, let size = Int(digits.trimmingCharacters(in: .whitespaces), radix: 16), size >= 0
            else { return nil }
            if size == 0 { return out }
            let from = line + 2
            guard size <= b.count - from else { return nil }
            out += b[from..<from + size]
            k = from + size + 2
        }
        return out
    }
}
