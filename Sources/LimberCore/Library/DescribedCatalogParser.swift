import Foundation

/// An entry of a catalogue that is a list of ids with a name and a plain description.
protocol DescribedEntry {
    init(id: String, name: String, description: String)
}

/// Reads a catalogue whose one top-level key, `list`, holds `id`, `name`, `description` entries
/// (issues.yaml, conditions.yaml). `file` and `entry` name the catalogue and one entry in messages.
enum DescribedCatalogParser {
    static func parse<Entry: DescribedEntry>(
        _ data: Data, reader: YAMLReader, file: String, list: String, entry: String
    ) -> [Entry] {
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
            return Entry(id: id, name: name, description: description)
        }
    }
}
