/// Who to call, by country: the one table of numbers in Limber (clinical.md §2, "The numbers are
/// the patient's country's"). Safety text never writes a number; it names a placeholder that
/// `EmergencyContacts` fills from here or from the clinic's file.
public struct CountryContacts: Sendable, Equatable {
    /// The number to call in an emergency, as a patient would say it ("000", "112 or 999").
    public var emergency: String
    /// Where to turn for urgent advice that is not an emergency, with its number when it has one.
    public var urgentCare: String
    /// What the emergency department is called there ("A&E" in the UK).
    public var emergencyDepartment: String

    /// Australia, the UK, New Zealand, Ireland, the US and Canada by their ISO codes.
    static let byCountry: [String: CountryContacts] = [
        "AU": CountryContacts(
            emergency: "000", urgentCare: "healthdirect on 1800 022 222", emergencyDepartment: "the emergency department"),
        "GB": CountryContacts(emergency: "999", urgentCare: "NHS 111", emergencyDepartment: "A&E"),
        "NZ": CountryContacts(
            emergency: "111", urgentCare: "Healthline on 0800 611 116", emergencyDepartment: "the emergency department"),
        "IE": CountryContacts(
            emergency: "112 or 999", urgentCare: "your GP's out-of-hours service",
            emergencyDepartment: "the emergency department"),
        "US": CountryContacts(
            emergency: "911", urgentCare: "an urgent care clinic", emergencyDepartment: "the emergency room"),
        "CA": CountryContacts(
            emergency: "911", urgentCare: "your provincial health line on 811", emergencyDepartment: "the emergency department"),
    ]

    /// Every other member of the European Union: 112 works throughout.
    static let europeanUnion: Set<String> = [
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IT", "LV", "LT", "LU", "MT", "NL",
        "PL", "PT", "RO", "SK", "SI", "ES", "SE",
    ]

    static let europeanUnionContacts = CountryContacts(
        emergency: "112", urgentCare: "the local out-of-hours doctor service",
        emergencyDepartment: "the nearest emergency department")

    /// Where the country is unknown: no number at all rather than a wrong one.
    public static let unknown = CountryContacts(
        emergency: "your local emergency number", urgentCare: "the local out-of-hours service",
        emergencyDepartment: "the nearest emergency department")

    /// The contacts for an ISO country code ("UK" is taken as GB); `unknown` for any other.
    public static func forCountry(_ code: String?) -> CountryContacts {
        guard let code = code.map({ $0 == "UK" ? "GB" : $0 }) else { return unknown }
        if let known = byCountry[code] { return known }
        return europeanUnion.contains(code) ? europeanUnionContacts : unknown
    }
}
