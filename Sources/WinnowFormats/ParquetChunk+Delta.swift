/// Parquet's delta encodings, as writers of its second version use them (Spark's and
/// parquet-mr's v2 writer, pyarrow asked to): numbers as deltas packed in miniblocks,
/// byte arrays as their lengths then their bytes, or as the prefix shared with the value
/// before and the rest.
extension ParquetChunk {
    /// `count` numbers in DELTA_BINARY_PACKED from `p` on; `p` left after the last
    /// miniblock holding one of them.
    static func deltaPacked(_ data: [UInt8], _ p: inout Int, count: Int) throws(Failure) -> [Int64] {
        func varint() throws(Failure) -> UInt64 {
            var v: UInt64 = 0
            for shift in stride(from: 0, to: 64, by: 7) {
                guard p < data.count else { throw Failure(offset: p, detail: "deltas cut short") }
                v |= UInt64(data[p] & 0x7F) << UInt64(shift)
                p += 1
                if data[p - 1] < 0x80 { return v }
            }
            throw Failure(offset: p, detail: "a number longer than ten bytes")
        }
        func zigzag() throws(Failure) -> Int64 {
            let v = try varint()
            return Int64(bitPattern: v >> 1) ^ -Int64(bitPattern: v & 1)
        }
        let blockSize = Int(try varint()), miniblocks = Int(try varint())
        let total = Int(try varint())
        var value = try zigzag()
        guard miniblocks > 0, blockSize > 0, blockSize % miniblocks == 0, blockSize / miniblocks % 8 == 0 else {
            throw Failure(offset: p, detail: "deltas in blocks of \(blockSize) over \(miniblocks) miniblocks")
        }
        let perMiniblock = blockSize / miniblocks
        var out: [Int64] = []
        out.reserveCapacity(min(count, total))
        if total > 0, count > 0 { out.append(value) }
        while out.count < min(count, total) {
            let minimum = try zigzag()
            guard p + miniblocks <= data.count else { throw Failure(offset: p, detail: "deltas cut short") }
            let widths = Array(data[p..<p + miniblocks])
            p += miniblocks
            for width in widths where out.count < min(count, total) {
                let w = Int(width)
                guard w <= 64, p + perMiniblock * w / 8 <= data.count else {
                    throw Failure(offset: p, detail: "a miniblock cut short")
                }
                for k in 0..<perMiniblock where out.count < min(count, total) {
                    var delta: UInt64 = 0
                    for bit in 0..<w {
                        let i = k * w + bit
                        delta |= UInt64(data[p + i / 8] >> (i % 8) & 1) << UInt64(bit)
                    }
                    value = value &+ minimum &+ Int64(bitPattern: delta)
                    out.append(value)
                }
                p += perMiniblock * w / 8
            }
        }
        return out
    }

    /// `count` byte arrays in DELTA_LENGTH_BYTE_ARRAY: their lengths, then their bytes.
    static func deltaLengths(_ data: [UInt8], _ p: inout Int, count: Int) throws(Failure) -> [ArraySlice<UInt8>] {
        let lengths = try deltaPacked(data, &p, count: count)
        var out: [ArraySlice<UInt8>] = []
        out.reserveCapacity(lengths.count)
        for n in lengths {
            guard n >= 0, Int(n) <= data.count - p else { throw Failure(offset: p, detail: "values past their page") }
            out.append(data[p..<p + Int(n)])
            p += Int(n)
        }
        return out
    }

    /// `count` byte arrays in DELTA_BYTE_ARRAY: the length of the prefix each shares with
    /// the one before, then the rest of each as DELTA_LENGTH_BYTE_ARRAY.
    static func deltaStrings(_ data: [UInt8], _ p: inout Int, count: Int) throws(Failure) -> [[UInt8]] {
        let prefixes = try deltaPacked(data, &p, count: count)
        let suffixes = try deltaLengths(data, &p, count: count)
        var out: [[UInt8]] = [], last: [UInt8] = []
        for (prefix, suffix) in zip(prefixes, suffixes) {
            guard prefix >= 0, Int(prefix) <= last.count else {
                throw Failure(offset: p, detail: "a prefix longer than the value before")
            }
            last = Array(last.prefix(Int(prefix))) + suffix
            out.append(last)
        }
        return out
    }
}
