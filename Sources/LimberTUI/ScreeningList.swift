import LimberCore

/// The screening questions on the full screen, as one list: the patient marks any that apply
/// and confirms; confirming with none marked records that none applies.
public enum ScreeningList {
    /// The ids of the signs marked, in the clinic's order (empty: none applies), or nil when
    /// the patient left without answering.
    public static func ask(_ symptoms: [Symptom], clinic: String, on terminal: Terminal, signals: SessionSignals) -> [String]? {
        let list = ChoiceList(
            title: "Screening questions from \(clinic)",
            intro: "Mark (space) any that apply to you now, then press Enter. Enter with none marked: none applies.",
            items: symptoms.map { ChoiceList.Item(label: $0.question, detail: $0.question) }, multiple: true)
        guard case .chosen(let marked) = ChoiceListScreen.ask(list, on: terminal, signals: signals) else { return nil }
        return marked.map { symptoms[$0].id }
    }
}
