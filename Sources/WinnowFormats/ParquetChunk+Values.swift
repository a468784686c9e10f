/// Values as Parquet stores them: plain (little-endian numbers, byte arrays after their
/// length, booleans a bit each) and the RLE / bit-packed hybrid that holds levels and
/// dictionary indices.
extension ParquetChunk {
    /// `count` plain values from `p` on, read as JSON values of the column's meaning.
    func plain(_ data: [UInt8], _ p: inout Int, count: Int) throws(Failure) -> [JSONNode] {
        var out: [JSONNode] = []
        out.reserveCapacity(min(count, data.count))
        func take(_ n: Int) throws(Failure) -> Range<Int> {
            guard n >= 0, p + n <= data.count else { throw Failure(offset: p, detail: "values past their page") }
            defer { p += n }
            return p..<p + n
        }
        func int(_ r: Range<Int>) -> Int64 {
            let raw = data[r].reversed().reduce(Int64(0)) { $0 << 8 | Int64($1) }
            return (raw << (64 - 8 * r.count)) >> (64 - 8 * r.count)
        }
        for k in 0..<count {
            switch column.physical {
            case .boolean:
                if k % 8 == 0 { _ = try take(1) }
                out.append(.bool(data[p - 1] >> (k % 8) & 1 == 1))
            case .int32, .int64:
                out.append(number(int(try take(column.physical == .int32 ? 4 : 8))))
            case .int96:
                let r = try take(12)
                let nanos = int(r.lowerBound..<r.lowerBound + 8), day = int(r.lowerBound + 8..<r.upperBound)
                out.append(.string(ISOTime.string(milliseconds: (day - 2_440_588) &* 86_400_000 &+ nanos / 1_000_000)))
            case .float:
                out.append(.number(String(Float(bitPattern: UInt32(truncatingIfNeeded: int(try take(4)))))))
            case .double:
                out.append(.number(String(Double(bitPattern: UInt64(bitPattern: int(try take(8)))))))
            case .byteArray:
                let r = try take(4)
                out.append(text(data[try take(Int(UInt32(truncatingIfNeeded: int(r))))]))
            case .fixedLenByteArray:
                out.append(text(data[try take(column.length)]))
            }
        }
        return out
    }

    func number(_ v: Int64) -> JSONNode {
        switch column.meaning {
        case .plain: .number(String(v))
        case .date: .string(ISOTime.date(days: v))
        case .timestamp(let perSecond): .string(ISOTime.string(milliseconds: v / max(1, perSecond / 1000)))
        }
    }

    /// Text, or the bytes' hex when they are not UTF-8 (an id kept as bytes).
    func text(_ b: ArraySlice<UInt8>) -> JSONNode {
        String(validating: b, as: UTF8.self).map { .string($0) } ?? .string(BSONDocument.hex(b))
    }

    /// `count` values of `width` bits in the RLE / bit-packed hybrid: runs of one value,
    /// and groups of eight values packed from the least significant bit.
    static func hybrid(_ b: ArraySlice<UInt8>, width: Int, count: Int) throws(Failure) -> [Int] {
        guard width >= 0, width <= 32 else { throw Failure(offset: b.startIndex, detail: "a bit width of \(width)") }
        var out: [Int] = []
        out.reserveCapacity(count)
        var at = b.startIndex
        let bytesPerValue = (width + 7) / 8
        while out.count < count {
            var header = 0
            for shift in stride(from: 0, to: 35, by: 7) {
                guard at < b.endIndex else { throw Failure(offset: at, detail: "levels or indices cut short") }
                header |= Int(b[at] & 0x7F) << shift
                at += 1
                if b[at - 1] < 0x80 { break }
            }
            if header & 1 == 0 {
                guard at + bytesPerValue <= b.endIndex else { throw Failure(offset: at, detail: "a run cut short") }
                let value = (0..<bytesPerValue).reduce(0) { $0 | Int(b[at + $1]) << (8 * $1) }
                at += bytesPerValue
                out += repeatElement(value, count: min(header >> 1, count - out.count))
            } else {
                let values = (header >> 1) * 8
                guard at + values * width / 8 <= b.endIndex else {
                    throw Failure(offset: at, detail: "packed values cut short")
                }
                for k in 0..<min(values, count - out.count) {
                    var v = 0
                    for bit in 0..<width {
                        let i = k * width + bit
                        v |= Int(b[at + i / 8] >> (i % 8) & 1) << bit
                    }
                    out.append(v)
                }
                at += values * width / 8
            }
        }
        return out
    }
}
