/// What the patient did with a question.
public enum QuestionAnswer: Sendable, Equatable {
    case answered(Int)
    /// Enter alone: no answer, go on.
    case passed
    /// `q`: leave. Before the session that means not playing it; after, no more questions.
    case leave

    public var value: Int? {
        if case .answered(let value) = self { value } else { nil }
    }
}

/// A question asked around a session. Every one can be passed over, or left with `q`.
public struct Question: Sendable, Equatable {
    public var text: String
    public var hint: String
    /// The answer, from what was typed; nil when it is not one.
    public var accepts: @Sendable (String) -> Int?

    public static func == (lhs: Question, rhs: Question) -> Bool { lhs.text == rhs.text }

    public static let painBefore = pain("How much pain do you have right now?")
    public static let painAfter = pain("How much pain do you have now, after the session?")

    static func pain(_ text: String) -> Question {
        Question(text: text, hint: "0 = none, 10 = worst imaginable. Type a number and press Enter; Enter alone passes, q leaves.") {
            Int($0).flatMap { (0...10).contains($0) ? $0 : nil }
        }
    }

    /// Answers 1, 2 and 3 stand for too easy, about right and too hard.
    public static let effort = Question(
        text: "How did the session feel?",
        hint: "1 = too easy, 2 = about right, 3 = too hard. Enter alone passes, q leaves."
    ) { Int($0).flatMap { (1...3).contains($0) ? $0 : nil } }
}
