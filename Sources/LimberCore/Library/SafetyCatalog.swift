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

    /// The red flags among `reports`, each once, in the clinic's order: any of them means no
    /// exercise until a professional has seen the patient.
    public func redFlags(loggedIn reports: [SelfReport]) -> [Symptom] {
        let logged = Set(reports.compactMap { $0.kind == .symptom ? $0.symptom : nil })
        return redFlags.filter { logged.contains($0.id) }
    }
}

public struct DiscouragedTechnique: Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    public var aliases: [String]
    public var reasons: [String]
    /// Routine ids the clinic suggests instead.
    public var alternatives: [String]
}

/// A screening question. Red flags carry an urgency; assessment patterns do not.
public struct Symptom: Sendable, Equatable, Identifiable {
    public enum Urgency: String, Sendable, CaseIterable {
        /// A&E or 999 now.
        case emergency
        /// Urgent GP or 111 today.
        case urgent
    }

    public var id: String
    public var question: String
    public var advice: String
    public var urgency: Urgency?
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
            node, of: "discouraged technique \(number)", allowed: ["id", "name", "aliases", "reasons", "alternatives"])
        else { return nil }
        let id = fields.required("id").flatMap { reader.string($0, key: "id") }
        let name = fields.required("name").flatMap { reader.string($0, key: "name") }
        let aliases = fields.optional("aliases").flatMap { reader.strings($0, key: "aliases") } ?? []
        let reasons = fields.required("reasons").flatMap { reader.strings($0, key: "reasons") } ?? []
        let alternatives = fields.optional("alternatives").flatMap { reader.strings($0, key: "alternatives") } ?? []
        guard let id, let name else { return nil }
        return DiscouragedTechnique(
            id: id, name: name, aliases: aliases.map(\.0), reasons: reasons.map(\.0),
            alternatives: alternatives.map(\.0))
    }

    private static func parseSymptom(_ node: Node, what: String, needsUrgency: Bool, reader: YAMLReader) -> Symptom? {
        let keys = needsUrgency ? ["id", "question", "urgency", "advice"] : ["id", "question", "advice"]
        guard let fields = reader.fields(node, of: what, allowed: keys) else { return nil }
        let id = fields.required("id").flatMap { reader.string($0, key: "id") }
        let question = fields.required("question").flatMap { reader.string($0, key: "question") }
        let advice = fields.required("advice").flatMap { reader.string($0, key: "advice") }
        let urgency = needsUrgency
            ? fields.required("urgency").flatMap {
                reader.choice($0, key: "urgency", as: Symptom.Urgency.self, what: "urgency")
            } : nil
        guard let id, let question, let advice, urgency != nil || !needsUrgency else { return nil }
        return Symptom(id: id, question: question, advice: advice, urgency: urgency)
    }
}
