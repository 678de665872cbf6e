import Foundation
import Yams

/// The clinic whose advice Limber gives, and where it is (`clinic.yaml`): the built-in one names
/// no country, so the patient's locale decides; a clinic's folder may hold its own.
public struct Clinic: Sendable, Equatable {
    public var name: String
    /// An ISO 3166 country code such as "AU"; nil leaves it to the locale.
    public var country: String?
    /// The emergency number, when the clinic gives its own.
    public var emergency: String?
    /// Where to turn for urgent advice that is not an emergency, when the clinic gives it.
    public var urgentCare: String?

    public init(name: String = "your clinic", country: String? = nil, emergency: String? = nil, urgentCare: String? = nil) {
        self.name = name
        self.country = country
        self.emergency = emergency
        self.urgentCare = urgentCare
    }
}

enum ClinicParser {
    static func parse(_ data: Data, reader: YAMLReader) -> Clinic {
        guard let root = reader.root(of: data),
            let fields = reader.fields(root, of: "clinic.yaml", allowed: ["name", "country", "emergency", "urgent-care"])
        else { return Clinic() }
        let name = fields.required("name").flatMap { reader.string($0, key: "name") }
        let country = fields.optional("country").flatMap { node -> String? in
            guard let code = reader.string(node, key: "country") else { return nil }
            guard code.count == 2, code.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
                reader.error("'country' must be a two-letter country code in capitals, such as AU or GB, found '\(code)'", at: node)
                return nil
            }
            return code
        }
        let emergency = fields.optional("emergency").flatMap { reader.string($0, key: "emergency") }
        let urgentCare = fields.optional("urgent-care").flatMap { reader.string($0, key: "urgent-care") }
        return Clinic(name: name ?? Clinic().name, country: country, emergency: emergency, urgentCare: urgentCare)
    }
}
