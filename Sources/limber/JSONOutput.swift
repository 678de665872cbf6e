import Foundation
import LimberCore

/// Every `--json` output goes through here, so all share one shape: sorted keys, indented.
enum JSONOutput {
    static func print<Value: Encodable>(_ value: Value) throws {
        Swift.print(try text(value))
    }

    /// The JSON `print` writes, without the line break after it.
    static func text<Value: Encodable>(_ value: Value) throws -> String {
        var json = Data()
        try parts(of: value) { json.append($0) }
        return String(decoding: json, as: UTF8.self)
    }

    /// What `print` prints, passed to `output` in parts as it is made: a clinic's review (a
    /// `PrettyJSON.Streamed` list of patients) runs to a gigabyte, and is never held whole.
    static func write<Value: Encodable>(_ value: Value, to output: (Data) throws -> Void) throws {
        try parts(of: value, to: output)
        try output(Data("\n".utf8))
    }

    /// `value`'s JSON passed to `output` in parts, in order.
    private static func parts<Value: Encodable>(of value: Value, to output: (Data) throws -> Void) throws {
        var started = false
        do {
            // JSONEncoder's very bytes, faster: a review runs to megabytes.
            try PrettyJSON.write(value) { part in
                try output(finished(Data(part), first: !started))
                started = true
            }
        } catch is PrettyJSON.Unsupported where !started {
            // Found before anything was written (only a streamed list's items are written late).
            try output(finished(try PrettyJSON.foundationEncoder().encode(value), first: true))
        }
    }

    /// A part as it is written out: DEL and C1 controls escaped, and an empty list on one line
    /// where Foundation pretty-prints it on three (a first part that is a whole list is all
    /// there is).
    private static func finished(_ part: Data, first: Bool) -> Data {
        VisibleText.escapingJSONControls(first && part == Data("[\n\n]".utf8) ? Data("[]".utf8) : part)
    }
}
