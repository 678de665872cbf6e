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
    /// The most digits an answer has.
    public var digits: Int
    /// The answer, from what was typed; nil when it is not one.
    public var accepts: @Sendable (String) -> Int?

    /// A question answered by a whole number in `range`.
    public init(text: String, hint: String, range: ClosedRange<Int>) {
        self.text = text
        self.hint = hint
        digits = String(range.upperBound).count
        accepts = { Self.number($0, in: range) }
    }

    public static func == (lhs: Question, rhs: Question) -> Bool { lhs.text == rhs.text }

    public static let painNow = pain("How much pain do you have right now?")
    public static let painBefore = painNow
    public static let painAfter = pain("How much pain do you have now, after the session?")

    static func pain(_ text: String) -> Question {
        Question(text: text, hint: "0 = none, 10 = worst imaginable. Type a number and press Enter; Enter alone passes, q leaves.",
                 range: 0...10)
    }

    /// Answers 1, 2 and 3 stand for too easy, about right and too hard.
    public static let effort = Question(
        text: "How did the session feel?",
        hint: "1 = too easy, 2 = about right, 3 = too hard. Enter alone passes, q leaves.", range: 1...3)

    /// Morning stiffness, for the log.
    public static let stiffnessMinutes = Question(
        text: "This morning, how many minutes did it take for your back's stiffness to ease?",
        hint: "Minutes, 1 to 600. Enter alone passes, q leaves.", range: LogLimits.minutes)

    /// How long an activity lasted, for the log.
    public static func activityMinutes(_ activity: ActivityKind) -> Question {
        Question(text: "How many minutes did the \(activity.rawValue) last?",
                 hint: "Minutes, 1 to 600. Enter alone passes, q leaves.", range: LogLimits.minutes)
    }

    /// The daily time for exercise, at set-up.
    public static let dailyMinutes = Question(
        text: "How many minutes a day do you have for your exercises?",
        hint: "\(Profile.minutesRange.lowerBound) to \(Profile.minutesRange.upperBound). Enter alone keeps \(Profile.defaultMinutes); q leaves the set-up.",
        range: Profile.minutesRange)

    /// Digits alone, as typed: `Int` would take "+5" as 5, and "-1" is no pain level, so a sign,
    /// a space or any other character makes the answer not one (the patient is asked again).
    static func number(_ typed: String, in range: ClosedRange<Int>) -> Int? {
        guard !typed.isEmpty, typed.utf8.count <= String(range.upperBound).count, typed.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
            let value = Int(typed), range.contains(value)
        else { return nil }
        return value
    }

    /// Why what is typed so far cannot be an answer, shown while it is typed; nil while it can.
    public func refusal(of typed: String) -> String? {
        if let stray = typed.first(where: { !($0.isASCII && $0.isWholeNumber) }) {
            return "'\(stray)' cannot be part of an answer: digits only (Backspace to change it)."
        }
        // A switch, not a dictionary: the first [Int: String] of a process costs a scan of every
        // protocol conformance in the binary, a seventh of a millisecond before the first frame.
        let most = switch digits {
        case 1: "one digit"
        case 2: "two digits"
        default: "\(digits) digits"
        }
        return typed.count > digits ? "An answer has at most \(most) (Backspace to change it)." : nil
    }
}
