import Foundation

/// One entry of a catalogue that lists ids, each with a name and a plain description: an issue
/// (issues.yaml) or a condition (conditions.yaml).
public struct DescribedEntry: Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    public var description: String

    public init(id: String, name: String, description: String) {
        self.id = id
        self.name = name
        self.description = description
    }
}

/// Reads a catalogue whose one top-level key, `list`, holds `id`, `name`, `description` entries.
/// `file` and `entry` name the catalogue and one entry in messages.
enum DescribedCatalogParser {
    static func parse(_ data: Data, reader: YAMLReader, file: String, list: String, entry: String) -> [DescribedEntry] {
        guard let root = reader.root(of: data),
            let fields = reader.fields(root, of: file, allowed: [list]),
            let items = fields.required(list).flatMap({ reader.items($0, key: list) })
        else { return [] }
        return items.enumerated().compactMap { index, item in
            guard let entryFields = reader.fields(item, of: "\(entry) \(index + 1)", allowed: ["id", "name", "description"])
            else { return nil }
            let id = entryFields.required("id").flatMap { reader.string($0, key: "id") }
            let name = entryFields.required("name").flatMap { reader.string($0, key: "name") }
            let description = entryFields.required("description").flatMap { reader.string($0, key: "description") }
            guard let id, let name, let description else { return nil }
            return DescribedEntry(id: id, name: name, description: description)
        }
    }
}
