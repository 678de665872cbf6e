import Foundation

/// Control characters from data made visible and harmless before they reach a terminal.
///
/// A note, an imported record or a typed name can hold ESC, CR, BS or a C1 control such as CSI
/// (U+009B): written raw, they retitle the window, clear the screen or overwrite a line. Every
/// place that shows data goes through here, so there is one rule: each C0 control (U+0000 to
/// U+001F), DEL (U+007F), each C1 control (U+0080 to U+009F) and each bidirectional control is
/// shown as its code point in Swift's escape form, `\u{1B}`: plain ASCII, unambiguous for any code point, and what a
/// clinician can search for. Everything else is left as it is.
public enum VisibleText {
    /// `text` with every control character written as `\u{XX}`.
    public static func of(_ text: String) -> String {
        // Most text has none: answer it without building a new string.
        guard containsControl(text) else { return text }
        var visible = ""
        for scalar in text.unicodeScalars {
            if isControl(scalar) { visible += escape(scalar) } else { visible.unicodeScalars.append(scalar) }
        }
        return visible
    }

    /// `text` made visible line by line: its line feeds are kept as line breaks (for output made
    /// of several lines, such as a message with its usage), every other control is escaped.
    public static func lines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { of(String($0)) }.joined(separator: "\n")
    }

    /// C0, DEL and C1, and the bidirectional controls (U+061C, U+200E, U+200F, U+202A to U+202E,
    /// U+2066 to U+2069), which reorder how the rest of a line is shown: a note holding U+202E
    /// could make a line say what it does not.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    public static func containsControl(_ text: String) -> Bool {
        // Read in place where it can be (a review asks it of two texts for every step): walking
        // a String's UTF-8 view costs several times as much a byte.
        (text.utf8.withContiguousStorageIfAvailable(controlInBytes) ?? controlInBytes(text.utf8))
            ?? text.unicodeScalars.contains(where: isControl)
    }

    /// Whether UTF-8 `bytes` hold a control: nil when they hold a lead byte of a bidirectional
    /// one (0xD8, 0xE2), which are then looked at closely, as scalars.
    private static func controlInBytes<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool? {
        // UTF-8 writes C0 and DEL as one byte below 0x20 or 0x7F, and C1 as 0xC2 0x80...0x9F.
        var afterC2 = false
        for byte in bytes {
            if byte < 0x20 || byte == 0x7F || (afterC2 && byte <= 0x9F) { return true }
            if byte == 0xD8 || byte == 0xE2 { return nil }
            afterC2 = byte == 0xC2
        }
        return false
    }

    /// The first control character in `text`, if any.
    public static func firstControl(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first(where: isControl)
    }

    /// JSON with DEL and C1 controls written as `\u007F`-style escapes. JSONEncoder escapes the
    /// C0 controls in strings but writes DEL and C1 raw; in JSON they can only stand inside
    /// strings, where an escape reads back as the same character.
    public static func escapingJSONControls(_ json: Data) -> Data {
        // A review's JSON runs to a gigabyte. In UTF-8, DEL is the byte 0x7F and each C1 control
        // the pair 0xC2 0x80...0x9F (0xC2 only ever begins a character): both lead bytes are
        // looked for with memchr, many bytes at a time, each searched again only once passed.
        json.withUnsafeBytes { bytes -> Data in
            guard let base = bytes.baseAddress else { return json }
            func controlLength(at index: Int) -> Int {
                if bytes[index] == 0x7F { return 1 }
                return bytes[index] == 0xC2 && index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]) ? 2 : 0
            }
            func find(_ byte: UInt8, from start: Int) -> Int {
                memchr(base + start, Int32(byte), bytes.count - start).map { base.distance(to: UnsafeRawPointer($0)) } ?? bytes.count
            }
            var (nextDEL, nextC2) = (find(0x7F, from: 0), find(0xC2, from: 0))
            func nextControl(from start: Int) -> Int? {
                var start = start
                while start < bytes.count {
                    if nextDEL < start { nextDEL = find(0x7F, from: start) }
                    if nextC2 < start { nextC2 = find(0xC2, from: start) }
                    let candidate = min(nextDEL, nextC2)
                    if candidate == bytes.count { return nil }
                    if controlLength(at: candidate) > 0 { return candidate }
                    start = candidate + 1
                }
                return nil
            }
            guard var index = nextControl(from: 0) else { return json }
            var escaped = Data(bytes[..<index])
            escaped.reserveCapacity(bytes.count + 64)
            while true {
                let length = controlLength(at: index)
                let value = length == 1 ? 0x7F : bytes[index + 1]
                escaped.append(contentsOf: ("\\u00" + String(value, radix: 16, uppercase: true)).utf8)
                let copied = index + length
                guard let next = nextControl(from: copied) else {
                    escaped.append(contentsOf: bytes[copied...])
                    return escaped
                }
                escaped.append(contentsOf: bytes[copied..<next])
                index = next
            }
        }
    }

    /// `\u{1B}` for ESC: how a control character is shown, and named in messages.
    public static func escape(_ scalar: Unicode.Scalar) -> String {
        "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }
}
