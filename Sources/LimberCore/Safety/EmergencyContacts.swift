/// The numbers and services the patient's safety advice names, chosen once: the clinic's own
/// (`clinic.yaml`), else its country's, else the country of the patient's locale, else none.
public struct EmergencyContacts: Sendable, Equatable {
    /// The country decided on, nil when unknown.
    public var country: String?
    public var contacts: CountryContacts

    public init(country: String?, contacts: CountryContacts) {
        self.country = country
        self.contacts = contacts
    }

    /// The placeholders safety text may use instead of a number or a service's name.
    public enum Placeholder: String, CaseIterable, Sendable {
        case emergency = "{emergency}"
        case urgentCare = "{urgent-care}"
        case emergencyDepartment = "{emergency-department}"
    }

    public func value(of placeholder: Placeholder) -> String {
        switch placeholder {
        case .emergency: contacts.emergency
        case .urgentCare: contacts.urgentCare
        case .emergencyDepartment: contacts.emergencyDepartment
        }
    }

    /// A clinic's numbers win over its country's; a clinic with no country leaves it to the locale.
    public init(clinic: Clinic, environment: [String: String]) {
        let country = clinic.country.map { $0 == "UK" ? "GB" : $0 } ?? Self.localeCountry(environment)
        var contacts = CountryContacts.forCountry(country)
        if let emergency = clinic.emergency { contacts.emergency = emergency }
        if let urgentCare = clinic.urgentCare { contacts.urgentCare = urgentCare }
        self.init(country: country, contacts: contacts)
    }

    /// The territory of the first of LC_ALL, LC_MESSAGES and LANG that names one ("en_AU.UTF-8"
    /// gives "AU"). A locale without a territory ("C.UTF-8") says nothing about where the patient
    /// is, so the next variable is asked.
    public static func localeCountry(_ environment: [String: String]) -> String? {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name] else { continue }
            let locale = value.split(whereSeparator: { $0 == "." || $0 == "@" }).first ?? ""
            let parts = locale.split(separator: "_")
            if parts.count == 2, parts[1].count == 2, parts[1].allSatisfy({ $0.isASCII && $0.isLetter }) {
                return parts[1].uppercased()
            }
        }
        return nil
    }

    /// `text` with every placeholder filled in.
    public func fill(_ text: String) -> String {
        // Every start fills the whole safety catalogue: one pass over the UTF-8 bytes (a
        // placeholder is ASCII, and a brace byte is never inside another character's bytes),
        // not a walk by Characters with a search per brace (a third of a millisecond of a start).
        guard text.utf8.contains(UInt8(ascii: "{")) else { return text }
        var filled: [UInt8] = []
        filled.reserveCapacity(text.utf8.count + 32)
        var bytes = text.utf8[...]
        while let brace = bytes.firstIndex(of: UInt8(ascii: "{")) {
            filled += bytes[..<brace]
            bytes = bytes[brace...]
            if let placeholder = Placeholder.allCases.first(where: { bytes.starts(with: $0.rawValue.utf8) }) {
                filled += value(of: placeholder).utf8
                bytes = bytes.dropFirst(placeholder.rawValue.utf8.count)
            } else {
                filled.append(UInt8(ascii: "{"))
                bytes = bytes.dropFirst()
            }
        }
        filled += bytes
        return String(decoding: filled, as: UTF8.self)
    }
}
