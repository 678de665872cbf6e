import Foundation
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
}
