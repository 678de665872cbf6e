import Foundation
import LimberCore

/// Every `--json` output goes through here, so all share one shape: sorted keys, indented.
enum JSONOutput {
    static func print<Value: Encodable>(_ value: Value) throws {
        Swift.print(try text(value))
    }

    /// The JSON `print` writes, without the line break after it.
    static func text<Value: Encodable>(_ value: Value) throws -> String {
        let json: Data
        do {
            // JSONEncoder's very bytes, faster: a review runs to megabytes.
            json = try PrettyJSON.encode(value, instant: LogTime.text)
        } catch is PrettyJSON.Unsupported {
            json = try PrettyJSON.foundationEncoder(instant: LogTime.text).encode(value)
        }
        let text = String(decoding: VisibleText.escapingJSONControls(json), as: UTF8.self)
        // Foundation pretty-prints an empty list on three lines.
        return text == "[\n\n]" ? "[]" : text
    }
}
