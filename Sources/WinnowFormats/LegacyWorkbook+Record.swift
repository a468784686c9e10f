extension LegacyWorkbook {
    /// One BIFF record of a workbook stream: its type, and its data after the 4-byte header.
    struct Record {
        let type: Int
        let start: Int
        let data: Range<Int>
        private let stream: [UInt8]

        /// The record at `offset`, or nil where the stream ends or the record would run past it.
        init?(_ stream: [UInt8], at offset: Int) {
            guard offset >= 0, offset + 4 <= stream.count else { return nil }
            let length = Int(stream[offset + 2]) | Int(stream[offset + 3]) << 8
            guard offset + 4 + length <= stream.count else { return nil }
            type = Int(stream[offset]) | Int(stream[offset + 1]) << 8
            (start, data, self.stream) = (offset, (offset + 4)..<(offset + 4 + length), stream)
        }

        var end: Int { data.upperBound }
        var length: Int { data.count }

        /// The data's byte at `index`, 0 past its end.
        func byte(_ index: Int) -> UInt8 { index < length ? stream[data.lowerBound + index] : 0 }

        func u16(_ index: Int) -> Int { Int(byte(index)) | Int(byte(index + 1)) << 8 }

        func u32(_ index: Int) -> Int { u16(index) | u16(index + 2) << 16 }

        func double(_ index: Int) -> Double {
            Double(bitPattern: UInt64(u32(index)) | UInt64(u32(index + 4)) << 32)
        }

        /// The string at `index` of the data (a label's, a formula's result), read on into
        /// the `CONTINUE` records after it.
        func string(from index: Int) -> String? {
            var cursor = cursor(from: index)
            return cursor.string()
        }

        /// A cursor over this record's data from `index`, and the `CONTINUE` records after it.
        func cursor(from index: Int) -> BIFFCursor {
            var segments = [min(data.lowerBound + index, end)..<end]
            var at = end
            while let next = Record(stream, at: at), next.type == 0x003C {
                segments.append(next.data)
                at = next.end
            }
            return BIFFCursor(stream, segments: segments)
        }
    }
}
