import Testing

@testable import WinnowSplit

/// A site's footer right under its last comment's controls is no comment, in the languages
/// whose controls the splitter reads.
@Suite struct FooterWordsTests {
    @Test(arguments: [
        (["Antworten", "Melden"], ["Impressum", "Datenschutz", "AGB"]),
        (["Répondre", "Signaler"], ["Mentions légales", "Politique de confidentialité"]),
        (["Responder", "Denunciar"], ["Aviso legal", "Política de privacidad", "Contacto"]),
        (["Reply", "Report"], ["Privacy policy", "Contact us"])
    ])
    func footerLinesUnderTheLastCommentAreNotAComment(_ controls: [String], _ footer: [String]) {
        let article = (1...2).map { _ in
            "Die Fährgesellschaft hat am Dienstag angekündigt, dass die Preise im Mai um 20 Prozent steigen werden."
        }
        var lines = ["Fährpreise steigen im Mai", ""] + article.flatMap { [$0, ""] } + ["2 Kommentare", ""]
        let said = [("Jürgen Müller", "Ich fahre jeden Tag zweimal mit der Fähre."), ("marie_claire", "Typisch.")]
        for (name, text) in said { lines += [name, "vor 2 Stunden", text] + controls + [""] }
        let comments = Splitter().split((lines + footer).joined(separator: "\n"), source: "p").comments
        #expect(comments.map(\.author) == said.map(\.0))
        #expect(comments.map(\.text) == said.map(\.1))
    }
}
