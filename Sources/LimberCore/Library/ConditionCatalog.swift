import Foundation

/// A condition a patient can have that changes what is safe for them
/// (`Routines/conditions.yaml`): a routine names those it must not be given with in `avoid-with`.
public typealias PatientCondition = DescribedEntry

enum ConditionCatalogParser {
    static func parse(_ data: Data, reader: YAMLReader) -> [PatientCondition] {
        DescribedCatalogParser.parse(data, reader: reader, file: "conditions.yaml", list: "conditions", entry: "condition")
    }
}
