/// One column's values in one row group, read from its pages: the dictionary, then data
/// pages whose values are plain or dictionary indices, nulls placed by the definition
/// levels. Values read as JSON values, as a JSON export of the table would hold them:
/// text, numbers, booleans, times in ISO 8601.
struct ParquetChunk {
    typealias Failure = ThriftReader.Failure
    let bytes: [UInt8]
    let column: ParquetFooter.Column
    let chunk: ParquetFooter.Chunk

    /// A row group holds no more rows than this: a damaged count is refused rather than
    /// allocated (writers keep row groups to about a million rows).
    static let mostRows = 1 << 26

    func values(rows: Int) throws(Failure) -> [JSONNode] {
        guard rows >= 0, rows <= ParquetChunk.mostRows, chunk.start >= 0 else {
            throw Failure(offset: max(0, chunk.start), detail: "a row group of \(rows) rows at byte \(chunk.start)")
        }
        var out: [JSONNode] = []
        out.reserveCapacity(rows)
        var dictionary: [JSONNode] = []
        var at = chunk.start
        let end = min(chunk.start + chunk.size, bytes.count)
        while out.count < rows, at < end {
            var r = ThriftReader(bytes, at: at, end: end)
            let page = try ParquetPage(&r)
            let start = r.at
            guard page.compressed >= 0, start + page.compressed <= end else { throw r.failure("a page past its chunk") }
            at = start + page.compressed
            guard page.count >= 0, page.kind == .dictionary || page.count <= rows - out.count else {
                throw r.failure("a page of \(page.count) values where \(rows - out.count) rows were left")
            }
            switch page.kind {
            case .dictionary?:
                let data = try ParquetPage.decompress(bytes[start..<at], codec: chunk.codec, size: page.uncompressed)
                var p = data.startIndex
                dictionary = try plain(data, &p, count: page.count)
            case .data?, .dataV2?:
                try read(page, bytes[start..<at], dictionary: dictionary, into: &out)
            default: continue
            }
        }
        guard out.count == rows else {
            throw Failure(offset: chunk.start, detail: "\(out.count) values for the row group's \(rows) rows")
        }
        return out
    }

    /// A data page's values, nulls where its definition levels say so.
    private func read(_ page: ParquetPage, _ raw: ArraySlice<UInt8>, dictionary: [JSONNode], into out: inout [JSONNode])
        throws(Failure)
    {
        var data: [UInt8], p = 0
        var defined: [Int]?
        if page.kind == .dataV2 {
            let levels = page.repetitionBytes + page.definitionBytes
            guard page.repetitionBytes >= 0, page.definitionBytes >= 0, levels <= raw.count else {
                throw Failure(offset: raw.startIndex, detail: "levels longer than their page")
            }
            let start = raw.startIndex + page.repetitionBytes
            if column.optional {
                defined = try ParquetChunk.hybrid(
                    raw[start..<start + page.definitionBytes], width: 1, count: page.count)
            }
            let values = raw[(raw.startIndex + levels)...]
            data =
                page.valuesCompressed
                ? try ParquetPage.decompress(values, codec: chunk.codec, size: page.uncompressed - levels)
                : Array(values)
        } else {
            data = try ParquetPage.decompress(raw, codec: chunk.codec, size: page.uncompressed)
            if column.optional {
                guard data.count >= 4 else {
                    throw Failure(offset: raw.startIndex, detail: "a page without its levels")
                }
                let n = Int(data[0]) | Int(data[1]) << 8 | Int(data[2]) << 16 | Int(data[3]) << 24
                guard n <= data.count - 4 else {
                    throw Failure(offset: raw.startIndex, detail: "levels longer than their page")
                }
                defined = try ParquetChunk.hybrid(data[4..<4 + n], width: 1, count: page.count)
                p = 4 + n
            }
        }
        let present = defined.map { $0.count { $0 == 1 } } ?? page.count
        let values: [JSONNode]
        switch page.encoding {
        case 0: values = try plain(data, &p, count: present)
        case 3 where column.physical == .boolean:
            // Booleans run-length coded: the runs' length, then the runs of one bit.
            guard p + 4 <= data.count else { throw Failure(offset: raw.startIndex, detail: "a page cut short") }
            let n = Int(data[p]) | Int(data[p + 1]) << 8 | Int(data[p + 2]) << 16 | Int(data[p + 3]) << 24
            guard n <= data.count - p - 4 else {
                throw Failure(offset: raw.startIndex, detail: "runs longer than their page")
            }
            values = try ParquetChunk.hybrid(data[p + 4..<p + 4 + n], width: 1, count: present).map { .bool($0 == 1) }
        case 2, 8:
            guard p < data.count || present == 0 else {
                throw Failure(offset: raw.startIndex, detail: "a page cut short")
            }
            let width = present == 0 ? 0 : Int(data[p])
            let indices = try ParquetChunk.hybrid(data[min(p + 1, data.count)...], width: width, count: present)
            values = try indices.map { (k: Int) throws(Failure) -> JSONNode in
                guard k < dictionary.count else {
                    throw Failure(offset: raw.startIndex, detail: "an index past the dictionary")
                }
                return dictionary[k]
            }
        case 5 where column.physical == .int32 || column.physical == .int64:
            values = try ParquetChunk.deltaPacked(data, &p, count: present).map(number)
        case 6 where column.physical == .byteArray:
            values = try ParquetChunk.deltaLengths(data, &p, count: present).map(text)
        case 7 where column.physical == .byteArray || column.physical == .fixedLenByteArray:
            values = try ParquetChunk.deltaStrings(data, &p, count: present).map { text($0[...]) }
        case 9 where [.float, .double, .int32, .int64, .fixedLenByteArray].contains(column.physical):
            // Each value's k-th byte in the k-th stream: gathered back, then read as plain.
            let width = [.float: 4, .int32: 4, .double: 8, .int64: 8][column.physical] ?? column.length
            guard width > 0, present * width <= data.count - p else {
                throw Failure(offset: raw.startIndex, detail: "values past their page")
            }
            var gathered = [UInt8](repeating: 0, count: present * width)
            for i in 0..<present {
                for k in 0..<width { gathered[i * width + k] = data[p + k * present + i] }
            }
            var q = 0
            values = try plain(gathered, &q, count: present)
        default:
            let name = [
                5: "DELTA_BINARY_PACKED", 6: "DELTA_LENGTH_BYTE_ARRAY", 7: "DELTA_BYTE_ARRAY", 9: "BYTE_STREAM_SPLIT"
            ]
            throw Failure(
                offset: raw.startIndex,
                detail: "values in the \(name[page.encoding] ?? "encoding \(page.encoding)") encoding are not read; "
                    + "write the file with dictionary or plain encoding")
        }
        guard let defined else { return out += values }
        var k = 0
        for d in defined {
            if d == 1, k < values.count {
                out.append(values[k])
                k += 1
            } else {
                out.append(.null)
            }
        }
    }
}
