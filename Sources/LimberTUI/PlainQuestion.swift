import Foundation
import LimberCore

/// Asks one question in plain lines; an empty line passes over it.
enum PlainQuestion {
    static func ask(_ question: Question, on lines: any LineTerminal, confirmingLeave: String?,
                    signals: SessionSignals) -> QuestionAnswer {
        // Without someone to answer, questions are passed over rather than waited on.
        guard lines.canAnswer else { return .passed }
        // Taken as typed: " 5" or "+5" is not an answer, and is said to be so.
        func answer() -> String? {
            lines.readLine(signals: signals)
        }
        while true {
            lines.write("\(question.text) \(question.hint)")
            guard let line = answer(), !line.isEmpty else { return .passed }
            if line.lowercased() == "q" {
                guard let confirmingLeave else { return .leave }
                lines.write("\(confirmingLeave) y: leave  n: back to the question")
                if answer()?.lowercased() == "y" { return .leave }
                continue
            }
            if let value = question.accepts(line) { return .answered(value) }
            lines.write("That is not one of the answers.")
        }
    }
}
