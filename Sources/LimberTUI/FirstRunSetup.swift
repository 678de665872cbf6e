import LimberCore

/// The first run's set-up, before any exercise: what to work on, what to avoid, equipment,
/// minutes a day and rest days, each a screen, as a profile edit. Every answer can be passed
/// over (the prescription then stays as a clinician would start it), and q leaves the set-up.
public enum FirstRunSetup {
    /// The edit the patient's answers make, or nil when they left.
    public static func ask(library: RoutineLibrary, on terminal: Terminal, signals: SessionSignals) -> ProfileEdit? {
        var edit = ProfileEdit()
        let steps = 5
        func choose(_ step: Int, _ title: String, _ intro: String, _ items: [ChoiceList.Item]) -> [Int]? {
            let list = ChoiceList(title: "Set-up \(step) of \(steps): \(title)", intro: intro, items: items, multiple: true)
            guard case .chosen(let indexes) = ChoiceListScreen.ask(list, on: terminal, signals: signals) else { return nil }
            return indexes
        }
        guard let issues = choose(1, "what to work on",
            "Choose what your clinician flagged, or what fits you: space marks one, Enter goes on. Not sure? Choose none; your clinician can set it later.",
            library.issues.map { ChoiceList.Item(label: $0.name, detail: $0.description) })
        else { return nil }
        edit.flag = issues.map { library.issues[$0].id }

        guard let conditions = choose(2, "what to be careful with",
            "Mark any that apply to you: Limber will never plan an exercise that is not meant for them.",
            library.conditions.map { ChoiceList.Item(label: $0.name, detail: $0.description) })
        else { return nil }
        edit.addConditions = conditions.map { library.conditions[$0].id }

        let equipment = Equipment.allCases
        guard let owned = choose(3, "equipment", "Mark what you have at home; exercises that need anything else are left out.",
                                 equipment.map { ChoiceList.Item(label: $0.rawValue) })
        else { return nil }
        edit.addEquipment = owned.map { equipment[$0].rawValue }

        switch QuestionPrompt.ask(.dailyMinutes, on: terminal, signals: signals) {
        case .answered(let minutes): edit.minutes = minutes
        case .passed: break
        case .leave: return nil
        }

        guard let rest = choose(5, "rest days", "Mark the days you want to rest: they get a short breathing and walking session.",
                                Weekday.allCases.map { ChoiceList.Item(label: $0.name) })
        else { return nil }
        edit.addRestDays = rest.map { Weekday.allCases[$0].rawValue }
        return edit
    }
}
