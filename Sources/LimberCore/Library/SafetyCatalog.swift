import Foundation
import Yams

/// The clinic's safety list (`Routines/safety.yaml`): techniques it discourages, and the
/// screening symptoms that stop exercise or call for an assessment.
public struct SafetyCatalog: Sendable, Equatable {
    public var discouraged: [DiscouragedTechnique]
    public var redFlags: [Symptom]
    public var assessmentPatterns: [Symptom]

    public init(discouraged: [DiscouragedTechnique] = [], redFlags: [Symptom] = [], assessmentPatterns: [Symptom] = []) {
        self.discouraged = discouraged
        self.redFlags = redFlags
        self.assessmentPatterns = assessmentPatterns
    }

    /// Every symptom a patient can report, red flags first.
    public var symptoms: [Symptom] { redFlags + assessmentPatterns }

    /// The catalogue with every placeholder in its advice filled for the patient's clinic or
    /// country: the one place safety text gets its numbers.
    public func filled(by contacts: EmergencyContacts) -> SafetyCatalog {
        var catalog = self
        catalog.discouraged = discouraged.map { technique in
            var technique = technique
            technique.reasons = technique.reasons.map(contacts.fill)
            technique.description = technique.description.map(contacts.fill)
            technique.afterward = technique.afterward.map(contacts.fill)
            return technique
        }
        func fill(_ symptom: Symptom) -> Symptom {
            var symptom = symptom
            symptom.question = contacts.fill(symptom.question)
            symptom.advice = contacts.fill(symptom.advice)
            return symptom
        }
        catalog.redFlags = redFlags.map(fill)
        catalog.assessmentPatterns = assessmentPatterns.map(fill)
        return catalog
    }
}

public struct DiscouragedTechnique: Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    public var aliases: [String]
    public var reasons: [String]
    /// Routine ids the clinic suggests instead.
    public var alternatives: [String]
    /// What the technique is, in one line, so a patient recognises it.
    public var description: String? = nil
    /// What to tell a patient who has just done it: reassurance, and when to seek advice.
    public var afterward: String? = nil
}

/// A screening question. Red flags carry an urgency; assessment patterns do not.
public struct Symptom: Sendable, Equatable, Identifiable {
    public enum Urgency: String, Sendable, CaseIterable {
        /// The emergency department or the emergency number now.
        case emergency
        /// An urgent appointment or the urgent-care line today.
        case urgent
    }

    public var id: String
    public var question: String
    public var advice: String
    public var urgency: Urgency?

    public init(id: String, question: String, advice: String, urgency: Urgency? = nil) {
        self.id = id
        self.question = question
        self.advice = advice
        self.urgency = urgency
    }
}

enum SafetyCatalogParser {
    static func parse(_ data: Data, reader: YAMLReader) -> SafetyCatalog {
        guard let root = reader.root(of: data),
            let fields = reader.fields(
                root, of: "safety.yaml", allowed: ["discouraged", "red-flags", "assessment-patterns"])
        else { return SafetyCatalog() }
        return SafetyCatalog(
            discouraged: list(fields.required("discouraged"), key: "discouraged", reader: reader, parseTechnique),
            redFlags: list(fields.required("red-flags"), key: "red-flags", reader: reader) {
                parseSymptom($0, what: "red flag \($1)", needsUrgency: true, reader: $2)
            },
            assessmentPatterns: list(fields.required("assessment-patterns"), key: "assessment-patterns", reader: reader) {
                parseSymptom($0, what: "assessment pattern \($1)", needsUrgency: false, reader: $2)
            })
    }

    private static func list<Item>(
        _ node: Node?, key: String, reader: YAMLReader, _ parse: (Node, Int, YAMLReader) -> Item?
    ) -> [Item] {
        guard let items = node.flatMap({ reader.items($0, key: key) }) else { return [] }
        return items.enumerated().compactMap { parse($1, $0 + 1, reader) }
    }

    private static func parseTechnique(_ node: Node, number: Int, reader: YAMLReader) -> DiscouragedTechnique? {
        guard let fields = reader.fields(
            node, of: "discouraged technique \(number)",
            allowed: ["id", "name", "description", "aliases", "reasons", "after-a-crack", "alternatives"])
        else { return nil }
        let id = fields.required("id").flatMap { reader.string($0, key: "id") }
        let name = fields.required("name").flatMap { reader.string($0, key: "name") }
        let description = fields.optional("description").flatMap { safetyText($0, key: "description", reader: reader) }
        let aliases = fields.optional("aliases").flatMap { reader.strings($0, key: "aliases") } ?? []
        let reasons = fields.required("reasons").flatMap { reader.items($0, key: "reasons") }?
            .compactMap { safetyText($0, key: "reasons", reader: reader) } ?? []
        let afterward = fields.optional("after-a-crack").flatMap { safetyText($0, key: "after-a-crack", reader: reader) }
        let alternatives = fields.optional("alternatives").flatMap { reader.strings($0, key: "alternatives") } ?? []
        guard let id, let name else { return nil }
        return DiscouragedTechnique(
            id: id, name: name, aliases: aliases.map(\.0), reasons: reasons, alternatives: alternatives.map(\.0),
            description: description, afterward: afterward)
    }

    /// Text a patient is advised by: it may name no phone number of its own (see SafetyText).
    private static func safetyText(_ node: Node, key: String, reader: YAMLReader) -> String? {
        guard let text = reader.string(node, key: key) else { return nil }
        if let problem = SafetyText.problem(in: text, key: key) {
            reader.error(problem, at: node)
            return nil
        }
        return text
    }

    private static func parseSymptom(_ node: Node, what: String, needsUrgency: Bool, reader: YAMLReader) -> Symptom? {
        let keys = needsUrgency ? ["id", "question", "urgency", "advice"] : ["id", "question", "advice"]
        guard let fields = reader.fields(node, of: what, allowed: keys) else { return nil }
        let id = fields.required("id").flatMap { reader.string($0, key: "id") }
        let question = fields.required("question").flatMap { safetyText($0, key: "question", reader: reader) }
        let advice = fields.required("advice").flatMap { safetyText($0, key: "advice", reader: reader) }
        let urgency = needsUrgency
            ? fields.required("urgency").flatMap {
                reader.choice($0, key: "urgency", as: Symptom.Urgency.self, what: "urgency")
            } : nil
        guard let id, let question, let advice, urgency != nil || !needsUrgency else { return nil }
        return Symptom(id: id, question: question, advice: advice, urgency: urgency)
    }
}
