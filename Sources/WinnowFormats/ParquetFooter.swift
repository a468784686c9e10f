/// What a Parquet file's footer says (parquet.apache.org/docs/file-format/metadata): its
/// schema's columns, and where each row group keeps each column's pages and how they are
/// compressed. Only columns of plain values at the top level are read (a comment's text,
/// id, author, times); lists, maps and nested groups are left out.
struct ParquetFooter {
    enum Physical: Int {
        case boolean = 0
        case int32, int64, int96, float, double, byteArray, fixedLenByteArray
    }

    /// How a column's values read as text: as they are, a date, or a time in some unit.
    enum Meaning: Equatable {
        case plain, date
        case timestamp(perSecond: Int64)
    }

    struct Column {
        var name: String
        var physical: Physical
        var optional: Bool
        var meaning: Meaning
        /// The bytes of each value of a fixed length.
        var length: Int
    }

    struct Chunk {
        var column: Int
        var codec: Int
        var start: Int
        var size: Int
    }

    struct RowGroup {
        var rows: Int
        var chunks: [Chunk]
    }

    var columns: [Column] = []
    var rowGroups: [RowGroup] = []

    /// The footer at the file's end: "PAR1", the metadata, its length, "PAR1".
    init(_ bytes: [UInt8]) throws(ThriftReader.Failure) {
        let n = bytes.count
        guard n >= 12, bytes[n - 4..<n].elementsEqual([80, 65, 82, 49]) else {
            throw ThriftReader.Failure(offset: n, detail: "no Parquet footer at the file's end (cut?)")
        }
        let length = Int(bytes[n - 8]) | Int(bytes[n - 7]) << 8 | Int(bytes[n - 6]) << 16 | Int(bytes[n - 5]) << 24
        guard length <= n - 12 else {
            throw ThriftReader.Failure(offset: n - 8, detail: "a footer longer than the file")
        }
        var r = ThriftReader(bytes, at: n - 8 - length, end: n - 8)
        var schema: [SchemaElement] = []
        var groups: [[(path: [String], chunk: Chunk)]] = [], rows: [Int] = []
        try r.structure { (id, kind, r) throws(ThriftReader.Failure) in
            switch (id, kind) {
            case (2, .list): try r.list { (_, r) throws(ThriftReader.Failure) in schema.append(try SchemaElement(&r)) }
            case (4, .list):
                try r.list { (_, r) throws(ThriftReader.Failure) in
                    let group = try ParquetFooter.rowGroup(&r)
                    groups.append(group.chunks)
                    rows.append(group.rows)
                }
            default: return false
            }
            return true
        }
        let leaves = ParquetFooter.topLevelColumns(schema)
        columns = leaves
        for (k, group) in groups.enumerated() {
            let chunks = group.compactMap { entry -> Chunk? in
                guard entry.path.count == 1, let c = leaves.firstIndex(where: { $0.name == entry.path[0] })
                else { return nil }
                var chunk = entry.chunk
                chunk.column = c
                return chunk
            }
            rowGroups.append(RowGroup(rows: rows[k], chunks: chunks))
        }
    }

    /// One element of the schema's flattened tree (a group has children).
    struct SchemaElement {
        var type: Int?, length = 0, repetition = 0, name = "", children = 0, converted: Int?
        var logical: Meaning?

        init(_ r: inout ThriftReader) throws(ThriftReader.Failure) {
            var e = self
            try r.structure { (id, kind, r) throws(ThriftReader.Failure) in
                switch (id, kind) {
                case (1, .i32): e.type = Int(try r.int())
                case (2, .i32): e.length = Int(try r.int())
                case (3, .i32): e.repetition = Int(try r.int())
                case (4, .binary): e.name = try r.string()
                case (5, .i32): e.children = Int(try r.int())
                case (6, .i32): e.converted = Int(try r.int())
                case (10, .structure): e.logical = try ParquetFooter.logicalType(&r)
                default: return false
                }
                return true
            }
            self = e
        }
    }

    /// The columns that are plain values directly under the root, not repeated.
    static func topLevelColumns(_ schema: [SchemaElement]) -> [Column] {
        guard let root = schema.first else { return [] }
        var out: [Column] = []
        var k = 1
        for _ in 0..<max(0, root.children) where k < schema.count {
            let e = schema[k]
            k += subtreeSize(schema, k)
            guard e.children == 0, e.repetition != 2, let t = e.type, let physical = Physical(rawValue: t) else {
                continue
            }
            let meaning = e.logical ?? ParquetFooter.meaning(converted: e.converted, physical)
            out.append(
                Column(
                    name: e.name, physical: physical, optional: e.repetition == 1, meaning: meaning, length: e.length))
        }
        return out
    }

    /// What an older writer's converted type says: a date, a time in milliseconds or
    /// microseconds; Spark's INT96 is a time in nanoseconds.
    static func meaning(converted: Int?, _ physical: Physical) -> Meaning {
        switch converted {
        case 6?: .date
        case 9?: .timestamp(perSecond: 1000)
        case 10?: .timestamp(perSecond: 1_000_000)
        default: physical == .int96 ? .timestamp(perSecond: 1_000_000_000) : .plain
        }
    }

    /// How many elements the subtree at `k` takes in the flattened schema.
    private static func subtreeSize(_ schema: [SchemaElement], _ k: Int) -> Int {
        var size = 1, pending = schema[k].children
        while pending > 0, k + size < schema.count {
            pending += schema[k + size].children - 1
            size += 1
        }
        return size
    }

    /// A logical type: DATE (6), TIMESTAMP (8) with its unit; nil for the rest.
    static func logicalType(_ r: inout ThriftReader) throws(ThriftReader.Failure) -> Meaning? {
        var meaning: Meaning?
        try r.structure { (id, kind, r) throws(ThriftReader.Failure) in
            guard kind == .structure else { return false }
            if id == 6 { meaning = .date }
            guard id == 8 else { return false }
            var perSecond: Int64 = 1000
            try r.structure { (id, kind, r) throws(ThriftReader.Failure) in
                guard id == 2, kind == .structure else { return false }
                try r.structure { (unit, kind, r) throws(ThriftReader.Failure) in
                    if kind == .structure { perSecond = [1: 1000, 2: 1_000_000, 3: 1_000_000_000][unit] ?? perSecond }
                    return false
                }
                return true
            }
            meaning = .timestamp(perSecond: perSecond)
            return true
        }
        return meaning
    }

    static func rowGroup(_ r: inout ThriftReader) throws(ThriftReader.Failure)
        -> (chunks: [(path: [String], chunk: Chunk)], rows: Int)
    {
        var chunks: [(path: [String], chunk: Chunk)] = [], rows = 0
        try r.structure { (id, kind, r) throws(ThriftReader.Failure) in
            switch (id, kind) {
            case (1, .list): try r.list { (_, r) throws(ThriftReader.Failure) in chunks.append(try columnChunk(&r)) }
            case (3, .i64): rows = Int(try r.int())
            default: return false
            }
            return true
        }
        return (chunks, rows)
    }

    /// A column chunk's metadata: its column's path, codec, and where
    /// its pages start (the dictionary's first) and how many bytes they take.
    static func columnChunk(_ r: inout ThriftReader) throws(ThriftReader.Failure) -> (path: [String], chunk: Chunk) {
        var path: [String] = [], chunk = Chunk(column: 0, codec: 0, start: 0, size: 0)
        var data = 0, dictionary = 0
        try r.structure { (id, kind, r) throws(ThriftReader.Failure) in
            guard id == 3, kind == .structure else { return false }
            try r.structure { (id, kind, r) throws(ThriftReader.Failure) in
                switch (id, kind) {
                case (3, .list): try r.list { (_, r) throws(ThriftReader.Failure) in path.append(try r.string()) }
                case (4, .i32): chunk.codec = Int(try r.int())
                case (7, .i64): chunk.size = Int(try r.int())
                case (9, .i64): data = Int(try r.int())
                case (11, .i64): dictionary = Int(try r.int())
                default: return false
                }
                return true
            }
            return true
        }
        chunk.start = dictionary > 0 && dictionary < data ? dictionary : data
        return (path, chunk)
    }
}
