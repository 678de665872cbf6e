import Foundation

/// An issue a clinician can flag for a patient (`Routines/issues.yaml`).
public struct PatientIssue: Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    public var description: String
}

enum IssueCatalogParser {
    static func parse(_ data: Data, reader: YAMLReader) -> [PatientIssue] {
        guard let root = reader.root(of: data),
            let fields = reader.fields(root, of: "issues.yaml", allowed: ["issues"]),
            let items = fields.required("issues").flatMap({ reader.items($0, key: "issues") })
        else { return [] }
        return items.enumerated().compactMap { index, item in
            guard let entry = reader.fields(item, of: "issue \(index + 1)", allowed: ["id", "name", "description"])
            else { return nil }
            let id = entry.required("id").flatMap { reader.string($0, key: "id") }
            let name = entry.required("name").flatMap { reader.string($0, key: "name") }
            let description = entry.required("description").flatMap { reader.string($0, key: "description") }
            guard let id, let name, let description else { return nil }
            return PatientIssue(id: id, name: name, description: description)
        }
    }
}
