import Yams

/// Composes YAML whose mappings may repeat a key, so that each repeat is reported at its own place.
///
/// Yams stops at the first mapping with a repeated key and names all of that mapping's repeats
/// at one place. So the first occurrence it names is renamed to a unique stand-in of the same
/// length (columns stay right) and the text composed again, until it composes; the stand-ins
/// are then put back, and every repeat is found in the tree, in every mapping.
enum DuplicateKeys {
    /// A repeated key and the first key of that name in its mapping.
    struct Repeat {
        var key: Node
        var first: Node
    }

    /// Renaming stops after this many; a file with more is reported as Yams reports it.
    static let limit = 200

    static func compose(_ text: String) throws -> (root: Node?, repeats: [Repeat]) {
        var text = text
        var originals: [String: String] = [:]
        while true {
            do {
                let root = try Yams.compose(yaml: text, .basic)
                guard let root, !originals.isEmpty else { return (root, []) }
                var repeats: [Repeat] = []
                return (restore(root, originals, &repeats), repeats)
            } catch YamlError.duplicatedKeysInMapping(let names, let context) {
                guard originals.count < limit, let name = names.first,
                    let standIn = standIn(number: originals.count, length: name.unicodeScalars.count),
                    !text.contains(standIn),
                    let renamed = replace(name, at: context.mark, in: text, with: standIn)
                else { throw YamlError.duplicatedKeysInMapping(duplicates: names, context: context) }
                text = renamed
                originals[standIn] = name
            }
        }
    }

    /// `number` written in private-use characters, `length` of them: a key no file uses.
    private static func standIn(number: Int, length: Int) -> String? {
        let base = 0x1900
        var rest = number
        var scalars: [Unicode.Scalar] = []
        for _ in 0..<max(1, length) {
            scalars.append(Unicode.Scalar(0xE000 + rest % base)!)
            rest /= base
        }
        guard rest == 0, scalars.count == length else { return nil }
        return String(String.UnicodeScalarView(scalars))
    }

    /// `text` with the key `name` written at `mark` (plain or quoted) replaced by `standIn`;
    /// nil when the key is not written there as itself (an escape, a long key).
    private static func replace(_ name: String, at mark: Mark, in text: String, with standIn: String) -> String? {
        var scalars = Array(text.unicodeScalars)
        var line = 1
        var start = 0
        while line < mark.line, start < scalars.count {
            if scalars[start] == "\n" { line += 1 }
            start += 1
        }
        start += mark.column - 1
        if start < scalars.count, scalars[start] == "\"" || scalars[start] == "'" {
            let quote = scalars[start]
            start += 1
            let end = start + name.unicodeScalars.count
            guard end < scalars.count, scalars[end] == quote else { return nil }
        }
        let nameScalars = Array(name.unicodeScalars)
        guard start >= 0, start + nameScalars.count <= scalars.count,
            Array(scalars[start..<start + nameScalars.count]) == nameScalars
        else { return nil }
        scalars.replaceSubrange(start..<start + nameScalars.count, with: standIn.unicodeScalars)
        return String(String.UnicodeScalarView(scalars))
    }

    /// The tree with the original key names back, and the repeats it holds.
    private static func restore(_ node: Node, _ originals: [String: String], _ repeats: inout [Repeat]) -> Node {
        switch node {
        case .mapping(let mapping):
            var firsts: [String: Node] = [:]
            let pairs = mapping.map { pair -> (Node, Node) in
                var key = restore(pair.key, originals, &repeats)
                if case .scalar(let scalar) = key, let original = originals[scalar.string] {
                    key = .scalar(Node.Scalar(original, scalar.tag, scalar.style, scalar.mark))
                }
                if let name = key.scalar?.string {
                    if let first = firsts[name] { repeats.append(Repeat(key: key, first: first)) } else { firsts[name] = key }
                }
                return (key, restore(pair.value, originals, &repeats))
            }
            return .mapping(Node.Mapping(pairs, mapping.tag, mapping.style, mapping.mark))
        case .sequence(let sequence):
            return .sequence(Node.Sequence(sequence.map { restore($0, originals, &repeats) }, sequence.tag, sequence.style,
                                           sequence.mark))
        case .scalar, .alias:
            return node
        }
    }
}
