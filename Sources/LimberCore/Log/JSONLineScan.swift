/// What Foundation's JSON readers hide about one line of an export, found by reading its bytes:
/// whether it is JSON at all, a key given twice in one object (JSONDecoder keeps one value
/// without a word), a NUL inside text (SQLite would cut the text there), and a number that is
/// not a whole number or does not fit one (JSONDecoder calls the whole line "corrupted").
struct JSONLineScan {
    /// Nil when the line is JSON; otherwise why not, in words.
    private(set) var invalid: String?
    /// The first key given twice in one object, as the top-level field it is in.
    private(set) var repeatedField: String?
    /// The first top-level field whose text holds a NUL.
    private(set) var fieldWithNUL: String?
    /// The first number that is not a whole number in the range of one, and its field.
    private(set) var badNumber: (field: String, text: String, whole: Bool)?

    /// Deeper than this, a line is refused: an export's records are one level deep.
    static let deepestNesting = 64

    private let bytes: [UInt8]
    private var index = 0

    init<Bytes: Collection<UInt8>>(_ line: Bytes) {
        bytes = Array(line)
        skipSpace()
        if value(field: nil, depth: 0) {
            skipSpace()
            if index < bytes.count { fail() }
        }
    }

    /// The first of these problems, in words, or nil.
    var problem: String? {
        if let invalid { return invalid }
        if let repeatedField { return "field '\(repeatedField)' is given twice; an export gives each field once" }
        if let fieldWithNUL { return "field '\(fieldWithNUL)' holds a NUL character (\\u0000), which the log cannot keep" }
        return nil
    }

    /// What is wrong with the number, when the decoder refused one.
    var numberProblem: String? {
        guard let badNumber else { return nil }
        if !badNumber.whole { return "field '\(badNumber.field)' should be a whole number, found \(badNumber.text)" }
        if let value = Double(badNumber.text), value.isFinite, abs(value) < 1e18 {
            return "field '\(badNumber.field)' should be a whole number written in digits, found \(badNumber.text)"
        }
        return "field '\(badNumber.field)': the number \(badNumber.text) is far out of range"
    }

    private mutating func fail(_ why: String = "not valid JSON") {
        if invalid == nil { invalid = why }
    }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func skipSpace() {
        while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
    }

    private mutating func expect(_ byte: UInt8) -> Bool {
        guard current == byte else { fail(); return false }
        index += 1
        return true
    }

    /// One value; `field` is the top-level field it belongs to.
    private mutating func value(field: String?, depth: Int) -> Bool {
        guard depth <= Self.deepestNesting else {
            fail("lists and objects are nested more than \(Self.deepestNesting) deep; an export's records are not")
            return false
        }
        guard let byte = current else { fail(); return false }
        switch byte {
        case UInt8(ascii: "{"): return object(field: field, depth: depth)
        case UInt8(ascii: "["): return array(field: field, depth: depth)
        case UInt8(ascii: "\""):
            guard let text = string() else { return false }
            if text.unicodeScalars.contains("\u{0}"), fieldWithNUL == nil { fieldWithNUL = field ?? "" }
            return true
        case UInt8(ascii: "t"): return literal("true")
        case UInt8(ascii: "f"): return literal("false")
        case UInt8(ascii: "n"): return literal("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return number(field: field ?? "")
        default: fail(); return false
        }
    }

    private mutating func object(field: String?, depth: Int) -> Bool {
        index += 1
        var keys: Set<String> = []
        skipSpace()
        if current == UInt8(ascii: "}") { index += 1; return true }
        while true {
            skipSpace()
            guard current == UInt8(ascii: "\""), let key = string() else { fail(); return false }
            // Compared as Swift strings, as JSONDecoder compares keys (an escaped letter is the letter).
            if !keys.insert(key).inserted, repeatedField == nil { repeatedField = field ?? key }
            skipSpace()
            guard expect(UInt8(ascii: ":")) else { return false }
            skipSpace()
            guard value(field: field ?? key, depth: depth + 1) else { return false }
            skipSpace()
            if current == UInt8(ascii: ",") { index += 1; continue }
            return expect(UInt8(ascii: "}"))
        }
    }

    private mutating func array(field: String?, depth: Int) -> Bool {
        index += 1
        skipSpace()
        if current == UInt8(ascii: "]") { index += 1; return true }
        while true {
            skipSpace()
            guard value(field: field, depth: depth + 1) else { return false }
            skipSpace()
            if current == UInt8(ascii: ",") { index += 1; continue }
            return expect(UInt8(ascii: "]"))
        }
    }

    private mutating func literal(_ word: String) -> Bool {
        for byte in word.utf8 {
            guard expect(byte) else { return false }
        }
        return true
    }

    /// A number by JSON's grammar; notes the first that no whole-number field could take.
    private mutating func number(field: String) -> Bool {
        let start = index
        if current == UInt8(ascii: "-") { index += 1 }
        guard digits() > 0 else { fail(); return false }
        let whole = current != UInt8(ascii: ".") && current != UInt8(ascii: "e") && current != UInt8(ascii: "E")
        if current == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { fail(); return false }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            index += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { fail(); return false }
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if badNumber == nil, Int(text) == nil {
            // 1e400 and 99999999999999999999 are whole, but out of range; 2.5 is not whole.
            let value = Double(text) ?? .infinity
            badNumber = (field, text, whole || !value.isFinite || value == value.rounded())
        }
        return true
    }

    private mutating func digits() -> Int {
        let start = index
        while let byte = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { index += 1 }
        return index - start
    }

    /// The one-letter escapes and the bytes they stand for.
    private static let escapes: [UInt8: UInt8] = [
        UInt8(ascii: "\""): 0x22, UInt8(ascii: "\\"): 0x5C, UInt8(ascii: "/"): 0x2F, UInt8(ascii: "b"): 0x08,
        UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09,
    ]

    /// A string's text with its escapes read; nil (and the line invalid) when it is not one.
    private mutating func string() -> String? {
        index += 1
        var utf8: [UInt8] = []
        var pendingHigh: UInt16?
        func flushHigh() {
            if pendingHigh != nil { utf8 += Array("\u{FFFD}".utf8); pendingHigh = nil }
        }
        while let byte = current {
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                flushHigh()
                return String(decoding: utf8, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard let escape = current else { fail(); return nil }
                index += 1
                if escape == UInt8(ascii: "u") {
                    guard index + 4 <= bytes.count,
                        let unit = UInt16(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
                    else { fail(); return nil }
                    index += 4
                    if let high = pendingHigh, (0xDC00...0xDFFF).contains(unit) {
                        let value = 0x10000 + (UInt32(high - 0xD800) << 10) + UInt32(unit - 0xDC00)
                        utf8 += Array(String(Unicode.Scalar(value)!).utf8)
                        pendingHigh = nil
                    } else {
                        flushHigh()
                        if (0xD800...0xDBFF).contains(unit) {
                            pendingHigh = unit
                        } else {
                            utf8 += Array(String(Unicode.Scalar(UInt32(unit)) ?? "\u{FFFD}").utf8)
                        }
                    }
                    continue
                }
                flushHigh()
                guard let decoded = Self.escapes[escape] else { fail(); return nil }
                utf8.append(decoded)
            case 0..<0x20:
                // JSON allows no raw control character inside a string.
                fail()
                return nil
            default:
                flushHigh()
                utf8.append(byte)
            }
        }
        fail()
        return nil
    }
}
