import Foundation
import LimberCore
import Testing

@testable import LimberStore

/// The names a session planned are stored as a JSON list; they are read without JSONDecoder in
/// the plain form Limber writes, and must read exactly as JSONDecoder reads them in every form.
@Suite("Reading a stored list of names")
struct StringListTests {
    @Test("every list, plain or not, reads as JSONDecoder reads it; what it refuses is refused")
    func agreesWithJSONDecoder() {
        let texts = [
            #"[]"#, #"[""]"#, #"["cat-camel"]"#, #"["cat-camel","dead-bug"]"#, #"["a]","[b"]"#, #"["é","日本"]"#,
            #"[ "a" ]"#, #"["a", "b"]"#, #"["a\"b"]"#, #"["a\\b"]"#, #"["\u0041"]"#, #"["a",]"#, #"["a""b"]"#,
            #"["a"b]"#, #"[,"a"]"#, #"["a"#, #"a"]"#, #"["#, "", #"[1]"#, #"["a",1]"#, #"[null]"#, "[\"a\u{1}\"]",
            #"{"a":1}"#, #"["a"] "#,
        ]
        for text in texts {
            #expect(StringList.decode(text) == (try? JSONDecoder().decode([String].self, from: Data(text.utf8))), "\(text)")
        }
    }

    @Test("a profile's flagged issues, plain or not, read as JSONDecoder reads them; what it refuses is refused")
    func flaggedIssuesAgreeWithJSONDecoder() throws {
        let texts = [
            #"[]"#, #"[{"issue":"prolonged-sitting","since":"2024-05-01"}]"#,
            #"[{"issue":"a","since":"2024-05-01"},{"issue":"b}","since":"2023-02-28"}]"#, #"[{"issue":"","since":"2024-05-01"}]"#,
            #"[{"since":"2024-05-01","issue":"a"}]"#, #"[{"issue":"a"b","since":"2024-05-01"}]"#, #"[{"issue":"a\/b","since":"2024-05-01"}]"#,
            #"[{"issue":"a","since":"2024-02-30"}]"#, #"[{"issue":"a","since":"2024-05-01"},]"#, #"[{"issue":"a","since":"2024-05-01"}"#,
            #"[{"issue":"a","since":"2024-05-01","x":1}]"#, #"[ {"issue":"a","since":"2024-05-01"} ]"#, "[{\"issue\":\"a\u{1}\",\"since\":\"2024-05-01\"}]",
            #"[{"issue":"a"}]"#, #"["a"]"#, "", #"[{"issue":"é日本","since":"2024-05-01"}]"#,
        ]
        for text in texts {
            #expect(FlaggedIssueList.decode(text) == (try? JSONDecoder().decode([FlaggedIssue].self, from: Data(text.utf8))), "\(text)")
        }
        let written = [FlaggedIssue(issue: "prolonged-sitting", since: "2024-05-01"), FlaggedIssue(issue: "x/y\u{1B}", since: "2020-02-29")]
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let text = String(decoding: try encoder.encode(written), as: UTF8.self)
        #expect(FlaggedIssueList.decode(text) == written)
    }
}
