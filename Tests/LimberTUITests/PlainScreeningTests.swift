import LimberCore
import LimberTUI
import Testing

/// The screening questions in plain lines: y, n, Enter to pass, q to leave.
struct PlainScreeningTests {
    static let symptoms = [
        Symptom(id: "fever", question: "In the last few days, have you had a fever?", advice: "", urgency: .urgent),
        Symptom(id: "night-pain", question: "Is your pain newly worse at night?", advice: "", urgency: .urgent),
        Symptom(id: "recurring-tightness", question: "Does it keep coming back?", advice: ""),
    ]

    static func ask(_ answers: [String]) -> (PlainScreening.Outcome, [String]) {
        let lines = MemoryLineTerminal(answers: answers) { _ in }
        return (PlainScreening.ask(symptoms, on: lines, signals: .none), lines.lines)
    }

    @Test func eachQuestionIsAskedInTurnAndAStrayAnswerIsAskedAgain() {
        let (outcome, lines) = Self.ask(["maybe", "y", "", "N"])
        #expect(outcome == .answered(yes: ["fever"]))
        #expect(lines == [
            "Answer y (yes) or n (no); Enter passes a question over, q leaves without recording.",
            "1/3 In the last few days, have you had a fever? [y/n]",
            "Please answer y or n, or press Enter to pass this question over.",
            "1/3 In the last few days, have you had a fever? [y/n]",
            "2/3 Is your pain newly worse at night? [y/n]",
            "3/3 Does it keep coming back? [y/n]",
        ])
    }

    @Test func passingEveryQuestionOrLeavingRecordsNothing() {
        #expect(Self.ask(["", "", ""]).0 == .allPassed)
        #expect(Self.ask(["n", "q"]).0 == .left)
        #expect(Self.ask(["n"]).0 == .left, "input ended")
        #expect(Self.ask(["no", "no", "yes"]).0 == .answered(yes: ["recurring-tightness"]))
    }
}
