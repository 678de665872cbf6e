import Foundation

/// An issue a clinician can flag for a patient (`Routines/issues.yaml`).
public typealias PatientIssue = DescribedEntry

enum IssueCatalogParser {
    static func parse(_ data: Data, reader: YAMLReader) -> [PatientIssue] {
        DescribedCatalogParser.parse(data, reader: reader, file: "issues.yaml", list: "issues", entry: "issue")
    }
}
