/// LZ4's block format, undone (Parquet's LZ4_RAW codec; github.com/lz4/lz4,
/// doc/lz4_Block_format.md): sequences of literals and a match copied from behind.
enum LZ4 {
    static func decompressBlock(_ b: ArraySlice<UInt8>, size: Int) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(max(0, size))
        var at = b.startIndex
        func length(_ start: Int) -> Int? {
            var n = start
            guard start == 15 else { return n }
            while true {
                guard at < b.endIndex else { return nil }
                let c = b[at]
                at += 1
                n += Int(c)
                if c != 255 { return n }
            }
        }
        while at < b.endIndex {
            let token = b[at]
            at += 1
            guard let literals = length(Int(token >> 4)), at + literals <= b.endIndex, out.count + literals <= size
            else { return nil }
            out += b[at..<at + literals]
            at += literals
            if at == b.endIndex { break }  // the last sequence has no match
            guard at + 2 <= b.endIndex else { return nil }
            let offset = Int(b[at]) | Int(b[at + 1]) << 8
            at += 2
            guard let more = length(Int(token & 15)), offset > 0, offset <= out.count, out.count + more + 4 <= size
            else { return nil }
            let from = out.count - offset
            for k in 0..<more + 4 { out.append(out[from + k]) }
        }
        return out.count == size ? out : nil
    }
}
