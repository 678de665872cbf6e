import Foundation
import Yams

/// Reads one YAML file into values, collecting a diagnostic with line and column for every
/// problem instead of stopping at the first, so a clinician fixes a file in one pass.
final class YAMLReader {
    let path: String
    private var found: [Diagnostic] = []

    /// Problems in file order, whatever order they were found in.
    var diagnostics: [Diagnostic] {
        found.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    init(path: String) {
        self.path = path
    }

    func error(_ message: String, line: Int, column: Int) {
        found.append(Diagnostic(path: path, line: line, column: column, message: message))
    }

    func error(_ message: String, at mark: Mark?) {
        error(message, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    func error(_ message: String, at node: Node) {
        error(message, at: node.mark)
    }

    /// The document's root node from raw file bytes; nil (with a diagnostic) when the file is
    /// empty, not UTF-8 or not well-formed YAML.
    func root(of data: Data) -> Node? {
        guard let text = String(data: data, encoding: .utf8) else {
            let (line, column) = Self.position(ofFirstInvalidUTF8In: data)
            error("file is not valid UTF-8 text", line: line, column: column)
            return nil
        }
        if text.allSatisfy(\.isWhitespace) {
            error("file is empty", line: 1, column: 1)
            return nil
        }
        do {
            // Values are read by their text, never their resolved tag, so the basic resolver
            // (no regex per scalar) loses nothing and halves the library's load time.
            let (root, repeats) = try DuplicateKeys.compose(text)
            guard let root else {
                error("file holds no YAML document", line: 1, column: 1)
                return nil
            }
            for repeated in repeats {
                let name = repeated.key.scalar?.string ?? ""
                let first = repeated.first.mark.map { "line \($0.line), column \($0.column)" } ?? "before"
                error("duplicate key '\(name)': this mapping already has it at \(first)", at: repeated.key)
            }
            return root
        } catch let yamlError as YamlError {
            report(yamlError, in: text)
            return nil
        } catch {
            self.error("malformed YAML: \(error)", line: 1, column: 1)
            return nil
        }
    }

    /// The YAML library's error in a clinician's words, at its place; never its internals.
    private func report(_ yamlError: YamlError, in text: String) {
        switch yamlError {
        case .reader(_, _, let value, _):
            // The reader stops at the first character YAML does not allow: its first occurrence.
            guard let scalar = Unicode.Scalar(UInt32(bitPattern: value)),
                let index = text.unicodeScalars.firstIndex(of: scalar)
            else {
                error("the file holds a character YAML does not allow", line: 1, column: 1)
                return
            }
            let (line, column) = Self.position(of: index, in: text)
            error(VisibleText.isControl(scalar) ? Self.controlCharacterMessage(scalar)
                    : "the character U+\(String(scalar.value, radix: 16, uppercase: true)) is not allowed in YAML",
                  line: line, column: column)
        case .parser(_, let problem, let mark, _) where problem.hasPrefix("Maximum nesting level"):
            error("lists and mappings are nested too deeply here (more than \(Self.deepestNesting) levels); "
                  + "a library file needs only a few", at: mark)
        case .scanner(_, let problem, let mark, _),
            .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            error("malformed YAML: \(problem)", at: mark)
        case .duplicatedKeysInMapping(let duplicates, let context):
            // Only when renaming could not separate them (see DuplicateKeys).
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            error("duplicate key \(keys) in one mapping", at: context.mark)
        default:
            error("the file cannot be read as YAML", line: 1, column: 1)
        }
    }

    /// The nesting libyaml allows (its MAX_NESTING_LEVEL).
    static let deepestNesting = 1000

    /// Why a control character is refused: it would reach the terminal from every screen.
    static func controlCharacterMessage(_ scalar: Unicode.Scalar, in key: String? = nil) -> String {
        let holder = key.map { "'\($0)' holds" } ?? "the file holds"
        return "\(holder) the control character \(VisibleText.escape(scalar)); "
            + "library text cannot hold control characters (they would reach the terminal)"
    }

    /// Line and column (both from 1, the column in Unicode scalars as Yams counts) of `index`.
    static func position(of index: String.UnicodeScalarView.Index, in text: String) -> (Int, Int) {
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars[..<index] {
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }

    /// Line and column (both from 1) of the first byte that breaks UTF-8.
    static func position(ofFirstInvalidUTF8In data: Data) -> (Int, Int) {
        let bytes = [UInt8](data)
        var validEnd = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
                validEnd = offset
            case .emptyInput, .error:
                break decoding
            }
        }
        let valid = String(decoding: bytes[..<validEnd], as: UTF8.self)
        let lines = valid.split(separator: "\n", omittingEmptySubsequences: false)
        return (lines.count, (lines.last?.count ?? 0) + 1)
    }

    // MARK: Typed values

    /// The fields of a mapping, with every key that is not `allowed` reported.
    func fields(_ node: Node, of what: String, allowed: [String]) -> Fields? {
        guard case .mapping(let mapping) = node else {
            error("\(what) must be a mapping of keys to values, found \(node.kindName)", at: node)
            return nil
        }
        var values: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                error("keys in \(what) must be plain names", at: key)
                continue
            }
            if allowed.contains(name) {
                // A repeated key is reported where it repeats; the first value is read, so the
                // repeat does not bring follow-on errors of its own.
                if values[name] == nil { values[name] = value }
            } else {
                error("unknown key '\(name)' in \(what)\(Self.suggestion(for: name, from: allowed))", at: key)
            }
        }
        return Fields(reader: self, mark: mapping.mark, what: what, values: values)
    }

    /// Text, which may hold no control characters: every screen and command shows it.
    func string(_ node: Node, key: String) -> String? {
        guard case .scalar(let scalar) = node, !scalar.string.isEmpty else {
            error("'\(key)' must be text, found \(node.kindName)", at: node)
            return nil
        }
        if let control = VisibleText.firstControl(in: scalar.string) {
            error(Self.controlCharacterMessage(control, in: key), at: node)
            return nil
        }
        return scalar.string
    }

    func int(_ node: Node, key: String, in range: ClosedRange<Int>) -> Int? {
        guard case .scalar(let scalar) = node, scalar.style == .plain, let value = Int(scalar.string) else {
            error("'\(key)' must be a whole number, found \(node.kindName)", at: node)
            return nil
        }
        guard range.contains(value) else {
            error("'\(key)' must be from \(range.lowerBound) to \(range.upperBound), found \(value)", at: node)
            return nil
        }
        return value
    }

    func bool(_ node: Node, key: String) -> Bool? {
        guard case .scalar(let scalar) = node, scalar.style == .plain,
            let value = ["true": true, "false": false][scalar.string]
        else {
            error("'\(key)' must be true or false, found \(node.kindName)", at: node)
            return nil
        }
        return value
    }

    /// A value from a closed set of names, such as a family or a step kind.
    func choice<Value: RawRepresentable & CaseIterable>(
        _ node: Node, key: String, as: Value.Type, what: String
    ) -> Value? where Value.RawValue == String {
        guard let name = string(node, key: key) else { return nil }
        guard let value = Value(rawValue: name) else {
            let names = Value.allCases.map(\.rawValue)
            error("unknown \(what) '\(name)'; expected one of: \(names.joined(separator: ", "))", at: node)
            return nil
        }
        return value
    }

    /// The items of a sequence, each with its own node so that errors point at the item.
    func items(_ node: Node, key: String) -> [Node]? {
        guard case .sequence(let sequence) = node else {
            error("'\(key)' must be a list, found \(node.kindName)", at: node)
            return nil
        }
        return Array(sequence)
    }

    /// A list of texts; items that are not text are reported and left out.
    func strings(_ node: Node, key: String) -> [(String, Node)]? {
        items(node, key: key)?.compactMap { item in
            string(item, key: key).map { ($0, item) }
        }
    }

    /// " (did you mean 'x'?)" when a known name is a likely typo of `name`.
    static func suggestion(for name: String, from names: [String]) -> String {
        guard let match = NameSuggestion.closest(to: name, among: names) else {
            return "; expected one of: \(names.joined(separator: ", "))"
        }
        return " (did you mean '\(match)'?)"
    }
}

/// The known keys of one mapping, read by name.
struct Fields {
    let reader: YAMLReader
    let mark: Mark?
    let what: String
    let values: [String: Node]

    func optional(_ key: String) -> Node? {
        values[key]
    }

    func required(_ key: String) -> Node? {
        guard let node = values[key] else {
            reader.error("missing required key '\(key)' in \(what)", at: mark)
            return nil
        }
        return node
    }
}

extension Node {
    /// How the node reads to a person, for "found ..." in messages.
    var kindName: String {
        switch self {
        case .scalar(let scalar): scalar.string.isEmpty ? "nothing" : "'\(scalar.string)'"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }
}
