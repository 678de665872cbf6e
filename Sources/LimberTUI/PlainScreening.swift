import LimberCore

/// The screening questions asked in plain lines (`limber screen` on a terminal): y or n to each,
/// Enter passes a question over, q leaves without recording anything.
public enum PlainScreening {
    public enum Outcome: Equatable, Sendable {
        /// At least one question was answered; the ids answered yes, in the clinic's order.
        case answered(yes: [String])
        /// Every question was passed over: nothing to record.
        case allPassed
        /// The patient left with q, or input ended.
        case left
    }

    public static func ask(_ symptoms: [Symptom], on lines: any LineTerminal, signals: SessionSignals) -> Outcome {
        lines.write("Answer y (yes) or n (no); Enter passes a question over, q leaves without recording.")
        var yes: [String] = []
        var answered = 0
        for (number, symptom) in symptoms.enumerated() {
            ask: while true {
                lines.write("\(number + 1)/\(symptoms.count) \(symptom.question) [y/n]")
                guard let line = lines.readLine(signals: signals) else { return .left }
                switch line.lowercased() {
                case "": break ask
                case "y", "yes":
                    yes.append(symptom.id)
                    answered += 1
                    break ask
                case "n", "no":
                    answered += 1
                    break ask
                case "q": return .left
                default: lines.write("Please answer y or n, or press Enter to pass this question over.")
                }
            }
        }
        return answered == 0 ? .allPassed : .answered(yes: yes)
    }
}
