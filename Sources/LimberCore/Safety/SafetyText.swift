/// What safety text may not say: a phone number of its own (the patient's country decides the
/// numbers, through `EmergencyContacts`), or a placeholder Limber cannot fill.
enum SafetyText {
    /// Why `text` cannot be shipped, or nil.
    static func problem(in text: String, key: String) -> String? {
        if let number = phoneNumber(in: text) {
            let names = EmergencyContacts.Placeholder.allCases.map(\.rawValue).joined(separator: ", ")
            return "'\(key)' writes the number '\(number)'; safety text names no number itself: write one of \(names), "
                + "which the patient's clinic or country fills in"
        }
        if let unknown = placeholders(in: text).first(where: { EmergencyContacts.Placeholder(rawValue: $0) == nil }) {
            let names = EmergencyContacts.Placeholder.allCases.map(\.rawValue).joined(separator: ", ")
            return "unknown placeholder '\(unknown)' in '\(key)'; expected one of: \(names)"
        }
        return nil
    }

    /// The first run of three or more digits, spaces allowed between them ("999", "1800 022 222"):
    /// shorter numbers are doses and ages ("30 minutes", "over 50").
    static func phoneNumber(in text: String) -> String? {
        var run = ""
        for character in text + "." {
            if character.isASCII && character.isNumber || (character == " " && run.last?.isNumber == true) {
                run.append(character)
                continue
            }
            while run.last == " " { run.removeLast() }
            if run.filter(\.isNumber).count >= 3 { return run }
            run = ""
        }
        return nil
    }

    /// Every `{word}` in the text, braces included.
    static func placeholders(in text: String) -> [String] {
        var found: [String] = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            found.append(String(rest[open...close]))
            rest = rest[rest.index(after: close)...]
        }
        return found
    }
}
