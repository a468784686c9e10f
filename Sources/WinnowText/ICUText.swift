@_implementationOnly import CICU

/// The ICU objects one worker needs, opened once and reused for every document.
///
/// Not thread-safe: ICU break iterators hold per-text state. Each `Normalizer` owns one,
/// cloned from a shared prototype (cloning is far cheaper than `ubrk_open`).
final class ICUText {
    private let normalizer: UnsafeRawPointer
    private let breaker: UnsafeMutableRawPointer
    private let spoof: UnsafeMutableRawPointer
    /// Code point -> ASCII byte of its confusable skeleton (0: none). Skeletons are costly.
    private var skeletonCache: [UInt32: UInt8] = [:]
    private var scratch: [UInt16] = []
    private var source: [UInt16] = []
    package private(set) var normalized: [UInt16] = []

    init() throws(TextError) {
        var err: Int32 = 0
        guard let norm = wn_nfkc_cf(&err), wn_failure(err) == 0 else {
            throw .icuUnavailable(what: "NFKC_Casefold normalizer", code: ICUText.name(err))
        }
        let proto = ICUText.prototype
        guard let proto, let bi = wn_break_clone(proto, &err), wn_failure(err) == 0 else {
            throw .icuUnavailable(what: "word break iterator", code: ICUText.name(err))
        }
        guard let sc = wn_spoof_open(&err), wn_failure(err) == 0 else {
            wn_break_close(bi)
            throw .icuUnavailable(what: "spoof checker", code: ICUText.name(err))
        }
        normalizer = norm
        breaker = bi
        spoof = sc
    }

    deinit {
        wn_break_close(breaker)
        wn_spoof_close(spoof)
    }

    // One prototype per process; opening loads the break rules and dictionaries.
    nonisolated(unsafe) private static let prototype: UnsafeMutableRawPointer? = {
        var err: Int32 = 0
        let bi = wn_word_breaker(&err)
        return wn_failure(err) == 0 ? bi : nil
    }()

    private static func name(_ err: Int32) -> String {
        guard let p = wn_error_name(err) else { return "error \(err)" }
        return String(cString: p)
    }

    /// NFKC_Casefold of the UTF-8 `text` into `normalized` (drops invisible characters too).
    func normalize(utf8 text: UnsafeBufferPointer<UInt8>) {
        UTF16Buffer.setUTF16(text, to: &source)
        normalized.removeAll(keepingCapacity: true)
        let needed = max(16, source.count * 2 + 16)
        if scratch.count < needed { scratch = [UInt16](repeating: 0, count: needed) }
        var err: Int32 = 0
        let n = source.withUnsafeBufferPointer { src in
            scratch.withUnsafeMutableBufferPointer { dst in
                wn_normalize(
                    normalizer, src.baseAddress, Int32(src.count),
                    dst.baseAddress, Int32(dst.count), &err)
            }
        }
        if wn_failure(err) != 0 || n < 0 {
            normalized.append(contentsOf: source)  // fall back to the text as it came
        } else {
            normalized.append(contentsOf: scratch[0..<Int(n)])
        }
    }

    /// ASCII letter or digit a code point is confusable with, or 0.
    func asciiSkeleton(_ scalar: UInt32) -> UInt8 {
        if let hit = skeletonCache[scalar] { return hit }
        var units: [UInt16] = []
        if scalar >= 0x10000 {
            let v = scalar - 0x10000
            units = [UInt16(0xD800 + (v >> 10)), UInt16(0xDC00 + (v & 0x3FF))]
        } else {
            units = [UInt16(scalar)]
        }
        var out = [UInt16](repeating: 0, count: 8)
        var err: Int32 = 0
        let n = wn_skeleton(spoof, units, Int32(units.count), &out, 8, &err)
        var result: UInt8 = 0
        if wn_failure(err) == 0, n == 1, out[0] < 0x80 {
            let b = UInt8(out[0]) | (out[0] >= 65 && out[0] <= 90 ? 0x20 : 0)
            if (b >= 97 && b <= 122) || (b >= 48 && b <= 57) { result = b }
        }
        skeletonCache[scalar] = result
        return result
    }

    func isAlnum(_ scalar: UInt32) -> Bool { wn_is_alnum(Int32(bitPattern: scalar)) != 0 }
    func isSpace(_ scalar: UInt32) -> Bool { wn_is_space(Int32(bitPattern: scalar)) != 0 }

    /// Word segments of `units[range]`: calls `body(start, end, isWord, isNumber)`.
    func words(
        _ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>,
        _ body: (Int, Int, Bool, Bool) -> Void
    ) {
        var err: Int32 = 0
        wn_break_set_text(
            breaker, units.baseAddress.map { $0 + range.lowerBound },
            Int32(range.count), &err)
        guard wn_failure(err) == 0 else { return }
        let done = wn_break_done()
        var start = wn_break_first(breaker)
        var end = wn_break_next(breaker)
        while end != done {
            let status = wn_break_status(breaker)
            body(
                range.lowerBound + Int(start), range.lowerBound + Int(end),
                status >= 100, status >= 100 && status < 200)
            start = end
            end = wn_break_next(breaker)
        }
    }
}
