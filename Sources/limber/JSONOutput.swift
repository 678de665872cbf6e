import Foundation
import LimberCore

/// Every `--json` output goes through here, so all share one shape: sorted keys, indented.
enum JSONOutput {
    static func print<Value: Encodable>(_ value: Value) throws {
        Swift.print(try text(value))
    }

    /// The JSON `print` writes, without the line break after it.
    static func text<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Instants as the log writes them.
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(LogTime.text(date))
        }
        let text = String(decoding: VisibleText.escapingJSONControls(try encoder.encode(value)), as: UTF8.self)
        // Foundation pretty-prints an empty list on three lines.
        return text == "[\n\n]" ? "[]" : text
    }
}
