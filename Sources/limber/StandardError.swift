import Foundation
import LimberCore

/// Every message on stderr goes through here. Messages echo what was typed or read (an unknown
/// symptom name, a routine's field, an import's value): control characters in them are shown
/// as visible text (see VisibleText), the lines of a message kept as lines.
enum StandardError {
    static func print(_ line: String) {
        FileHandle.standardError.write(Data((VisibleText.lines(line) + "\n").utf8))
    }
}
